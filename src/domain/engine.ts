import type { Role, Staffing } from './model';
import type { Month } from './month';
import { formatMonth, parseMonth } from './month';
import { parentCaps, pooledCaps } from './caps';
import { computeKpis, SeriesRecorder, sumOf, sumsOf } from './metrics';
import { applyOperation, endRotation, endSecondment } from './operations';
import type { PoolResult, ScenarioResult, UnitInfo } from './result';
import type { Operation, Scenario } from './scenario';
import { resolveSettings } from './settings';
import type { HeldPost, PersonState } from './state';
import { auditState, SimulationState, Status } from './state';

/** The title given to a hire that fills a vacancy nobody left behind (data: the workbook's language). */
const NEW_HIRE_TITLE = 'Công chức tuyển mới';

export interface SimulateOptions {
  /** 'YYYY-MM' used when the scenario's settings give no start month (the host passes the current month). */
  readonly startMonth: string;
  /** Called after each simulated month (for progress). */
  readonly onMonth?: (done: number, total: number) => void;
  /** Recount everything from the people after every month and throw on any mismatch (a self-check). */
  readonly audit?: boolean;
}

/**
 * Simulates a scenario month by month. In each month, in this order: absences that end come back,
 * the month's operations apply in scenario order, vacancies due are filled (hiring `fill`), the
 * figures are taken, and those whose last working month it is retire (they count in that month).
 * The input staffing is not changed.
 */
export function simulate(staffing: Staffing, scenario: Scenario, options: SimulateOptions): ScenarioResult {
  const settings = resolveSettings(options.startMonth, scenario.settings);
  const start = parseMonth(settings.startMonth);
  if (start === null) throw new Error(`Invalid start month ${settings.startMonth}: validate the scenario first`);
  const T = settings.horizonMonths;
  const state = new SimulationState(staffing, settings, start, scenario.code);
  const opsByMonth = scheduleOperations(state, scenario.operations, start, T);
  const recorder = new SeriesRecorder(T);
  const fill = settings.hiring.policy === 'fill';
  // The input as read, before the first month's events: what "before the reform" shows.
  state.month = start;
  const before = new SeriesRecorder(1);
  before.snapshot(state, 0);

  for (let t = 0; t < T; t++) {
    const m = start + t;
    state.month = m;
    state.resetFlows();
    for (const i of state.awayEnds.get(m) ?? []) {
      const p = state.people[i];
      if (p.status === Status.Rotation) endRotation(state, p);
      else if (p.status === Status.Secondment) endSecondment(state, p);
    }
    for (const { op, index } of opsByMonth.get(m) ?? []) applyOperation(op, { state, month: m, index });
    if (fill) {
      trackVacancies(state, m);
      fillVacancies(state, m, settings.hiring.lagMonths);
      appointHeads(state, m, settings.hiring.lagMonths);
    }
    const retiring = (state.retiring.get(m) ?? []).map((i) => state.people[i]).filter((p) => p.status !== Status.Retired);
    for (const p of retiring) state.flows.retirements[p.rosterUnit]++;
    recorder.snapshot(state, t);
    for (const p of retiring) retire(state, p);
    // Posts left by retirement are open from the next month.
    if (fill) trackVacancies(state, m + 1);
    if (options.audit) auditState(state);
    options.onMonth?.(t + 1, T);
  }
  reportUnitsWithoutHead(state, recorder, start);
  const caps = pooledCaps(state, recorder, before, start, T);
  state.issues.push(...caps.issues, ...parentCaps(state, recorder, start, T));
  return buildResult(state, scenario, recorder, before, start, T, caps.pools);
}

function scheduleOperations(state: SimulationState, ops: readonly Operation[], start: Month, months: number) {
  const byMonth = new Map<Month, { op: Operation; index: number }[]>();
  ops.forEach((op, index) => {
    const m = parseMonth(op.month);
    if (m === null || m < start || m >= start + months) {
      state.report('error', 'outsideHorizon', index, {}, {
        month: op.month, start: formatMonth(start), end: formatMonth(start + months - 1),
      });
      return;
    }
    const list = byMonth.get(m);
    if (list) list.push({ op, index });
    else byMonth.set(m, [{ op, index }]);
  });
  return byMonth;
}

