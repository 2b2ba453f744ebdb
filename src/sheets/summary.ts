import { FLOW_METRICS, type Metric, type PoolResult, type ScenarioResult, type UnitInfo } from '../domain/result';
import { capDeadline } from '../domain/caps';
import { formatMonth } from '../domain/month';
import { dateSerial, monthSerial, monthText } from './excelDate';
import { formatCount } from '../i18n/messages';
import { definitionBlocks } from './definitions';
import { deltaFormatsByRow, deltaRule, endValue, exitsByPolicy, hasWorst, headline, kpiFor } from './figures';
import { fill, reportText, type Lang, type ReportText } from './labels';
import { ruleText } from './rules';
import type { RuleKey } from '../domain/rules';
import { NUMBER_FORMATS, type Block, type CellScalar, type ConditionalFormat, type SheetDescription } from './layout';
import { SECOND_TABLE_SUFFIX } from './names';
import { columnData, reportTable, sheetWidths, subtitle, type ColumnSpec, type SheetContext } from './reportTable';

export interface SummaryContext extends SheetContext {
  /** 'YYYY-MM-DD', given by the caller. */
  readonly runDate: string;
  /** The input tables, e.g. "Đơn vị!A1:I250, Cán bộ!A1:N4000". */
  readonly inputDescription: string;
  readonly fingerprint: string;
  /** The scenario in words, one line per operation, in operation order. */
  readonly scenarioText: readonly string[];
  /**
   * The name of the baseline compared against, as the comparison names it ("the baseline with the
   * settings of NTH" for a scenario with settings of its own); the baseline's name when absent.
   */
  readonly baselineName?: string;
}

/** The metrics of the per-unit table, each shown as the scenario's figure and its change from the baseline. */
export const UNIT_TABLE_METRICS: readonly Metric[] = [
  'quota', 'roster', 'present', 'vacancies', 'surplus', 'excessDeputies',
];

const { integer, signed, text, date, month } = NUMBER_FORMATS;

/** Characters of text from column B that print within the page: the unit table's width less the labels'. */
const TEXT_LINE = 130;
/** The same from column C, where a setting's legal basis is written: less column B. */
const NOTE_LINE = 100;
/** Column A's widest: a unit's name in the unit table; longer names are cut when printed. */
const UNIT_NAME_WIDTH = 48;

/** Column B's width: a setting's value, and the KPI table's first figures. */
const VALUE_WIDTH = 30;

/**
 * A text longer than `width` cut at spaces into lines of at most `width` characters (a longer word on a
 * line of its own), the lines after the first indented, so that the eye follows one text across rows.
 * A text that fits is kept as it is, its spaces and line breaks with it.
 */
export function printedLines(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const out: string[] = [];
  const indent = '   ';
  let rest = text;
  while (rest.length > 0) {
    const room = out.length === 0 ? width : width - indent.length;
    let cut = rest.length <= room ? rest.length : rest.lastIndexOf(' ', room);
    if (cut <= 0) cut = rest.indexOf(' ', room) < 0 ? rest.length : rest.indexOf(' ', room);
    out.push((out.length === 0 ? '' : indent) + rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^ +/, '');
  }
  return out;
}

/**
 * The scenario's summary: the scenario stated in words with its settings and run, the key figures
 * before the reform and against the baseline with what each means, and the units that end the
 * horizon differently from the baseline (the others are counted, not listed: the page stays short).
 */
