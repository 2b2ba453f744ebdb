import { FLOW_METRICS, type Kpi, type Metric, type ScenarioResult } from '../domain/result';
import { EXIT_POLICIES } from '../domain/scenario';
import type { Measure } from '../i18n/en/report';
import { definitionBlocks } from './definitions';
import { deltaFormatsByRow, exitsByPolicy, endValue, hasWorst, kpiFor } from './figures';
import { fill, reportText, type Lang } from './labels';
import { NUMBER_FORMATS, type Block, type CellScalar, type ChartSpec, type ConditionalFormat, type SheetDescription } from './layout';
import { heading, reportTable, sheetWidths, subtitle, type ColumnSpec, type SheetContext } from './reportTable';


/** The metrics the chart shows, at the end of the horizon, for each scenario. */
// Figures of one size, side by side: with the roster (thousands) on the same axis, shortages and
// surpluses (tens, hundreds) were slivers, and the scenarios could not be told apart.
const CHART_METRICS: readonly Metric[] = ['shortage', 'surplus', 'excessDeputies'];

const { integer, signed, text } = NUMBER_FORMATS;

/**
 * The baseline and scenarios side by side: one row per KPI and measure (before the reform, end, worst
 * for stocks; total for events), one column per scenario followed by its change against its own
 * baseline; below, what each figure means, then a column chart and its data on a page of their own. `baselines[i]` is the baseline of `results[i]`
 * (the same settings without operations; default `baseline`): a scenario with other settings, such as
 * hiring `fill`, is compared with a baseline that hires too, shown in a column of its own.
 */
