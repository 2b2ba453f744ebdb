import type { CellNote } from '../tables/cells';
import { rangeBounds, type RangeBounds } from '../tables/addresses';

/** A merged range of a sheet: its reference and bounds, 1-based. */
export interface MergedRange extends RangeBounds {
  /** 'F2:F5' */
  readonly ref: string;
}

/** 'F2:F5' or '$F$2:$F$5' (a sheet's mergeCell ref, or an address's part after the '!'); null for anything else. */
export function mergedRange(ref: string): MergedRange | null {
  const bounds = rangeBounds(ref);
  return bounds === null ? null : { ref: ref.trim().replace(/\$/g, '').toUpperCase(), ...bounds };
}

/**
 * Which merged range hides a cell: only a range's top-left cell holds its value, the others read
 * empty. Indexed once by the rows the ranges cover, up to `lastRow` (a range merged down a whole
 * column stops there): a unit column merged down by groups of people makes thousands of ranges, each
 * asked about for many rows.
 */
export class MergedCells {
  private readonly byRow = new Map<number, MergedRange[]>();

  constructor(ranges: Iterable<MergedRange>, lastRow: number) {
    for (const m of ranges) {
      for (let r = m.top, end = Math.min(m.bottom, lastRow); r <= end; r++) {
        const list = this.byRow.get(r);
        if (list === undefined) this.byRow.set(r, [m]);
        else list.push(m);
      }
    }
  }

  /** The note for a cell a range hides; null for a range's top-left cell and for cells of none. */
  note(row: number, col: number): CellNote | null {
    const merge = this.byRow.get(row)?.find((m) => col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
    return merge === undefined ? null : { kind: 'merged', range: merge.ref };
  }
}
