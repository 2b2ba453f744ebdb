import type { Metric, ScenarioResult, SeriesSet } from '../domain/result';
import { sumsOf } from '../domain/metrics';
import { monthSerial } from './excelDate';
import { fill, reportText } from './labels';
import { NUMBER_FORMATS, type SheetDescription } from './layout';
import { SECOND_TABLE_SUFFIX } from './names';
import { heading, reportTable, sheetWidths, subtitle, type ColumnSpec, type SheetContext } from './reportTable';

/** The metrics of the timeline, in column order. */
export const TIMELINE_METRICS: readonly Metric[] = [
  'quota', 'roster', 'present', 'vacancies', 'surplus', 'shortage', 'excessDeputies', 'withoutPost', 'returnConflicts',
];

const { integer, month, text } = NUMBER_FORMATS;

/**
 * How finely the timeline's second table goes: every locality, or localities summed into their parent
 * locality (the communes of a district), for workbooks where every locality would make it too long.
 */
export type LocalityDetail = { readonly kind: 'locality' } | { readonly kind: 'parent'; readonly parents: ReadonlyMap<string, string> };

export interface TimelineContext extends SheetContext {
  readonly localities?: LocalityDetail;
}

/** The rows of the timeline by locality, which decide whether it is by locality or by parent locality. */
export function localityRows(result: ScenarioResult): number {
  return result.months.length * Object.keys(result.byLocality).length;
}

/**
 * Month by month, by level then by locality (or parent locality): two tables one under the other
 * (side by side, filtering one would hide rows of the other).
 */
export function timelineSheet(result: ScenarioResult, ctx: TimelineContext): SheetDescription {
  const t = reportText(ctx.lang);
  const metricColumns: ColumnSpec[] = TIMELINE_METRICS.map((m) => ({ header: t.metrics[m], format: integer, width: 12 }));

  const levels = groupOrder(result.units.map((u) => u.level), result.byLevel);
  const byLevel = reportTable({
    name: ctx.tableName,
    row: 4,
    col: 1,
    columns: [{ header: t.timeline.month, format: month, width: 10 }, { header: t.timeline.level, format: text, width: 16 }, ...metricColumns],
    rows: monthRows(result, levels, result.byLevel, (g) => g),
  });

  const parents = ctx.localities?.kind === 'parent' ? ctx.localities.parents : null;
  const sums = parents === null ? result.byLocality : summedInto(result.byLocality, parents, result.months.length);
  const localities = groupOrder(result.units.map((u) => (u.locality === null ? '' : (parents?.get(u.locality) ?? u.locality))), sums);
  const localityTitleRow = byLevel.nextRow + 1;
  const byLocality = reportTable({
    name: ctx.tableName + SECOND_TABLE_SUFFIX.locality,
    row: localityTitleRow + 1,
    col: 1,
    columns: [{ header: t.timeline.month, format: month, width: 10 }, { header: parents ? t.timeline.parentLocality : t.timeline.locality, format: text, width: 24 }, ...metricColumns],
    rows: monthRows(result, localities, sums, (g) => (g === '' ? t.noLocality : g)),
  });

  return {
    name: ctx.sheetName,
    blocks: [
      ...heading(fill(t.timeline.title, { code: result.code, name: result.name }), t.timeline.note),
      subtitle(3, t.timeline.byLevel),
      ...byLevel.blocks,
      subtitle(localityTitleRow, parents ? t.timeline.byParentLocality : t.timeline.byLocality),
      ...byLocality.blocks,
    ],
    tables: [byLevel.table, byLocality.table],
    columnWidths: sheetWidths(byLevel.widths, byLocality.widths),
    freeze: { rows: byLevel.table.row, columns: 0 },
    // The table by level prints, its header on every page; the one by locality, a hundred pages for a
    // province, is for the screen (its own rows print by selecting them): Excel repeats one header
    // row per sheet, and the pages by level had none before the localities' header.
    printThrough: byLevel.nextRow - 1,
    ...(ctx.tabColor ? { tabColor: ctx.tabColor } : {}),
  };
}

/** Each locality's series added into its parent locality's (metrics are sums over units, so they add up). */
function summedInto(byLocality: Readonly<Record<string, SeriesSet>>, parents: ReadonlyMap<string, string>, months: number): Record<string, SeriesSet> {
  const localities = Object.keys(byLocality);
  return sumsOf(localities, (l) => parents.get(l) ?? l, (i) => byLocality[localities[i]], months);
}

/** Groups in the order the units first mention them, then any other group the result sums. */
function groupOrder(mentions: readonly string[], sums: Readonly<Record<string, SeriesSet>>): string[] {
  const order = new Set(mentions.filter((g) => Object.hasOwn(sums, g)));
  for (const g of Object.keys(sums)) order.add(g);
  return [...order];
}

function monthRows(
  result: ScenarioResult,
  groups: readonly string[],
  sums: Readonly<Record<string, SeriesSet>>,
  label: (group: string) => string,
) {
  // Each group's series looked up once, not in every month.
  const series = groups.map((g) => TIMELINE_METRICS.map((metric) => sums[g][metric]));
  return result.months.flatMap((m, i) => groups.map((g, j) => [monthSerial(m), label(g), ...series[j].map((s) => s[i] ?? 0)]));
}
