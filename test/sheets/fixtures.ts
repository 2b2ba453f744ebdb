import type { Issue } from '../../src/domain/issues';
import { formatMonth, parseMonth } from '../../src/domain/month';
import {
  FLOW_METRICS,
  METRICS,
  WORSE_WHEN_HIGHER,
  type Kpi,
  type Metric,
  type PersonChange,
  type ScenarioResult,
  type SeriesSet,
  type UnitInfo,
} from '../../src/domain/result';
import { resolveSettings, type PartialSettings } from '../../src/domain/settings';

/** A series written as one number (the same every month) or one number per month. */
export type SeriesInput = Partial<Record<Metric, number | readonly number[]>>;

export interface UnitInput {
  readonly id: string;
  readonly name: string;
  readonly level: string;
  readonly locality?: string | null;
  readonly inInput?: boolean;
  readonly closedFrom?: string | null;
  readonly mergedInto?: string | null;
  readonly series?: SeriesInput;
}

export interface ResultInput {
  readonly code: string;
  readonly name: string;
  readonly description?: string;
  readonly startMonth?: string;
  readonly months?: number;
  readonly settings?: PartialSettings;
  readonly units: readonly UnitInput[];
  readonly changes?: readonly PersonChange[];
  readonly issues?: readonly Issue[];
  readonly peopleWithChangedPost?: number;
}

/**
 * A ScenarioResult from compact literals: sums by level, locality and in total are added up from the
 * units, and KPIs are read off the total series (a stand-in for the engine's, enough for layouts).
 */
export function buildResult(input: ResultInput): ScenarioResult {
  const start = parseMonth(input.startMonth ?? '2026-01')!;
  const count = input.months ?? 6;
  const months = Array.from({ length: count }, (_, i) => formatMonth(start + i));
  const unitSeries = input.units.map((u) => seriesOf(u.series ?? {}, count));
  const sumOf = (keep: (u: UnitInput) => boolean) =>
    addUp(unitSeries.filter((_, i) => keep(input.units[i])), count);
  const groups = (key: (u: UnitInput) => string) =>
    Object.fromEntries([...new Set(input.units.map(key))].map((g) => [g, sumOf((u) => key(u) === g)]));
  const total = sumOf(() => true);
  const units: UnitInfo[] = input.units.map((u) => ({
    id: u.id,
    name: u.name,
    level: u.level,
    locality: u.locality ?? null,
    kind: null,
    inInput: u.inInput ?? true,
    closedFrom: u.closedFrom ?? null,
    mergedInto: u.mergedInto ?? null,
  }));
  return {
    code: input.code,
    name: input.name,
    description: input.description ?? '',
    pools: [],
    settings: resolveSettings(months[0], input.settings),
    months,
    units,
    unitSeries,
    byLevel: groups((u) => u.level),
    byLocality: groups((u) => u.locality ?? ''),
    total,
    kpis: METRICS.map((m) => kpiOf(m, total[m], months)),
    peopleWithChangedPost: input.peopleWithChangedPost ?? 0,
    changes: input.changes ?? [],
    issues: input.issues ?? [],
  };
}

function seriesOf(input: SeriesInput, count: number): SeriesSet {
  const out = {} as Record<Metric, Int32Array>;
  for (const m of METRICS) {
    const v = input[m];
    const arr = new Int32Array(count);
    if (typeof v === 'number') arr.fill(v);
    else if (v) {
      if (v.length !== count) throw new Error(`series ${m} has ${v.length} values for ${count} months`);
      arr.set(v);
    }
    out[m] = arr;
  }
  return out;
}

function addUp(parts: readonly SeriesSet[], count: number): SeriesSet {
  const out = {} as Record<Metric, Int32Array>;
  for (const m of METRICS) {
    const arr = new Int32Array(count);
    for (const p of parts) for (let i = 0; i < count; i++) arr[i] += p[m][i];
    out[m] = arr;
  }
  return out;
}