function retire(state: SimulationState, p: PersonState): void {
  // A month of the table's own is said, so the people sheet shows it was not the statutory one.
  state.depart(p, 'retired', null, p.ownLastMonth ? 'ownMonth' : null);
}

/**
 * Hiring `fill`: each vacancy is filled `lag` months after it opened. Vacancies are tracked as the
 * months they opened; when a unit has fewer vacancies than tracked, the newest are dropped.
 */
function trackVacancies(state: SimulationState, from: Month): void {
  for (const unit of state.units) {
    if (unit.closedFrom !== null) continue;
    const open = Math.max(0, state.vacancies(unit.index));
    const q = unit.vacancyOpened;
    while (q.length < open) q.push(from);
    if (q.length > open) q.length = open;
  }
}

function fillVacancies(state: SimulationState, m: Month, lag: number): void {
  for (const unit of state.units) {
    if (unit.closedFrom !== null) continue;
    const q = unit.vacancyOpened;
    while (q.length > 0 && q[0] + lag <= m && state.vacancies(unit.index) > 0) {
      q.shift();
      state.hire(unit.index, postForHire(state, unit.index));
    }
  }
}

/**
 * Hiring `fill` fills an empty head post by an appointment too: a head post vacated in the run that a
 * hire could not take (the unit has no quota left: a unit above quota keeps its people, and lost its
 * head for the rest of the horizon) goes to a deputy of the unit, `lag` months after it emptied. The
 * first of its deputies in the table's order is appointed (the tables hold no seniority; a deputy who
 * came from another unit since the index was made counts after those already there); a unit without
 * a deputy waits for a hire. Tracked here, as vacancies are: the month each unit's head post emptied.
 */
function appointHeads(state: SimulationState, m: Month, lag: number): void {
  const heads = state.counters.heads;
  let due: number[] | null = null;
  for (const unit of state.units) {
    if (unit.closedFrom !== null || heads[unit.index] > 0 || unit.vacatedHeads === 0) {
      unit.headEmptySince = null;
      continue;
    }
    unit.headEmptySince ??= m;
    // Only a unit with a deputy post held can appoint: the others wait for a hire.
    if (unit.headEmptySince + lag <= m && state.counters.deputies[unit.index] > 0) (due ??= []).push(unit.index);
  }
  if (due === null) return;
  // Each unit's deputies from an index of the people, made again (at most once a lag) when a unit due
  // finds none of its own still there: a pass over a province's people every month was a tenth of its run.
  let index = DEPUTY_INDEX.get(state);
  const isDeputyOf = (p: PersonState, u: number): boolean => p.status === Status.Working && p.posts[0]?.unit === u && p.posts[0].role === 'deputy';
  const firstDeputy = (u: number): PersonState | undefined => {
    for (const i of index?.deputies.get(u) ?? []) if (isDeputyOf(state.people[i], u)) return state.people[i];
    return undefined;
  };
  for (const u of due) {
    let deputy = firstDeputy(u);
    if (deputy === undefined && (index === undefined || index.madeIn + Math.max(1, lag) <= m)) {
      index = indexDeputies(state, m);
      deputy = firstDeputy(u);
    }
    if (deputy === undefined) {
      // Its deputy posts are held by people away or as second posts: looked at again after another lag.
      state.units[u].headEmptySince = m;
      continue;
    }
    const head: HeldPost = { unit: u, title: (takeVacated(state, u, 'head') as { title: string }).title, role: 'head' };
    const before = deputy.posts[0];
    state.vacate(before);
    state.update(deputy, (x) => {
      x.posts = [head, ...x.posts.slice(1)];
    });
    state.units[u].headEmptySince = null;
    state.recordChange(deputy, 'appointed', state.postRef(before), state.postRef(head), null, null);
  }
}

