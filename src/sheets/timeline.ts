import type { Metric, ScenarioResult, SeriesSet } from '../domain/result';
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
 * Month by month, by level then by locality: two tables one under the other (side by side, filtering
 * one would hide rows of the other).
 */
export function timelineSheet(result: ScenarioResult, ctx: SheetContext): SheetDescription {
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

  const localities = groupOrder(result.units.map((u) => u.locality ?? ''), result.byLocality);
  const localityTitleRow = byLevel.nextRow + 1;
  const byLocality = reportTable({
    name: ctx.tableName + SECOND_TABLE_SUFFIX.locality,
    row: localityTitleRow + 1,
    col: 1,
    columns: [{ header: t.timeline.month, format: month, width: 10 }, { header: t.timeline.locality, format: text, width: 24 }, ...metricColumns],
    rows: monthRows(result, localities, result.byLocality, (g) => (g === '' ? t.noLocality : g)),
  });

  return {
    name: ctx.sheetName,
    blocks: [
      ...heading(fill(t.timeline.title, { code: result.code }), t.timeline.note),
      subtitle(3, t.timeline.byLevel),
      ...byLevel.blocks,
      subtitle(localityTitleRow, t.timeline.byLocality),
      ...byLocality.blocks,
    ],
    tables: [byLevel.table, byLocality.table],
    columnWidths: sheetWidths(byLevel.widths, byLocality.widths),
    freeze: { rows: byLevel.table.row, columns: 0 },
    ...(ctx.tabColor ? { tabColor: ctx.tabColor } : {}),
  };
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
  return result.months.flatMap((m, i) =>
    groups.map((g) => [monthSerial(m), label(g), ...TIMELINE_METRICS.map((metric) => sums[g][metric][i] ?? 0)]),
  );
}