function kpiOf(metric: Metric, s: Int32Array, months: readonly string[]): Kpi {
  const values = [...s];
  const flow = FLOW_METRICS.has(metric);
  const worst = flow || WORSE_WHEN_HIGHER[metric] ? Math.max(...values) : Math.min(...values);
  let clearedFrom: string | null = null;
  if (!flow && WORSE_WHEN_HIGHER[metric] && values[values.length - 1] === 0) {
    let i = values.length;
    while (i > 0 && values[i - 1] === 0) i--;
    clearedFrom = months[i];
  }
  return {
    metric,
    // The input before the first month's events: here, one more than the first month for every stock.
    before: flow ? null : values[0] + 1,
    start: values[0],
    end: values[values.length - 1],
    worst,
    worstMonth: months[values.indexOf(worst)],
    total: flow ? values.reduce((a, b) => a + b, 0) : null,
    clearedFrom,
  };
}

/**
 * The shared example: four units (two district offices merged from 2026-03, two communes, one of
 * them named "=1+1" to check that names are never taken for formulas), over six months.
 */
export const BASELINE = buildResult({
  code: 'BASE',
  name: 'Giữ nguyên',
  units: [
    { id: 'U1', name: 'Ban Tổ chức Huyện A', level: 'Huyện', locality: 'Huyện A', series: { quota: 10, roster: 10, present: 10, heads: 1, deputies: 2, deputyCap: 2 } },
    { id: 'U2', name: 'Phòng Nội vụ Huyện A', level: 'Huyện', locality: 'Huyện A', series: { quota: 8, roster: 7, present: 7, vacancies: 1, shortage: 1, heads: 1, deputies: 2, deputyCap: 2 } },
    { id: 'X1', name: '=1+1', level: 'Xã', locality: 'Xã B', series: { quota: 20, roster: 18, present: 18, vacancies: 2, shortage: 2, heads: 1, deputies: 1, deputyCap: 2 } },
    { id: 'X2', name: 'UBND xã C', level: 'Xã', locality: 'Xã C', series: { quota: 22, roster: 22, present: 21, shortage: 1, secondedOut: 1, heads: 1, deputies: 2, deputyCap: 2, retirements: [0, 0, 0, 0, 1, 0] } },
  ],
});