export function summarySheet(result: ScenarioResult, baseline: ScenarioResult, ctx: SummaryContext): SheetDescription {
  const t = reportText(ctx.lang);
  const blocks: Block[] = [
    { row: 1, col: 1, values: [[fill(t.summary.title, { code: result.code, name: result.name })]], style: 'title' },
  ];
  // `row` is the next free row; each section leaves one blank row above its subtitle.
  let row = 3;
  let labelWidth = 28;
  const rows = (entries: readonly Entry[]) => {
    for (const [label] of entries) if (label !== null) labelWidth = Math.max(labelWidth, label.length);
    const labelled = labelledRows(row, entries, ctx.lang);
    blocks.push(...labelled.blocks);
    row += labelled.rows;
  };
  const section = (title: string) => {
    blocks.push(subtitle(row + 1, title));
    row += 2;
  };

  // Long texts go on as many rows as they need: one cell's text runs past the printed page and is cut.
  const lines = (label: string | null, texts: readonly string[]): Entry[] =>
    texts.flatMap((s) => printedLines(s, TEXT_LINE)).map((line, i) => [i === 0 ? label : null, line, text]);
  if (result.description) rows(lines(t.summary.description, [result.description]));
  const operations = ctx.scenarioText.length > 0 ? ctx.scenarioText.map((line, i) => `${i + 1}. ${line}`) : [t.summary.noOperations];
  rows(lines(t.summary.operations, operations));

  section(t.summary.settings);
  const s = result.settings;
  const caps = Object.entries(s.deputyCapByLevel)
    .map(([level, cap]) => `${level}: ${cap}`)
    .concat(`${t.settings.deputyCapOther}: ${s.deputyCapDefault}`)
    .join('; ');
  rows([
    [t.settings.startMonth, monthSerial(s.startMonth), month],
    [t.settings.horizonMonths, s.horizonMonths, integer],
    [t.settings.hiring, s.hiring.policy === 'fill' ? fill(t.settings.hiringFill, { lag: s.hiring.lagMonths }) : t.settings.hiringFreeze, text],
    [t.settings.retirement, s.retirement.enabled ? t.yes : t.no, text, 'retirementTable'],
    [t.settings.maxTitles, s.maxTitlesPerPerson, integer, 'maxTitlesPerPerson'],
    [t.settings.deputyCaps, caps, text, 'deputyCaps'],
    [t.settings.mergeGrace, s.mergeGraceMonths, integer, 'mergeGraceMonths'],
    [t.settings.restructuringMonth, monthSerial(s.restructuringMonth), month, 'restructuringMonth'],
    [t.settings.pooledCaps, s.pooledCaps.map((c) => `${c.name}: ${formatCount(c.average, ctx.lang)}`).join('; ') || t.no, text, 'pooledCaps'],
    [t.settings.parentDeputyCap, s.parentDeputyCap ? t.yes : t.no, text, 'parentDeputyCap'],
    [t.settings.rotationMin, s.rotationMinMonths, integer, 'rotationMinMonths'],
    [t.settings.rotationMinYearsLeft, s.rotationMinYearsLeft, integer, 'rotationMinYearsLeft'],
    [t.settings.secondmentMax, s.secondmentMaxMonths, integer, 'secondmentMaxMonths'],
    [t.settings.earlyRetirementMax, s.earlyRetirementMaxYearsLeft, integer, 'earlyRetirementMaxYearsLeft'],
    [t.settings.resignationMin, s.resignationMinYearsLeft, integer, 'resignationMinYearsLeft'],
  ]);

  section(t.summary.run);
  rows([
    [t.summary.runDate, dateSerial(ctx.runDate), date],
    [t.summary.input, ctx.inputDescription, text],
    [t.summary.fingerprint, ctx.fingerprint, text],
    [t.summary.baseline, ctx.baselineName ?? t.baseline.name, text],
    [t.summary.peopleWithChangedPost, result.peopleWithChangedPost, integer],
    ...exits(result, t),
  ]);

  const formats: ConditionalFormat[] = [];

  // The key figures start a printed page: a page break inside them left their last rows under no heading.
  const kpiHeadingRow = row + 1;
  section(t.summary.kpiHeading);
  const kpis = reportTable({
    name: ctx.tableName + SECOND_TABLE_SUFFIX.kpi,
    row,
    col: 1,
    columns: [
      { header: t.kpi.metric, format: text, width: 30 },
      { header: t.kpi.before, format: integer },
      { header: t.kpi.start, format: integer },
      { header: t.kpi.end, format: integer },
      { header: t.kpi.worst, format: integer },
      { header: t.kpi.worstMonth, format: month },
      { header: t.kpi.total, format: integer },
      { header: t.kpi.clearedFrom, format: month },
      { header: t.kpi.baseline, format: integer },
      { header: t.kpi.change, format: signed },
    ],
    rows: result.kpis.map((k) => {
      const base = kpiFor(baseline, k.metric);
      const baseValue = base ? headline(base) : null;
      return [
        t.metrics[k.metric],
        k.before,
        k.start,
        k.end,
        hasWorst(k.metric) ? k.worst : null,
        hasWorst(k.metric) ? monthSerial(k.worstMonth) : null,
        FLOW_METRICS.has(k.metric) ? k.total : null,
        monthSerial(k.clearedFrom),
        baseValue,
        baseValue === null ? null : headline(k) - baseValue,
      ];
    }),
  });
  blocks.push(...kpis.blocks);
  const change = columnData(kpis, 9);
  formats.push(...deltaFormatsByRow(change.row, change.col, result.kpis.map((k) => k.metric)));
  row = kpis.nextRow;

  const endMonth = result.months[result.months.length - 1];
  const definitions = definitionBlocks({
    lang: ctx.lang, row: row + 1, metrics: result.kpis.map((k) => k.metric), measures: ['before', 'start', 'end', 'worst', 'total'],
    firstMonth: result.months[0] ?? null, lastMonth: endMonth ?? null,
    more: [[t.kpi.worstMonth, t.definitions.worstMonth], [t.kpi.clearedFrom, t.definitions.clearedFrom], [t.units.status, t.definitions.status]],
  });
  blocks.push(...definitions.blocks);
  row = definitions.nextRow;

  const pools = poolLines(result, t, ctx.lang);
  if (pools.length > 0) {
    const deadline = capDeadline(s);
    section(fill(t.summary.poolsHeading, { deadline: deadline === null ? '—' : monthText(formatMonth(deadline)) }));
    // Long lines: nothing beside them, so that they read across; the basis on a line of its own.
    rows(lines(null, pools));
    blocks.push({ row, col: 2, values: [[ruleText('pooledCaps', ctx.lang)]], style: 'note' });
    row += 1;
  }

  section(fill(t.summary.unitHeading, { month: endMonth ? monthText(endMonth) : '' }));
  const listed = unitRows(result, baseline, (unit) => unitStatus(unit, result, ctx));
  // The name first, in column A (as wide as the header block's labels): printed whole, where the id
  // there left names cut at 30 characters ("Văn phòng HĐND và UBND phường Trì") beside a wide empty one.
  const longestName = Math.max(0, ...listed.rows.map((r) => String(r[0] ?? '').length));
  const unitColumns: ColumnSpec[] = [
    { header: t.units.name, format: text, width: Math.min(UNIT_NAME_WIDTH, Math.max(30, longestName + 1)) },
    { header: t.units.locality, format: text, width: 20 },
    { header: t.units.level, format: text, width: 8 },
    { header: t.units.id, format: text, width: 12 },
    // Headers wrap: narrow figure columns, six figures rather than all (a unit's shortage follows from
    // its quota and those present), and no baseline column (the figure less its change) keep the table
    // legible when printed one page wide: with the baseline's columns it printed at half size.
    ...UNIT_TABLE_METRICS.flatMap((m): ColumnSpec[] => [
      { header: fill(t.units.scenario, { metric: t.metrics[m] }), format: integer, width: 8.5, sum: true },
      { header: fill(t.units.change, { metric: t.metrics[m] }), format: signed, width: 8.5, sum: true },
    ]),
    { header: t.units.status, format: text, width: 28 },
  ];
  const units = reportTable({
    name: ctx.tableName,
    row,
    col: 1,
    columns: unitColumns,
    rows: listed.rows,
    totalsLabel: t.summary.unitsTotal,
  });
  blocks.push(...units.blocks);
  const unlisted = listed.of - listed.rows.length;
  blocks.push({
    row: units.nextRow,
    col: 1,
    values: [[listed.rows.length === 0 ? t.summary.noUnitChanged : fill(t.summary.unitsNotListed, { count: formatCount(unlisted, ctx.lang) })]],
    style: 'note',
  });
  UNIT_TABLE_METRICS.forEach((m, i) => {
    const rule = deltaRule(m);
    if (rule) formats.push({ range: columnData(units, 4 + 2 * i + 1), rule });
  });

  return {
    name: ctx.sheetName,
    blocks,
    tables: [kpis.table, units.table],
    // Column A holds the labels of the header block: wide enough for the longest, within reason.
    columnWidths: sheetWidths(kpis.widths, units.widths, [[1, Math.min(UNIT_NAME_WIDTH, labelWidth + 2)], [2, VALUE_WIDTH]]),
    // The unit table is wide: keep each unit's name and locality in view while scrolling across. Rows are
    // not frozen because the tables start far down; Excel shows a table's header in place of the
    // column letters once it scrolls out of view.
    freeze: { rows: 0, columns: 2 },
    pageBreaks: [kpiHeadingRow],
    conditionalFormats: formats,
    ...(ctx.tabColor ? { tabColor: ctx.tabColor } : {}),
  };
}

