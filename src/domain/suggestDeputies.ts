import { capDeadline, poolMembers } from './caps';
import { boundedOptions, MipBuilder, type MipSolution, type Option } from './mip';
import type { Month } from './month';
import { formatMonth, parseMonth } from './month';
import type { ScenarioResult } from './result';
import { monthsToStatutoryAge } from './retirement';
import { matches, personField } from './selection';
import type { Settings } from './settings';
import { SimulationState, Status, type PersonState } from './state';
import type { PreparedSuggestion, SuggestedMove, SuggestRequest, Suggestion, UnbalancedUnit } from './suggest';
import { idKey, normalizeText } from './text';
import { placements } from './placement';

/**
 * Deputies within their caps by a month: whom to retire early (NĐ 178/2024 art. 7, for those near
 * enough to retirement) and whom to move as a deputy to a unit of the same kind with room, so that each
 * unit's cap and each pooled average cap (NĐ 300/2025) hold at the deadline. The figures are those of
 * the run without the plan at the deadline: retirements before then already count.
 *
 * One binary per person and action (few people: the deputies of units or pools over a cap). Rows:
 * one action per person; per unit and pool over its cap, the deputies leaving plus a penalised slack
 * cover the excess; per receiving unit, its room under its own cap (and its free quota); per pool not
 * over, the room it has. The objective makes an excess deputy left in place cost more than any action,
 * then prefers early retirement of those nearest to it, then few moves.
 */

/** The objective's costs: a deputy left over a cap outweighs any action. */
export const DEPUTY_WEIGHTS = { over: 1000, exit: 10, move: 12, acrossPreferred: 3, perMonthLeft: 0.001, perKm: 0.02 } as const;

interface Candidate {
  readonly p: PersonState;
  readonly unit: number;
  readonly monthsLeft: number | null;
  readonly canExit: boolean;
  readonly canMove: boolean;
}

interface Over {
  readonly deputies: number;
  readonly cap: number;
  readonly excess: number;
  /** Deputies there who may neither leave nor move, by why. */
  readonly held: { older: number; leaving: number; locked: number; placed: number; excluded: number };
}