export const MERGE = buildResult({
  code: 'KB1',
  name: 'Hợp nhất Ban Tổ chức và Phòng Nội vụ',
  description: 'Hợp nhất từ 03/2026; luân chuyển một cán bộ về xã.',
  settings: { hiring: { policy: 'fill', lagMonths: 6 } },
  peopleWithChangedPost: 3,
  units: [
    {
      id: 'U1', name: 'Ban Tổ chức Huyện A', level: 'Huyện', locality: 'Huyện A',
      series: {
        quota: [10, 10, 16, 16, 16, 16], roster: [10, 10, 17, 16, 16, 16], present: [10, 10, 17, 16, 16, 16],
        surplus: [0, 0, 1, 0, 0, 0], heads: 1, deputies: [2, 2, 4, 4, 4, 3], deputyCap: 2,
        excessDeputies: [0, 0, 2, 2, 2, 1], rotationsOut: [0, 0, 0, 1, 0, 0],
      },
    },
    {
      id: 'U2', name: 'Phòng Nội vụ Huyện A', level: 'Huyện', locality: 'Huyện A', closedFrom: '2026-03', mergedInto: 'U1',
      series: {
        quota: [8, 8, 0, 0, 0, 0], roster: [7, 7, 0, 0, 0, 0], present: [7, 7, 0, 0, 0, 0], vacancies: [1, 1, 0, 0, 0, 0],
        shortage: [1, 1, 0, 0, 0, 0], heads: [1, 1, 0, 0, 0, 0], deputies: [2, 2, 0, 0, 0, 0], deputyCap: [2, 2, 0, 0, 0, 0],
      },
    },
    {
      id: 'X1', name: '=1+1', level: 'Xã', locality: 'Xã B',
      series: {
        quota: 20, roster: [18, 18, 18, 19, 19, 19], present: [18, 18, 18, 19, 19, 19], vacancies: [2, 2, 2, 1, 1, 1],
        shortage: [2, 2, 2, 1, 1, 1], heads: 1, deputies: 1, deputyCap: 2, rotationsIn: [0, 0, 0, 1, 0, 0],
      },
    },
    { id: 'X2', name: 'UBND xã C', level: 'Xã', locality: 'Xã C', series: { quota: 22, roster: 22, present: 21, shortage: 1, secondedOut: 1, heads: 1, deputies: 2, deputyCap: 2, retirements: [0, 0, 0, 0, 1, 0] } },
  ],
  changes: [
    { personId: 'CB10', name: 'Nguyễn Văn An', month: '2026-03', kind: 'mergedUnit', from: { unitId: 'U2', title: 'Chuyên viên', role: 'staff' }, to: { unitId: 'U1', title: 'Chuyên viên', role: 'staff' }, operation: 0, detail: null },
    { personId: 'CB2', name: 'Trần Thị Bình', month: '2026-03', kind: 'headToDeputy', from: { unitId: 'U2', title: 'Trưởng phòng', role: 'head' }, to: { unitId: 'U1', title: 'Phó Trưởng ban', role: 'deputy' }, operation: 0, detail: null },
    { personId: 'CB7', name: 'Lê Văn Cường', month: '2026-04', kind: 'rotatedOut', from: { unitId: 'U1', title: 'Phó Trưởng ban', role: 'deputy' }, to: { unitId: 'X1', title: 'Phó Chủ tịch UBND', role: 'deputy' }, operation: 1, detail: '36' },
    { personId: 'CB9', name: '+84 Phạm Dũng', month: '2026-06', kind: 'returnConflict', from: { unitId: 'X1', title: 'Công chức', role: 'staff' }, to: null, operation: 1, detail: 'quota+post' },
    { personId: 'CB30', name: 'Hoàng Văn Em', month: '2026-05', kind: 'retired', from: { unitId: 'X2', title: 'Công chức', role: 'staff' }, to: null, operation: null, detail: null },
  ],
  issues: [
    { severity: 'warning', code: 'excessDeputiesBeyondGrace', month: '2026-03', operation: 0, personId: null, unitId: 'U1', params: { deputies: 4, cap: 2, excess: 2, compliantFrom: '2031-07', deadline: '2031-03' } },
    { severity: 'error', code: 'tooManyTitles', month: '2026-04', operation: 1, personId: 'CB7', unitId: 'X1', params: { titles: 3, max: 2 } },
    { severity: 'warning', code: 'returnConflict', month: '2026-06', operation: 1, personId: 'CB9', unitId: 'X1', params: { missing: 'quota+post' } },
    { severity: 'info', code: 'unitWithoutHead', month: '2026-01', operation: null, personId: null, unitId: 'X2', params: {} },
  ],
});

/** A second scenario for the comparison: the baseline with a 10 % quota cut in commune C. */
export const CUT = buildResult({
  code: 'KB2',
  name: 'Tinh giản xã C',
  units: [
    ...BASELINE.units.slice(0, 3).map((u, i) => ({ ...u, locality: u.locality, series: unitSeriesInput(BASELINE, i) })),
    { id: 'X2', name: 'UBND xã C', level: 'Xã', locality: 'Xã C', series: { quota: [22, 22, 20, 20, 20, 20], roster: 22, present: 21, surplus: [0, 0, 2, 2, 2, 2], shortage: 0, secondedOut: 1, heads: 1, deputies: 2, deputyCap: 2, retirements: [0, 0, 0, 0, 1, 0] } },
  ],
});

function unitSeriesInput(result: ScenarioResult, index: number): SeriesInput {
  return Object.fromEntries(METRICS.map((m) => [m, [...result.unitSeries[index][m]]]));
}