/**
 * One line per pooled cap: a single pool with its figures before the reform and at the end and when it
 * is back within; pools grouped by a field (each commune's offices) counted, with those still above.
 */
function poolLines(result: ScenarioResult, t: ReportText, lang: Lang): string[] {
  const T = result.months.length;
  const over = (p: PoolResult, i: number) => p.deputies[i] > p.allowed[i];
  const lines: string[] = [];
  const grouped = new Map<string, PoolResult[]>();
  for (const p of result.pools) {
    if (p.group !== null) {
      grouped.set(p.name, [...(grouped.get(p.name) ?? []), p]);
      continue;
    }
    let last = -1;
    for (let i = 0; i < T; i++) if (over(p, i)) last = i;
    const status = last === T - 1 ? t.summary.poolNever
      : last >= 0 ? fill(t.summary.poolWithinFrom, { month: monthText(result.months[last + 1]) })
        : p.before.deputies > p.before.allowed ? fill(t.summary.poolWithinFrom, { month: monthText(result.months[0]) })
          : t.summary.poolAlways;
    lines.push(fill(t.summary.pool, {
      name: p.name, units: formatCount(p.before.units, lang), average: formatCount(p.average, lang),
      before: formatCount(p.before.deputies, lang), allowedBefore: formatCount(p.before.allowed, lang),
      end: formatCount(p.deputies[T - 1], lang), allowedEnd: formatCount(p.allowed[T - 1], lang), status,
    }));
  }
  for (const [name, pools] of grouped) {
    const groupBy = result.settings.pooledCaps.find((c) => c.name === name)?.groupBy ?? '';
    // The built-in field by its column's name; an extra column by its header.
    const field = groupBy === 'locality' ? t.units.locality.toLocaleLowerCase(lang) : groupBy;
    const still = pools.filter((p) => T > 0 && over(p, T - 1));
    // Each group whole on its printed line: "Xã Đan Hải (9/8)" is not cut after "Xã".
    const shown = still.slice(0, 8).map((p) => `${p.group} (${p.deputies[T - 1]}/${p.allowed[T - 1]})`.replace(/ /g, '\u00a0'));
    const line = fill(t.summary.poolGroups, {
      name, average: formatCount(pools[0].average, lang), field, groups: formatCount(pools.length, lang),
      overBefore: formatCount(pools.filter((p) => p.before.deputies > p.before.allowed).length, lang),
      overEnd: formatCount(still.length, lang),
    });
    const list = still.length === 0 ? '' : `; ${fill(t.summary.poolStillAbove, { list: shown.join(', ') + (still.length > shown.length ? ', …' : '') })}`;
    lines.push(line + list);
  }
  return lines;
}

