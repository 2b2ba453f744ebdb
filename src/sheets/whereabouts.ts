import { formatMonth, parseMonth } from '../domain/month';
import type { PostRef, ScenarioResult } from '../domain/result';
import { exitPolicyOf } from '../domain/scenario';
import { changesByPerson, retiredBeforeStart, situationIn, whereabouts, type Situation, type Stint } from '../domain/whereabouts';
import { monthSerial, monthText } from './excelDate';
import { fill, postText, reportText, type Lang, type ReportText } from './labels';
import { NUMBER_FORMATS, type CellScalar, type SheetDescription } from './layout';
import { heading, reportTable, sheetWidths, type SheetContext } from './reportTable';

/**
 * Where the people a planner follows are, month by month, in the baseline and each scenario: one row
 * per person and month in which some scenario changes their situation, each scenario's column saying
 * where they are from then on.
 */

/** A person as the tables give them: what the rows start from. */
export interface FollowedPerson {
  readonly id: string;
  readonly name: string;
  readonly birthYear: number | null;
  readonly unitId: string;
  readonly title: string;
  readonly role: PostRef['role'];
  /** Titles the tables say they hold besides that post (free text): said with it while they keep it. */
  readonly besides?: readonly string[];
}

const { text, month } = NUMBER_FORMATS;
const YEAR = '0';

/** One person's rows: the month and, for each result in order, the situation in words. */
export interface WhereaboutsRow {
  readonly month: string;
  readonly places: readonly string[];
}

/**
 * Each person's rows over the results (the baseline first, as the sheet shows them): the first month,
 * then every month in which some result changes their situation; a row that says what the row before
 * it says is left out.
 */
export function whereaboutsRows(
  results: readonly ScenarioResult[], people: readonly FollowedPerson[], lang: Lang,
): Map<string, WhereaboutsRow[]> {
  const t = reportText(lang);
  const unitNames = new Map<string, string>();
  for (const r of results) for (const u of r.units) if (!unitNames.has(u.id)) unitNames.set(u.id, u.name);
  const changes = results.map(changesByPerson);
  const retired = results.map(retiredBeforeStart);
  const out = new Map<string, WhereaboutsRow[]>();
  for (const p of people) {
    const stints: Stint[][] = results.map((r, i) => whereabouts(p, changes[i].get(p.id) ?? [], r.months, retired[i].has(p.id)));
    const months = [...new Set(stints.flatMap((s) => s.map((x) => x.from)))].sort();
    const rows: WhereaboutsRow[] = [];
    for (const m of months) {
      const places = stints.map((s) => placeText(situationIn(s, m), p, unitNames, t, lang));
      const previous = rows[rows.length - 1];
      if (previous && previous.places.every((x, i) => x === places[i])) continue;
      rows.push({ month: m, places });
    }
    out.set(p.id, rows);
  }
  return out;
}

export function whereaboutsSheet(
  baseline: ScenarioResult, results: readonly ScenarioResult[], people: readonly FollowedPerson[], ctx: SheetContext,
): SheetDescription {
  const t = reportText(ctx.lang);
  const shown = [baseline, ...results];
  const byPerson = whereaboutsRows(shown, people, ctx.lang);
  const rows: CellScalar[][] = [];
  for (const p of people) {
    for (const r of byPerson.get(p.id) ?? []) rows.push([p.id, p.name, p.birthYear, monthSerial(r.month), ...r.places]);
  }
  const table = reportTable({
    name: ctx.tableName,
    row: 4,
    col: 1,
    columns: [
      { header: t.whereabouts.personId, format: text, width: 11 },
      { header: t.whereabouts.name, format: text, width: 22 },
      { header: t.whereabouts.birthYear, format: YEAR, width: 7 },
      { header: t.whereabouts.from, format: month, width: 9 },
      { header: t.baseline.name, format: text, width: 30 },
      ...results.map((r) => ({ header: `${r.name} (${r.code})`, format: text, width: 30 })),
    ],
    rows,
    dataStyle: 'wrapped',
  });
  return {
    name: ctx.sheetName,
    blocks: [...heading(t.whereabouts.title, t.whereabouts.note), ...table.blocks],
    tables: [table.table],
    columnWidths: sheetWidths(table.widths),
    freeze: { rows: table.table.row, columns: 2 },
    ...(ctx.tabColor ? { tabColor: ctx.tabColor } : {}),
  };
}

/** A situation in the sheet's words. */
function placeText(s: Situation | null, person: FollowedPerson, unitNames: ReadonlyMap<string, string>, t: ReportText, lang: Lang): string {
  // Every person followed is in the tables, so has a situation from the first month.
  if (s === null) return '';
  const place = (p: PostRef) => postText(p.title, unitNames.get(p.unitId) ?? p.unitId, lang);
  // An exit named by its policy, as annex I names it ("Nghỉ hưu trước tuổi (NĐ 178/2024, Đ.7)").
  if (s.post === null) return s.kind === 'retired' ? t.whereabouts.retired : s.kind === 'exited' ? t.changeDetails[exitPolicyOf(s.policy ?? null)] : t.whereabouts.withoutPost;
  const lastMonth = s.until === null ? '' : monthText(previousMonth(s.until));
  let main: string;
  if (s.secondedTo !== null) {
    main = fill(t.whereabouts.seconded, { place: place(s.secondedTo), month: lastMonth, unit: unitNames.get(s.post.unitId) ?? s.post.unitId });
  } else if (s.kind === 'rotatedOut') {
    main = fill(t.whereabouts.rotated, { place: place(s.post), month: lastMonth });
  } else {
    main = place(s.post);
    // The titles the tables give besides the post go with it, as annex I words them.
    const kept = s.post.unitId === person.unitId && s.post.title === person.title;
    if (kept && person.besides !== undefined && person.besides.length > 0) main = fill(t.annex.alsoHolds, { post: main, titles: person.besides.join(', ') });
  }
  return s.concurrent.length === 0 ? main : fill(t.whereabouts.concurrent, { post: main, others: s.concurrent.map(place).join('; ') });
}

/** 'YYYY-MM' of the month before. */
function previousMonth(m: string): string {
  const month = parseMonth(m);
  return month === null ? m : formatMonth(month - 1);
}
