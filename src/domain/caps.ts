import type { Issue } from './issues';
import type { Month } from './month';
import { formatMonth, parseMonth } from './month';
import type { SeriesRecorder } from './metrics';
import type { PoolResult } from './result';
import { matches } from './selection';
import { kindIn, type Settings } from './settings';
import type { SimulationState } from './state';

/**
 * Caps that bind a set of units rather than one: pooled averages (PooledCap) and a sub-unit's deputies
 * against its parent's. Both are read from the monthly figures after the run, and must hold by the
 * restructuring decision's month plus the grace period (NĐ 370/2025).
 */

/** The deadline of the caps: the decision's month plus the grace period; null without a decision month. */
export function capDeadline(settings: Pick<Settings, 'restructuringMonth' | 'mergeGraceMonths'>): Month | null {
  const m = parseMonth(settings.restructuringMonth);
  return m === null ? null : m + settings.mergeGraceMonths;
}

/** Open in month m: created by then and not yet closed. */
function openAt(state: SimulationState, u: number, m: Month): boolean {
  const unit = state.units[u];
  return (unit.openedFrom === null || unit.openedFrom <= m) && (unit.closedFrom === null || unit.closedFrom > m);
}

/**
 * The first month from which a series stays within its cap, when it was over in some month; null when
 * it never was over. 'never' when it is still over at the end.
 */
function compliance(over: (t: number) => boolean, T: number): { first: number; from: number | 'never' } | null {
  let first = -1;
  for (let t = 0; t < T; t++) if (over(t)) { first = t; break; }
  if (first < 0) return null;
  if (over(T - 1)) return { first, from: 'never' };
  let from = T - 1;
  while (from > 0 && !over(from - 1)) from--;
  return { first, from };
}

function pushIssue(issues: Issue[], code: Issue['code'], month: string, unitId: string | null, params: Issue['params']): void {
  issues.push({ severity: 'warning', code, month, operation: null, personId: null, unitId, params });
}

/** A pool of the settings' average caps: the cap, its group's value ('' without `groupBy`), its units. */
export interface PoolMembers {
  readonly cap: Settings['pooledCaps'][number];
  readonly key: string;
  readonly members: readonly number[];
}

/** The pools of the settings' average caps, with their units (every unit, open or not). */
export function poolMembers(state: SimulationState): PoolMembers[] {
  const pools: PoolMembers[] = [];
  for (const cap of state.settings.pooledCaps) {
    const fields = [...cap.units.map((f) => f.field), ...(cap.groupBy === undefined ? [] : [cap.groupBy])];
    // A workbook without such units or columns has no such pool.
    if (!fields.every((f) => state.knowsField(f, 'unit'))) continue;
    const groups = new Map<string, number[]>();
    state.units.forEach((_, u) => {
      if (!cap.units.every((f) => matches(state.unitField(u, f.field), f))) return;
      const key = cap.groupBy === undefined ? '' : String(state.unitField(u, cap.groupBy) ?? '');
      const list = groups.get(key);
      if (list) list.push(u);
      else groups.set(key, [u]);
    });
    for (const [key, members] of groups) pools.push({ cap, key, members });
  }
  return pools;
}

/**
 * Each pool's deputies and allowance, month by month (and before the reform), with a warning for each
 * pool over its allowance in some month: when it comes back within, against the deadline.
 */
export function pooledCaps(state: SimulationState, recorder: SeriesRecorder, before: SeriesRecorder, start: Month, T: number): { pools: PoolResult[]; issues: Issue[] } {
  const pools: PoolResult[] = [];
  const issues: Issue[] = [];
  const deadline = capDeadline(state.settings);
  for (const { cap, key, members } of poolMembers(state)) {
    const deputies = new Int32Array(T);
    const allowed = new Int32Array(T);
    const units = new Int32Array(T);
    for (let t = 0; t < T; t++) {
      let n = 0;
      let d = 0;
      for (const u of members) {
        if (!openAt(state, u, start + t)) continue;
        n++;
        d += recorder.value(u, 'deputies', t);
      }
      units[t] = n;
      deputies[t] = d;
      allowed[t] = Math.floor(cap.average * n + 1e-9);
    }
    let beforeUnits = 0;
    let beforeDeputies = 0;
    for (const u of members) {
      if (!state.units[u].inInput) continue;
      beforeUnits++;
      beforeDeputies += before.value(u, 'deputies', 0);
    }
    const group = cap.groupBy === undefined ? null : key;
    pools.push({
      name: cap.name, group, average: cap.average, units, deputies, allowed,
      before: { units: beforeUnits, deputies: beforeDeputies, allowed: Math.floor(cap.average * beforeUnits + 1e-9) },
    });
    const found = compliance((t) => deputies[t] > allowed[t], T);
    if (!found) continue;
    const params = {
      pool: cap.name, group: group ?? '', average: cap.average, deputies: deputies[found.first], allowed: allowed[found.first],
      deadline: deadline === null ? '' : formatMonth(deadline),
    };
    const month = formatMonth(start + found.first);
    if (found.from === 'never') pushIssue(issues, 'pooledCapNoProjection', month, null, params);
    else {
      const from = start + found.from;
      pushIssue(issues, deadline !== null && from > deadline ? 'pooledCapBeyondDeadline' : 'pooledCapExceeded', month, null, {
        ...params, compliantFrom: formatMonth(from),
      });
    }
  }
  return { pools, issues };
}

/**
 * Sub-units with more deputies than their parent in some month. Parents that are elected committees
 * (party and people's committees, by the settings' kinds) are left out: their deputies are elected
 * posts, not an agency's deputies.
 */
export function parentCaps(state: SimulationState, recorder: SeriesRecorder, start: Month, T: number): Issue[] {
  if (!state.settings.parentDeputyCap) return [];
  const issues: Issue[] = [];
  const committees = [...state.settings.partyCommitteeKinds, ...state.settings.peopleCommitteeKinds];
  const deadline = capDeadline(state.settings);
  state.units.forEach((unit, u) => {
    if (unit.parent === null) return;
    const p = state.unitById(unit.parent);
    if (p === undefined || p === u) return;
    if (kindIn(state.units[p].kind, committees)) return;
    const over = (t: number): boolean => openAt(state, u, start + t) && openAt(state, p, start + t)
      && recorder.value(u, 'deputies', t) > recorder.value(p, 'deputies', t);
    const found = compliance(over, T);
    if (!found) return;
    const params = {
      deputies: recorder.value(u, 'deputies', found.first), parentDeputies: recorder.value(p, 'deputies', found.first),
      parent: state.units[p].name, deadline: deadline === null ? '' : formatMonth(deadline),
    };
    const month = formatMonth(start + found.first);
    if (found.from === 'never') pushIssue(issues, 'deputiesAboveParentNoProjection', month, unit.id, params);
    else pushIssue(issues, 'deputiesAboveParent', month, unit.id, { ...params, compliantFrom: formatMonth(start + found.from) });
  });
  return issues;
}