/** [label, value, number format, the rule whose basis is cited beside it]: one row of the header block. */
type Entry = readonly [label: string | null, value: CellScalar, format: string, rule?: RuleKey];

function labelledRows(row: number, entries: readonly Entry[], lang: Lang): { blocks: Block[]; rows: number } {
  const blocks: Block[] = [];
  let at = row;
  for (const [label, value, format, rule] of entries) {
    blocks.push({ row: at, col: 1, values: [[label]], style: 'label' }, { row: at, col: 2, values: [[value]], numberFormats: [format] });
    let used = 1;
    if (rule) {
      // The basis beside the value, on as many rows as it needs; below it when the value runs on over
      // column C (its text would be cut where the basis starts).
      const notes = printedLines(ruleText(rule, lang), NOTE_LINE);
      const start = typeof value === 'string' && value.length > VALUE_WIDTH - 2 ? 1 : 0;
      blocks.push({ row: at + start, col: 3, values: notes.map((n) => [n]), style: 'note' });
      used = start + notes.length;
    }
    at += used;
  }
  return { blocks, rows: at - row };
}

/**
 * The units whose end figures or status differ from the baseline's: those of the scenario in its
 * order, then any unit only the baseline has (a unit missing on one side counts 0). `of` counts every
 * unit, listed or not.
 */
