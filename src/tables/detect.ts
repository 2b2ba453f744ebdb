import type { RawCell } from './cells';
import { locateHeader, type TableKind } from './headers';

/** Where a candidate table sits (the adapters' `TableInfo`): 1-based top-left, size with headers. */
export interface TableLocation {
  readonly sheet: string;
  /** Excel table name, or null for a plain header-row range. */
  readonly name: string | null;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly columns: number;
  /** An Excel table with a totals row under `rows` (which leave it out). */
  readonly totalsRow?: boolean;
}

/** A range of a sheet: 1-based top-left cell and size. */
export type SheetRange = Pick<TableLocation, 'sheet' | 'row' | 'col' | 'rows' | 'columns'>;

/** A candidate table and its first rows (enough to find its header). */
export interface TableCandidate {
  readonly info: TableLocation;
  readonly cells: readonly (readonly RawCell[])[];
}

/** How well a candidate reads as each kind of table (recognised fields, required ones counting double). */
export interface CandidateScore {
  readonly index: number;
  readonly units: number;
  readonly people: number;
}

export interface TableProposal {
  /** Index into the candidates. */
  readonly index: number;
  readonly info: TableLocation;
  readonly score: number;
}

export interface TableDetection {
  readonly units: TableProposal | null;
  readonly people: TableProposal | null;
  readonly scores: readonly CandidateScore[];
}

/** Rows of a candidate that detection needs: the header scan plus a second header row and a numbered row. */
export const DETECTION_ROWS = 12;

/**
 * Proposes which candidate is the unit table and which the people table: the pair of distinct
 * candidates with the highest total score, each read as the kind it scores higher on (a people table
 * names "Đơn vị" too, but names more people fields). Ties go to the earlier candidate (Excel tables
 * come first in the list).
 */
export function detectTables(candidates: readonly TableCandidate[]): TableDetection {
  const scores: CandidateScore[] = candidates.map((candidate, index) => {
    // The sheets this tool writes name units and people too; they are its output, never its input.
    if (isResultTable(candidate.info)) return { index, units: 0, people: 0 };
    return { index, units: scoreAs(candidate.cells, 'units'), people: scoreAs(candidate.cells, 'people') };
  });
  const unitOptions: (CandidateScore | null)[] = [...scores.filter((s) => fits(s, 'units')), null];
  const peopleOptions: (CandidateScore | null)[] = [...scores.filter((s) => fits(s, 'people')), null];

  let best: { units: CandidateScore | null; people: CandidateScore | null; total: number } = { units: null, people: null, total: 0 };
  for (const u of unitOptions) {
    for (const p of peopleOptions) {
      if (u !== null && p !== null && u.index === p.index) continue;
      const total = (u?.units ?? 0) + (p?.people ?? 0);
      if (total > best.total) best = { units: u, people: p, total };
    }
  }
  const proposal = (s: CandidateScore | null, kind: TableKind): TableProposal | null =>
    s === null ? null : { index: s.index, info: candidates[s.index].info, score: s[kind] };
  return { units: proposal(best.units, 'units'), people: proposal(best.people, 'people'), scores };
}

/** Whether a candidate reads as a table of this kind: it names some of its fields, more than of the other kind's. */
export function fits(score: CandidateScore, kind: TableKind): boolean {
  const own = score[kind];
  const other = kind === 'units' ? score.people : score.units;
  return own > 0 && own > other;
}

/** The result tables this tool writes are named 'SP_…' (src/sheets/names.ts: tableName, COMPARISON_TABLE_NAME). */
function isResultTable(info: TableLocation): boolean {
  return info.name !== null && /^SP_/i.test(info.name);
}

function scoreAs(cells: readonly (readonly RawCell[])[], kind: TableKind): number {
  return locateHeader(cells, kind)?.score ?? 0;
}