/** The people holding a deputy post as their main one, by unit, in the table's order; and when made. */
interface DeputyIndex {
  readonly deputies: Map<number, number[]>;
  readonly madeIn: Month;
}

const DEPUTY_INDEX = new WeakMap<SimulationState, DeputyIndex>();

function indexDeputies(state: SimulationState, m: Month): DeputyIndex {
  const deputies = new Map<number, number[]>();
  for (const p of state.people) {
    const post = p.posts[0];
    if (post === undefined || post.role !== 'deputy' || p.status !== Status.Working) continue;
    const list = deputies.get(post.unit);
    if (list) list.push(p.index);
    else deputies.set(post.unit, [p.index]);
  }
  const index = { deputies, madeIn: m };
  DEPUTY_INDEX.set(state, index);
  return index;
}

/** The post of `role` left last in the unit, taken off its list (the head posts' count kept with it), or null. */
function takeVacated(state: SimulationState, u: number, role: Role): { title: string; role: Role } | null {
  const unit = state.units[u];
  const left = unit.vacatedPosts;
  for (let i = left.length - 1; i >= 0; i--) {
    if (left[i].role !== role) continue;
    if (role === 'head') unit.vacatedHeads--;
    return left.splice(i, 1)[0];
  }
  return null;
}

/** A hire takes the most senior post left free: the head's, then a deputy's within the cap, then staff. */
function postForHire(state: SimulationState, u: number): { title: string; role: Role } {
  return (state.postFree(u, 'head') ? takeVacated(state, u, 'head') : null)
    ?? (state.postFree(u, 'deputy') ? takeVacated(state, u, 'deputy') : null)
    ?? takeVacated(state, u, 'staff')
    ?? { title: NEW_HIRE_TITLE, role: 'staff' };
}

/** Units left without a head by the scenario (not those already without one at the start). */
function reportUnitsWithoutHead(state: SimulationState, recorder: SeriesRecorder, start: Month): void {
  state.units.forEach((unit, u) => {
    if (unit.closedFrom !== null || recorder.value(u, 'heads', 0) === 0) return;
    const t = recorder.firstZero(u, 'heads');
    if (t < 0) return;
    state.issues.push({
      severity: 'warning', code: 'unitWithoutHead', month: formatMonth(start + t), operation: null,
      personId: null, unitId: unit.id, params: {},
    });
  });
}

function buildResult(
  state: SimulationState, scenario: Scenario, recorder: SeriesRecorder, before: SeriesRecorder, start: Month, T: number, pools: readonly PoolResult[],
): ScenarioResult {
  const units: UnitInfo[] = state.units.map((u) => ({
    id: u.id, name: u.name, level: u.level, locality: u.locality, kind: u.kind, inInput: u.inInput,
    closedFrom: u.closedFrom === null ? null : formatMonth(u.closedFrom),
    mergedInto: u.mergedInto >= 0 ? state.units[u.mergedInto].id : null,
  }));
  const unitSeries = recorder.unitSeries();
  const byLevel = sumsOf(units, (u) => u.level, (u) => unitSeries[u], T);
  const byLocality = sumsOf(units, (u) => u.locality, (u) => unitSeries[u], T);
  // Every unit has a level: the total is the sum of the levels.
  const total = sumOf(Object.values(byLevel), T);
  const months = Array.from({ length: T }, (_, t) => formatMonth(start + t));
  const issues = [...state.issues].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  return {
    code: scenario.code,
    name: scenario.name,
    description: scenario.description ?? '',
    settings: state.settings,
    months,
    units,
    unitSeries,
    byLevel,
    byLocality,
    total,
    kpis: computeKpis(total, start, before.total()),
    pools,
    peopleWithChangedPost: state.postChanged.size,
    changes: state.changes,
    issues,
  };
}