function unitRows(
  result: ScenarioResult,
  baseline: ScenarioResult,
  status: (unit: UnitInfo) => string | null,
): { rows: CellScalar[][]; of: number } {
  const baseIndex = new Map(baseline.units.map((u, i) => [u.id, i]));
  const scenarioIndex = new Map(result.units.map((u, i) => [u.id, i]));
  const units = [...result.units, ...baseline.units.filter((u) => !scenarioIndex.has(u.id))];
  const rows: CellScalar[][] = [];
  // Plain loops: this reads every metric of every unit, twice, for each scenario.
  const M = UNIT_TABLE_METRICS.length;
  for (const unit of units) {
    const b = baseIndex.get(unit.id);
    const s = scenarioIndex.get(unit.id);
    let differs = b === undefined || s === undefined;
    const row: CellScalar[] = [unit.name, unit.locality, unit.level, unit.id];
    for (let k = 0; k < M; k++) {
      const m = UNIT_TABLE_METRICS[k];
      const before = b === undefined ? 0 : endValue(baseline.unitSeries[b], m);
      const after = s === undefined ? 0 : endValue(result.unitSeries[s], m);
      if (after !== before) differs = true;
      row.push(after, after - before);
    }
    const state = status(unit);
    row.push(state);
    if (differs || state !== null) rows.push(row);
  }
  return { rows, of: units.length };
}

/** The exits under a policy, counted by policy, when the scenario has any. */
function exits(result: ScenarioResult, t: ReportText): Entry[] {
  const counts = exitsByPolicy(result);
  if (counts.length === 0) return [];
  return [[t.summary.exitsByPolicy, counts.map(([policy, count]) => fill(t.summary.exitCount, { policy: t.changeDetails[policy], count })).join('; '), text]];
}

function unitStatus(unit: UnitInfo, result: ScenarioResult, ctx: SummaryContext): string | null {
  const t = reportText(ctx.lang).units;
  if (unit.closedFrom !== null) {
    if (unit.mergedInto === null) return fill(t.statusClosed, { month: monthText(unit.closedFrom) });
    const into = result.units.find((u) => u.id === unit.mergedInto);
    return fill(t.statusMerged, { unit: into?.name ?? unit.mergedInto, month: monthText(unit.closedFrom) });
  }
  return unit.inInput ? null : t.statusNew;
}