export function prepareDeputyPlan(
  state: SimulationState, settings: Settings, baseline: ScenarioResult, request: SuggestRequest, start: Month, month: Month,
): PreparedSuggestion {
  const c = request.constraints ?? {};
  const T = baseline.months.length;
  const ta = Math.min(Math.max(0, month - start), T - 1);
  const deadline = parseMonth(request.by ?? '') ?? capDeadline(settings) ?? start + T - 1;
  const tm = Math.min(Math.max(ta, deadline - start), T - 1);
  const by = start + tm;
  const exitYears = c.exitMaxYearsLeft ?? settings.earlyRetirementMaxYearsLeft;
  const minMonthsLeft = c.minMonthsLeft ?? 12;
  const locked = new Set((c.lockedPeople ?? []).map(idKey));
  const placedEarlier = new Set((c.placedEarlier ?? []).map(idKey));
  const excluded = new Set((c.excludedUnits ?? []).map(idKey));
  const series = (u: number) => baseline.unitSeries[u];
  // Open in the run without the plan (a merger of an earlier goal closes units).
  const open = (u: number, t: number): boolean => {
    const closed = baseline.units[u]?.closedFrom;
    return closed === null || (closed !== undefined && (parseMonth(closed) ?? Infinity) > start + t);
  };
  const rules = placements(state, c);

  // Units over their own cap at the deadline.
  const overUnit = new Map<number, Over>();
  for (let u = 0; u < state.units.length; u++) {
    const s = series(u);
    if (!s || !open(u, tm) || excluded.has(idKey(state.units[u].id))) continue;
    const excess = s.deputies[tm] - s.deputyCap[tm];
    if (excess > 0) overUnit.set(u, { deputies: s.deputies[tm], cap: s.deputyCap[tm], excess, held: { older: 0, leaving: 0, locked: 0, placed: 0, excluded: 0 } });
  }
  // Pools: those over their allowance at the deadline, and the room of the others (the least of the
  // action's month and the deadline's).
  const pools = poolMembers(state).map((pool, i) => {
    const r = baseline.pools[i];
    const deputies = r?.deputies[tm] ?? 0;
    const allowed = r?.allowed[tm] ?? 0;
    const room = Math.min(allowed - deputies, (r?.allowed[ta] ?? 0) - (r?.deputies[ta] ?? 0));
    return { ...pool, deputies, allowed, excess: Math.max(0, deputies - allowed), room, members: new Set(pool.members), held: { older: 0, leaving: 0, locked: 0, placed: 0, excluded: 0 } };
  });
  const poolsOf = new Map<number, number[]>();
  pools.forEach((pool, i) => {
    for (const u of pool.members) {
      const list = poolsOf.get(u);
      if (list) list.push(i);
      else poolsOf.set(u, [i]);
    }
  });
  const overPool = (u: number): boolean => (poolsOf.get(u) ?? []).some((i) => pools[i].excess > 0);

  // Candidates: the deputies of those units and pools, still there at the deadline.
  const candidates: Candidate[] = [];
  for (const p of state.people) {
    const post = p.posts[0];
    if (p.status !== Status.Working || post === undefined || post.role !== 'deputy') continue;
    const u = post.unit;
    const unitOver = overUnit.get(u);
    if (!unitOver && !overPool(u)) continue;
    const held = unitOver?.held ?? pools[(poolsOf.get(u) ?? []).find((i) => pools[i].excess > 0) as number].held;
    const monthsLeft = p.lastMonth === null ? null : p.lastMonth + 1 - month;
    // Gone by the deadline anyway: the baseline's figures already count their leaving.
    if (p.lastMonth !== null && p.lastMonth < by) { held.leaving++; continue; }
    if (placedEarlier.has(idKey(p.id))) { held.placed++; continue; }
    if (locked.has(idKey(p.id))) { held.locked++; continue; }
    const unitAllowed = !excluded.has(idKey(state.units[u].id)) && (request.from ?? []).every((f) => matches(state.unitField(u, f.field), f));
    if (!unitAllowed || !(c.people ?? []).every((f) => matches(personField(state, p, f.field, month), f))) {
      held.excluded++;
      continue;
    }
    // The exit check's own count (to the month the statutory age is reached): a proposed exit always passes it.
    const toAge = monthsToStatutoryAge(settings.retirement.table, p.birthMonth, p.gender, month);
    const canExit = toAge !== null && toAge <= exitYears * 12;
    const canMove = monthsLeft === null || monthsLeft >= minMonthsLeft;
    if (!canExit) held.older++;
    if (canExit || canMove) candidates.push({ p, unit: u, monthsLeft, canExit, canMove });
  }

  // Units that may take a deputy: of a kind some candidate has, with room under their cap at the
  // action's month and the deadline, and free quota when the action takes effect.
  const kinds = new Set(candidates.filter((x) => x.canMove).map((x) => normalizeText(state.units[x.unit].kind ?? '')));
  const receivers = new Map<string, { unit: number; room: number }[]>();
  for (let u = 0; u < state.units.length; u++) {
    const s = series(u);
    const kind = normalizeText(state.units[u].kind ?? '');
    if (!s || !kinds.has(kind) || !open(u, ta) || !open(u, tm) || excluded.has(idKey(state.units[u].id))) continue;
    if (!(request.to ?? []).every((f) => matches(state.unitField(u, f.field), f))) continue;
    let room = Math.min(s.deputyCap[ta] - s.deputies[ta], s.deputyCap[tm] - s.deputies[tm]);
    if (c.keepQuota ?? true) room = Math.min(room, s.quota[ta] - s.roster[ta]);
    if (room <= 0) continue;
    const list = receivers.get(kind);
    if (list) list.push({ unit: u, room });
    else receivers.set(kind, [{ unit: u, room }]);
  }

  const b = new MipBuilder();
  const unitRow = new Map<number, number>();
  for (const [u, o] of overUnit) unitRow.set(u, b.row(o.excess, Infinity));
  const poolRow = pools.map((pool) => (pool.excess > 0 ? b.row(pool.excess, Infinity) : b.row(-Infinity, Math.max(0, pool.room))));
  const roomRow = new Map<number, number>();
  type Column = { readonly who: Candidate; readonly to: number | null; readonly across: boolean; readonly km: number | null };
  const columns: Column[] = [];
  const deltas = (from: number, to: number | null): [number, number][] => {
    const out: [number, number][] = [];
    const inFrom = new Set(poolsOf.get(from) ?? []);
    const inTo = new Set(to === null ? [] : poolsOf.get(to) ?? []);
    // A pool counts a leaving as +1 toward its excess row, an arrival as −1 (to its room row, +1).
    for (const i of inFrom) if (!inTo.has(i)) out.push([poolRow[i], pools[i].excess > 0 ? 1 : -1]);
    for (const i of inTo) if (!inFrom.has(i)) out.push([poolRow[i], pools[i].excess > 0 ? -1 : 1]);
    return out;
  };
  // The units a deputy may move to, with what each is worth to the objective.
  type Receiving = { unit: number; room: number; across: boolean; km: number | null; cost: number };
  const optionsOf = (who: Candidate): Option<Receiving>[] => {
    const options: Option<Receiving>[] = [];
    if (!who.canMove) return options;
    const allowed = rules.from(who.unit);
    for (const r of receivers.get(normalizeText(state.units[who.unit].kind ?? '')) ?? []) {
      if (r.unit === who.unit || overUnit.has(r.unit)) continue;
      const placed = allowed(r.unit);
      if (placed === null) continue;
      const { across, km } = placed;
      // The most service left first among those moved: a move is for years.
      const cost = -DEPUTY_WEIGHTS.move - (across ? DEPUTY_WEIGHTS.acrossPreferred : 0) - DEPUTY_WEIGHTS.perKm * (km ?? 0)
        + DEPUTY_WEIGHTS.perMonthLeft * Math.min(who.monthsLeft ?? 480, 480) / 4;
      // Kept first when few are kept: units whose pools are not over (an arrival there helps nothing).
      const intoOver = (poolsOf.get(r.unit) ?? []).some((i) => pools[i].excess > 0 && !pools[i].members.has(who.unit));
      options.push({ cost: cost - (intoOver ? 100 : 0), index: r.unit, value: { unit: r.unit, room: r.room, across, km, cost } });
    }
    return options;
  };
  // A large province would give every deputy thousands of units with room: each then keeps its best.
  const bounded = boundedOptions(candidates, optionsOf, state.units.length);
  bounded.each((who, _nth, _all, kept) => {
    const personRow = b.row(0, 1);
    const own: [number, number][] = [[personRow, 1]];
    if (unitRow.has(who.unit)) own.push([unitRow.get(who.unit) as number, 1]);
    if (who.canExit) {
      // The nearest to retirement first: the least service given up.
      b.column(-DEPUTY_WEIGHTS.exit - DEPUTY_WEIGHTS.perMonthLeft * (who.monthsLeft ?? 0), 0, 1, [...own, ...deltas(who.unit, null)]);
      columns.push({ who, to: null, across: false, km: null });
    }
    for (const { value: r } of kept) {
      let row = roomRow.get(r.unit);
      if (row === undefined) {
        row = b.row(0, r.room);
        roomRow.set(r.unit, row);
      }
      b.column(r.cost, 0, 1, [...own, [row, 1], ...deltas(who.unit, r.unit)]);
      columns.push({ who, to: r.unit, across: r.across, km: r.km });
    }
  });
  // The excess left in place, per unit and pool over a cap: allowed, at a cost above any action.
  const slack: { readonly kind: 'unit' | 'pool'; readonly index: number; readonly bound: number }[] = [];
  for (const [u, o] of overUnit) {
    b.column(-DEPUTY_WEIGHTS.over, 0, o.excess, [[unitRow.get(u) as number, 1]]);
    slack.push({ kind: 'unit', index: u, bound: o.excess });
  }
  pools.forEach((pool, i) => {
    if (pool.excess <= 0) return;
    b.column(-DEPUTY_WEIGHTS.over, 0, pool.excess, [[poolRow[i], 1]]);
    slack.push({ kind: 'pool', index: i, bound: pool.excess });
  });
  const model = b.build('maximize');
  const overBefore = [...overUnit.values()].reduce((a, o) => a + o.excess, 0) + pools.reduce((a, p) => a + p.excess, 0);

  const groupField = c.within ?? c.prefer;
  const decode = (solution: MipSolution): Suggestion => {
    const moves: SuggestedMove[] = [];
    let exits = 0;
    let acrossPreferred = 0;
    columns.forEach((col, j) => {
      if ((solution.values?.[j] ?? 0) < 0.5) return;
      const { p, unit: u } = col.who;
      const o = overUnit.get(u);
      const pool = (poolsOf.get(u) ?? []).map((i) => pools[i]).find((x) => x.excess > 0 && (col.to === null || !x.members.has(col.to)));
      const to = col.to;
      if (to === null) exits++;
      if (col.across) acrossPreferred++;
      const s = to === null ? null : series(to);
      moves.push({
        personId: p.id, name: p.name, title: p.posts[0]?.title ?? '', from: state.units[u].id, to: to === null ? null : state.units[to].id,
        action: to === null ? 'exit' : 'move',
        reason: {
          fromSurplus: 0, toShortage: 0, specialty: null, specialtyLacking: false,
          group: groupField === undefined || to === null ? null : { field: groupField, value: textOf(state.unitField(u, groupField)), same: !col.across },
          monthsLeft: col.who.monthsLeft,
          ...(c.coordinates !== undefined && to !== null ? { km: col.km } : {}),
          caps: {
            by: formatMonth(by), exitYears,
            unit: o ? { deputies: o.deputies, cap: o.cap } : null,
            pool: pool ? { name: pool.cap.name, group: pool.cap.groupBy === undefined ? null : pool.key, deputies: pool.deputies, allowed: pool.allowed } : null,
            to: s === null || to === null ? null : { deputies: s.deputies[tm], cap: s.deputyCap[tm] },
          },
        },
      });
    });
    moves.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.personId < b.personId ? -1 : 1));
    const unbalanced: UnbalancedUnit[] = [];
    let overAfter = 0;
    slack.forEach((sl, k) => {
      const left = Math.round(solution.values?.[columns.length + k] ?? sl.bound);
      overAfter += left;
      if (left <= 0) return;
      const params = { month: formatMonth(by), years: exitYears };
      if (sl.kind === 'unit') {
        const o = overUnit.get(sl.index) as Over;
        unbalanced.push({ unitId: state.units[sl.index].id, side: 'deputies', by: left, why: 'capsHeld', params: { ...params, ...o.held, deputies: o.deputies, cap: o.cap } });
      } else {
        const pool = pools[sl.index];
        unbalanced.push({
          unitId: pool.cap.groupBy === undefined ? pool.cap.name : `${pool.cap.name} — ${pool.key}`, side: 'pool', by: left, why: 'capsHeld',
          params: { ...params, ...pool.held, deputies: pool.deputies, cap: pool.allowed },
        });
      }
    });
    unbalanced.sort((a, b) => b.by - a.by || (a.unitId < b.unitId ? -1 : 1));
    return {
      mode: 'deputies', durationMonths: null, month: formatMonth(month), by: formatMonth(by), status: solution.status, gap: solution.gap,
      seconds: solution.seconds, moves, unbalanced,
      parts: { placed: moves.length - exits, exits, acrossPreferred, otherKind: 0, specialtyMatched: 0, deputiesOver: overAfter },
      before: { surplus: 0, shortage: 0, deputiesOver: overBefore },
      size: { variables: model.numCols, constraints: model.numRows, candidates: candidates.length },
      pruned: bounded.kept,
    };
  };
  return { model, decode };
}

function textOf(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}