export function comparisonSheet(
  baseline: ScenarioResult,
  results: readonly ScenarioResult[],
  ctx: SheetContext,
  baselines: readonly ScenarioResult[] = [],
): SheetDescription {
  const t = reportText(ctx.lang);
  const own = results.map((_, i) => baselines[i] ?? baseline);
  const shown = [baseline, ...own.filter((b, i) => b !== baseline && own.indexOf(b) === i)];
  const baselineLabel = (b: ScenarioResult): string => baselineName(b, baseline, results, own, ctx.lang);
  const rows: { metric: Metric | null; cells: CellScalar[] }[] = [];
  for (const base of baseline.kpis) {
    // Stocks start from the tables as they are, before the reform, the same for every scenario; a
    // "worst" only for those that are bad one way (figures.ts).
    const measures: Measure[] = FLOW_METRICS.has(base.metric) ? ['total'] : hasWorst(base.metric) ? ['before', 'end', 'worst'] : ['before', 'end'];
    for (const measure of measures) {
      const valueIn = (r: ScenarioResult): number | null => {
        const kpi = kpiFor(r, base.metric);
        return kpi ? measureOf(kpi, measure) : null;
      };
      const cells: CellScalar[] = [t.metrics[base.metric], t.measures[measure], ...shown.map(valueIn)];
      results.forEach((r, i) => {
        const value = valueIn(r);
        const baseValue = valueIn(own[i]);
        // The state before the reform is the same for every scenario: a change there would always be 0.
        cells.push(value, value === null || baseValue === null || measure === 'before' ? null : value - baseValue);
      });
      rows.push({ metric: base.metric, cells });
    }
  }
  rows.push({
    metric: null,
    cells: [
      t.comparison.peopleWithChangedPost,
      null,
      ...shown.map((b) => b.peopleWithChangedPost),
      ...results.flatMap((r, i) => [r.peopleWithChangedPost, r.peopleWithChangedPost - own[i].peopleWithChangedPost]),
    ],
  });
  // Exits by policy, for the policies some scenario uses.
  const byPolicy = new Map([...shown, ...results].map((r) => [r, new Map(exitsByPolicy(r))]));
  for (const policy of EXIT_POLICIES.filter((p) => [...byPolicy.values()].some((m) => m.has(p)))) {
    const count = (r: ScenarioResult): number => byPolicy.get(r)?.get(policy) ?? 0;
    rows.push({
      metric: null,
      cells: [
        fill(t.comparison.exitsByPolicy, { policy: t.changeDetails[policy] }),
        t.measures.total,
        ...shown.map(count),
        ...results.flatMap((r, i) => [count(r), count(r) - count(own[i])]),
      ],
    });
  }

  const table = reportTable({
    name: ctx.tableName,
    row: 4,
    col: 1,
    columns: [
      { header: t.comparison.metric, format: text, width: 32 },
      // Wide enough for its words on one line ("Before the reform"): the rows wrap, each line a row's height.
      { header: t.comparison.measure, format: text, width: 18 },
      ...shown.map((b): ColumnSpec => ({ header: baselineLabel(b), format: integer, width: 14 })),
      ...results.flatMap((r): ColumnSpec[] => [
        { header: `${r.name} (${r.code})`, format: integer, width: 16 },
        { header: fill(t.comparison.change, { code: r.code }), format: signed, width: 14 },
      ]),
    ],
    rows: rows.map((r) => r.cells),
    // Wrapped: an exit policy's label ("Nghỉ theo chính sách: Nghỉ hưu trước tuổi (NĐ 178/2024, Đ.7)") was cut by the next column.
    dataStyle: 'wrapped',
  });

  const conditionalFormats: ConditionalFormat[] = results.flatMap((_, i) =>
    deltaFormatsByRow(table.firstDataRow, table.table.col + 3 + shown.length + 2 * i, rows.map((r) => r.metric)),
  );

  const definitions = definitionBlocks({
    lang: ctx.lang, row: table.nextRow + 1, metrics: baseline.kpis.map((k) => k.metric), measures: ['before', 'end', 'worst', 'total'],
    firstMonth: baseline.months[0] ?? null, lastMonth: baseline.months[baseline.months.length - 1] ?? null,
  });
  const chartTitleRow = definitions.nextRow + 1;
  const chartData: Block[] = [
    subtitle(chartTitleRow, t.comparison.chartHeading),
    { row: chartTitleRow + 1, col: 1, values: [[t.comparison.scenario, ...CHART_METRICS.map((m) => t.metrics[m])]], style: 'header' },
    {
      row: chartTitleRow + 2,
      col: 1,
      values: [
        ...shown.map((b) => [baselineLabel(b), ...CHART_METRICS.map((m) => endValue(b.total, m))]),
        ...results.map((r) => [r.name, ...CHART_METRICS.map((m) => endValue(r.total, m))]),
      ],
      numberFormats: [text, ...CHART_METRICS.map(() => integer)],
      // Scenario names are longer than column A: wrapped, they print whole (they were cut at its edge).
      style: 'wrapped',
    },
  ];
  const chart: ChartSpec = {
    type: 'columnClustered',
    title: t.comparison.chartTitle,
    data: { row: chartTitleRow + 1, col: 1, rows: 1 + shown.length + results.length, columns: 1 + CHART_METRICS.length },
    // Under its data, as wide as the table's first columns: printed on the page's full width, not squeezed beside the table.
    at: { row: chartTitleRow + 3 + shown.length + results.length, col: 1, rows: 20, columns: Math.min(table.table.columns, 8) },
  };

  return {
    name: ctx.sheetName,
    blocks: [...heading(t.comparison.title, t.comparison.note), ...table.blocks, ...definitions.blocks, ...chartData],
    tables: [table.table],
    columnWidths: sheetWidths(table.widths),
    freeze: { rows: table.table.row, columns: 2 },
    conditionalFormats,
    charts: [chart],
    // The chart and its data print on a page of their own, not cut by the page that ends the table.
    pageBreaks: [chartTitleRow],
    ...(ctx.tabColor ? { tabColor: ctx.tabColor } : {}),
  };
}

/**
 * A baseline's name, as the comparison and the summaries write it: the baseline's own, or, for one run
 * with other settings, "the baseline with the settings of" the scenarios that use it (`own[i]` is the
 * baseline of `results[i]`).
 */
export function baselineName(
  b: ScenarioResult, baseline: ScenarioResult, results: readonly ScenarioResult[], own: readonly ScenarioResult[], lang: Lang,
): string {
  const t = reportText(lang);
  return b === baseline ? t.baseline.name : fill(t.comparison.baselineWith, { codes: results.filter((_, i) => own[i] === b).map((r) => r.code).join(', ') });
}

function measureOf(k: Kpi, measure: Measure): number | null {
  return measure === 'total' ? k.total : k[measure];
}
