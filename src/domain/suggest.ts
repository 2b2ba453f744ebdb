import type { MipModel, MipSolution } from './mip';
import { boundedOptions, MipBuilder, type Option } from './mip';
import type { Role, Staffing } from './model';
import type { Month } from './month';
import { formatMonth, parseMonth } from './month';
import type { ScenarioResult } from './result';
import type { ExitOp, Filter, MoveOp, SecondmentOp } from './scenario';
import { prepareDeputyPlan } from './suggestDeputies';
import { matches, personField } from './selection';
import { resolveSettings, type PartialSettings } from './settings';
import { SimulationState, Status, type PersonState } from './state';
import { idKey, normalizeText } from './text';
import { placements } from './placement';

/**
 * Suggest a plan: which people to move (điều động) from units over their quota into units short of
 * it, under the planner's constraints, as an assignment solved exactly by a mixed-integer program.
 *
 * People of one origin unit who are alike for every constraint (the same specialty, when one is
 * asked for) are interchangeable, so the program counts them by class instead of naming them: a
 * variable is the number of people of a class sent to a destination. The matrix of such a
 * transportation problem is totally unimodular, so its relaxation is already integral, and a province
 * of 100,000 people has thousands of variables rather than millions. The people of each class are then
 * chosen in a stated order (the most years of service left first, then table order).
 *
 * Pure: the solver is passed in by the caller (src/app/solver.ts) as a model in, values out.
 */

export interface SuggestConstraints {
  /** Moves stay within a level (Tỉnh to Tỉnh, Xã to Xã). Default true. */
  readonly sameLevel?: boolean;
  /** A unit field moves may not cross (e.g. 'Huyện cũ': within the former district). */
  readonly within?: string;
  /** A unit field moves should not cross: crossing it costs, but is allowed when nothing else serves. */
  readonly prefer?: string;
  /** Moves preferably to a unit of the same kind (an office's staff to the same office elsewhere). Default true. */
  readonly preferSameKind?: boolean;
  /** No one within this many months of their last working month is moved. Default 12. */
  readonly minMonthsLeft?: number;
  /** At most this many people moved from one unit. */
  readonly maxFromUnit?: number;
  /** A person field (e.g. 'Vị trí việc làm'): people go preferably where no one has their value of it. */
  readonly specialty?: string;
  /**
   * A unit field of coordinates ('lat, lon'): destinations nearer are preferred (−1 per km), and with
   * `maxKm` none farther, nor any without coordinates, is allowed.
   */
  readonly coordinates?: string;
  readonly maxKm?: number;
  /** Who may be moved, by role. Default staff only: a head or deputy needs a post at the destination. */
  readonly roles?: readonly Role[];
  /** Who may be moved, as conditions on person fields (e.g. not those raising an infant). */
  readonly people?: readonly Filter[];
  /** Deputies: early retirement only for those at most this many years from retirement; default the settings' (10). */
  readonly exitMaxYearsLeft?: number;
  /** Deputies: a deputy moves only into a unit with free quota. Default true. */
  readonly keepQuota?: boolean;
  /** People never moved and units never touched, by id. */
  readonly lockedPeople?: readonly string[];
  /**
   * Set by suggestPlan, never by the planner (the request file's schema has no such field): the people
   * an earlier goal of the same plan placed, kept where it put them, and told apart from those locked.
   */
  readonly placedEarlier?: readonly string[];
  readonly excludedUnits?: readonly string[];
}

export interface SuggestRequest {
  /**
   * 'move' (điều động, for good: from units over their quota), 'secondment' (biệt phái for
   * `durationMonths`: from any unit of `from`, at most `maxFromUnit` each, 2 by default; the sender
   * keeps them on its quota), or 'deputies' (deputies within their caps by `by`: early retirement and
   * moves to units of the same kind with room). Default 'move'.
   */
  readonly mode?: SuggestMode;
  /** Deputies: 'YYYY-MM' by which the caps must hold; default the caps' deadline (the settings'). */
  readonly by?: string;
  /** Secondments: how long. Default 12. */
  readonly durationMonths?: number;
  /** 'YYYY-MM' the moves take effect; default the first simulated month. */
  readonly month?: string;
  /** Units people may come from, and go to (conditions on unit fields); default every unit. */
  readonly from?: readonly Filter[];
  readonly to?: readonly Filter[];
  readonly constraints?: SuggestConstraints;
}

/** Why one person is proposed: the figures and rules a planner checks. */
export interface MoveReason {
  /** The origin's people above its quota, and the destination's below, when the moves apply. */
  readonly fromSurplus: number;
  readonly toShortage: number;
  /** The `within` or `prefer` field and whether both units share its value (and which). */
  readonly group: { readonly field: string; readonly value: string | null; readonly same: boolean } | null;
  /** The person's `specialty` value, and whether the destination had no one with it. */
  readonly specialty: string | null;
  readonly specialtyLacking: boolean;
  readonly monthsLeft: number | null;
  /** Straight-line distance between the units, with `coordinates`. */
  readonly km?: number | null;
  /** Deputies: the caps the person's leaving brings back, at the deadline, in the run without the plan. */
  readonly caps?: CapReason;
}

export interface CapReason {
  readonly by: string;
  readonly exitYears: number;
  readonly unit: { readonly deputies: number; readonly cap: number } | null;
  readonly pool: { readonly name: string; readonly group: string | null; readonly deputies: number; readonly allowed: number } | null;
  /** A move's destination: its deputies and cap at the deadline before the move. */
  readonly to: { readonly deputies: number; readonly cap: number } | null;
}

export type SuggestMode = 'move' | 'secondment' | 'deputies';
export const SUGGEST_MODES: readonly SuggestMode[] = ['move', 'secondment', 'deputies'];

export interface SuggestedMove {
  readonly personId: string;
  readonly name: string;
  readonly title: string;
  readonly from: string;
  /** null: the person leaves (early retirement). */
  readonly to: string | null;
  readonly action: 'move' | 'secondment' | 'exit';
  readonly reason: MoveReason;
}

/**
 * A unit the proposal leaves out of balance, and why: `noEligible` (no one may come: the rule named),
 * `takenElsewhere` (those who may come went where they were needed as much), `noDestination` (no unit
 * short of people may take them), `destinationsFull` (those that may were filled), `maxFromUnit`, or
 * `noCandidates` (its people may not move: too near retirement, locked, or not of the roles moved).
 */
export interface UnbalancedUnit {
  readonly unitId: string;
  /** Over or under quota; a unit's deputies over its cap, or a pool's (then `unitId` names the pool). */
  readonly side: 'over' | 'under' | 'deputies' | 'pool';
  readonly by: number;
  readonly why: 'noEligible' | 'takenElsewhere' | 'noDestination' | 'destinationsFull' | 'maxFromUnit' | 'noCandidates' | 'capsHeld';
  readonly params: Readonly<Record<string, string | number>>;
}

export interface Suggestion {
  readonly mode: SuggestMode;
  /** Deputies: the month by which the caps hold. */
  readonly by?: string;
  /** Secondments: their length in months. */
  readonly durationMonths: number | null;
  readonly month: string;
  readonly status: MipSolution['status'];
  readonly gap: number | null;
  readonly seconds: number;
  readonly moves: readonly SuggestedMove[];
  readonly unbalanced: readonly UnbalancedUnit[];
  /** The objective in parts: people placed, moves across the `prefer` field, specialists sent where lacking. */
  readonly parts: {
    readonly placed: number; readonly acrossPreferred: number; readonly otherKind: number; readonly specialtyMatched: number;
    /** Deputies: early retirements, and deputies still over a cap (units' and pools' excess) at the deadline. */
    readonly exits?: number; readonly deputiesOver?: number;
  };
  /**
   * People over quota and places short, in the units considered: the most a plan could place is the
   * smaller. Deputies: their excess over the caps at the deadline without the plan.
   */
  readonly before: { readonly surplus: number; readonly shortage: number; readonly deputiesOver?: number };
  readonly size: { readonly variables: number; readonly constraints: number; readonly candidates: number };
  /**
   * Null, or how many options each class (or deputy) kept of more, in a province too large for every
   * option: the plan is then optimal among those kept (the best of each, by the objective).
   */
  readonly pruned: number | null;
  /** With `coordinates`: units considered whose coordinates are missing or unreadable. */
  readonly unlocated?: number;
}

/** The weights of the objective: placing a person outweighs every preference. */
export const WEIGHTS = { place: 1000, acrossPreferred: -300, otherKind: -50, specialtyLacking: 20, perKm: -1 } as const;

export interface PreparedSuggestion {
  readonly model: MipModel;
  /** Reads a solver's answer back as people, units and reasons. */
  decode(solution: MipSolution): Suggestion;
}

interface Origin {
  readonly unit: number;
  readonly surplus: number;
  /** Candidates by class key. */
  readonly classes: Map<string, PersonState[]>;
  excluded: { retiring: number; locked: number; placed: number; role: number };
}

/**
 * Where people may go: one unit short of people when specialties are compared (each unit has its own),
 * else every such unit alike for the rules (level, `within`, `prefer`, kind), as one: the program then
 * sends people to the group, and they are spread over its units, the shortest first.
 */
interface Destination {
  readonly units: { readonly unit: number; readonly shortage: number }[];
  readonly shortage: number;
  /** The unit whose fields stand for the group's. */
  readonly first: number;
  /** Values of the specialty field among the people there (one-unit destinations). */
  readonly has: Set<string>;
}

/**
 * The program for a request. `baseline` is the run without operations under the same settings: the
 * units' figures are read at the request's month from it, so retirements before then are counted.
 */
export function prepareSuggestion(
  staffing: Staffing, baseline: ScenarioResult, request: SuggestRequest, startMonth: string, settings?: PartialSettings,
): PreparedSuggestion {
  const resolved = resolveSettings(startMonth, settings);
  const start = parseMonth(resolved.startMonth) as Month;
  const month = parseMonth(request.month ?? resolved.startMonth) ?? start;
  const t = Math.min(Math.max(0, month - start), baseline.months.length - 1);
  const state = new SimulationState(staffing, resolved, start, 'SUGGEST');
  if (request.mode === 'deputies') return prepareDeputyPlan(state, resolved, baseline, request, start, month);
  const c = request.constraints ?? {};
  const seconding = request.mode === 'secondment';
  const duration = request.durationMonths ?? 12;
  // A secondment ends with a return: no one who would retire while away, whatever the floor asked.
  const minMonthsLeft = Math.max(c.minMonthsLeft ?? 12, seconding ? duration : 0);
  const roles = new Set<Role>(c.roles ?? ['staff']);
  const locked = new Set((c.lockedPeople ?? []).map(idKey));
  const placedEarlier = new Set((c.placedEarlier ?? []).map(idKey));
  const excluded = new Set((c.excludedUnits ?? []).map(idKey));
  const unitOk = (u: number, filters: readonly Filter[] | undefined): boolean =>
    !excluded.has(idKey(state.units[u].id)) && (filters ?? []).every((f) => matches(state.unitField(u, f.field), f));
  const figure = (u: number, metric: 'quota' | 'roster'): number => baseline.unitSeries[u]?.[metric][t] ?? 0;
  const rules = placements(state, c);
  const { field, seatOf } = rules;
  const specialtyOf = (p: PersonState): string | null => {
    if (c.specialty === undefined) return null;
    const v = personField(state, p, c.specialty, month);
    return v === null || v === '' ? null : String(v);
  };

  const located = c.coordinates !== undefined;
  const origins = new Map<number, Origin>();
  // A sender closed (merged, abolished) before the return has no post to return to.
  const closesBefore = (u: number): boolean => {
    const closed = baseline.units[u]?.closedFrom;
    return seconding && closed !== null && closed !== undefined && (parseMonth(closed) ?? Infinity) <= month + duration;
  };
  // A secondment leaves the sender's quota as it is: any unit may send, a few people each.
  const sendLimit = seconding ? c.maxFromUnit ?? 2 : c.maxFromUnit;
  const sameKind = (c.preferSameKind ?? true) && !seconding;
  const groups = new Map<string, Destination>();
  const destinations: Destination[] = [];
  const byUnit = new Map<number, Destination>();
  for (let u = 0; u < state.units.length; u++) {
    if (state.units[u].closedFrom !== null) continue;
    const gap = figure(u, 'roster') - figure(u, 'quota');
    if ((gap > 0 || seconding) && unitOk(u, request.from) && !closesBefore(u)) {
      origins.set(u, { unit: u, surplus: seconding ? Math.max(0, gap) : gap, classes: new Map(), excluded: { retiring: 0, locked: 0, placed: 0, role: 0 } });
    }
    if (gap >= 0 || !unitOk(u, request.to) || origins.has(u)) continue;
    const unit = state.units[u];
    // Specialties and distances differ unit by unit: each unit is a destination of its own.
    const key = c.specialty !== undefined || located ? `#${u}`
      : [unit.level, field(u, c.within), field(u, c.prefer), sameKind ? normalizeText(unit.kind ?? '') : ''].join('\u0000');
    let d = groups.get(key);
    if (!d) {
      d = { units: [], shortage: 0, first: u, has: new Set() };
      groups.set(key, d);
      destinations.push(d);
    }
    d.units.push({ unit: u, shortage: -gap });
    (d as { shortage: number }).shortage += -gap;
    byUnit.set(u, d);
  }
  let candidates = 0;
  for (const p of state.people) {
    if (p.status !== Status.Working) continue;
    // Still there at the month: not retired before it.
    if (p.lastMonth !== null && p.lastMonth < month) continue;
    const dest = byUnit.get(p.presentUnit);
    const value = specialtyOf(p);
    if (dest && value !== null) dest.has.add(normalizeText(value));
    const origin = origins.get(p.rosterUnit);
    if (!origin) continue;
    if (placedEarlier.has(idKey(p.id))) origin.excluded.placed++;
    else if (locked.has(idKey(p.id))) origin.excluded.locked++;
    else if (!roles.has(p.posts[0]?.role ?? 'staff')) origin.excluded.role++;
    else if (p.lastMonth !== null && p.lastMonth + 1 - month < minMonthsLeft) origin.excluded.retiring++;
    else if (!(c.people ?? []).every((f) => matches(personField(state, p, f.field, month), f))) origin.excluded.role++;
    else {
      const key = value ?? '';
      const list = origin.classes.get(key);
      if (list) list.push(p);
      else origin.classes.set(key, [p]);
      candidates++;
    }
  }

  // Rows: one per origin (no more than its surplus, nor maxFromUnit), per class, per destination.
  const b = new MipBuilder();
  const originRow = new Map<number, number>();
  for (const o of origins.values()) originRow.set(o.unit, b.row(0, seconding ? sendLimit ?? 2 : Math.min(o.surplus, sendLimit ?? Infinity)));
  const destRow = new Map<Destination, number>();
  for (const d of destinations) destRow.set(d, b.row(0, d.shortage));
  const columns: { origin: Origin; key: string; dest: Destination; across: boolean; otherKind: boolean; lacking: boolean; km: number | null }[] = [];
  const eligibleFor = new Map<Destination, number>();
  const reachable = new Map<number, number>();
  // The destinations a class's people may go to, with what each is worth to the objective.
  type Going = { d: Destination; across: boolean; otherKind: boolean; lacking: boolean; km: number | null };
  const optionsOf = ({ o, key }: { o: Origin; key: string }): Option<Going>[] => {
    const allowed = rules.from(o.unit);
    const kind = normalizeText(state.units[o.unit].kind ?? '');
    const options: Option<Going>[] = [];
    destinations.forEach((d, index) => {
      const placed = allowed(d.first);
      if (placed === null) return;
      const { across, km } = placed;
      const lacking = key !== '' && !d.has.has(normalizeText(key));
      const otherKind = sameKind && normalizeText(state.units[d.first].kind ?? '') !== kind;
      const cost = WEIGHTS.place + (across ? WEIGHTS.acrossPreferred : 0) + (otherKind ? WEIGHTS.otherKind : 0) + (lacking ? WEIGHTS.specialtyLacking : 0)
        + WEIGHTS.perKm * (km ?? 0);
      options.push({ cost, index, value: { d, across, otherKind, lacking, km } });
    });
    return options;
  };
  // A large province with destinations unit by unit (specialties, distances) would make more columns
  // than the solver holds: each class then keeps its best options, ties spread over the destinations.
  const classes = [...origins.values()].flatMap((o) => [...o.classes.keys()].map((key) => ({ o, key })));
  const bounded = boundedOptions(classes, optionsOf, destinations.length);
  bounded.each(({ o, key }, _nth, options, kept) => {
    const people = o.classes.get(key) as PersonState[];
    for (const { value: { d } } of options) eligibleFor.set(d, (eligibleFor.get(d) ?? 0) + people.length);
    reachable.set(o.unit, (reachable.get(o.unit) ?? 0) + options.length);
    if (kept.length === 0) return;
    const classRow = b.row(0, people.length);
    for (const { cost, value: { d, across, otherKind, lacking, km } } of kept) {
      const upper = Math.min(people.length, d.shortage, seconding ? sendLimit ?? 2 : o.surplus);
      b.column(cost, 0, upper, [[originRow.get(o.unit) as number, 1], [classRow, 1], [destRow.get(d) as number, 1]]);
      columns.push({ origin: o, key, dest: d, across, otherKind, lacking, km });
    }
  });
  const model = b.build('maximize');
  const before = {
    surplus: [...origins.values()].reduce((a, o) => a + o.surplus, 0),
    shortage: destinations.reduce((a, d) => a + d.shortage, 0),
  };

  const decode = (solution: MipSolution): Suggestion => {
    const moves: SuggestedMove[] = [];
    const sent = new Map<number, number>();
    const received = new Map<number, number>();
    const taken = new Map<string, number>();
    let acrossPreferred = 0;
    let otherKind = 0;
    let specialtyMatched = 0;
    columns.forEach((col, j) => {
      const n = Math.round(solution.values?.[j] ?? 0);
      if (n <= 0) return;
      // The people of the class in a stated order: the most service left first, then table order.
      const classKey = `${col.origin.unit}|${col.key}`;
      const order = col.origin.classes.get(col.key) as PersonState[];
      const first = taken.get(classKey) ?? 0;
      const people = [...order].sort((a, b) => (b.lastMonth ?? Infinity) - (a.lastMonth ?? Infinity) || a.index - b.index).slice(first, first + n);
      taken.set(classKey, first + n);
      sent.set(col.origin.unit, (sent.get(col.origin.unit) ?? 0) + n);
      if (col.across) acrossPreferred += n;
      if (col.otherKind) otherKind += n;
      if (col.lacking) specialtyMatched += n;
      const groupField = c.within ?? c.prefer;
      const groupValue = groupField === undefined ? null : state.unitField(col.origin.unit, groupField);
      for (const p of people) {
        // The unit of the group still the shortest of people, the first in table order on ties.
        let to = col.dest.units[0];
        for (const x of col.dest.units) if (x.shortage - (received.get(x.unit) ?? 0) > to.shortage - (received.get(to.unit) ?? 0)) to = x;
        received.set(to.unit, (received.get(to.unit) ?? 0) + 1);
        moves.push({
          personId: p.id, name: p.name, title: p.posts[0]?.title ?? '', from: state.units[col.origin.unit].id, to: state.units[to.unit].id,
          action: seconding ? 'secondment' : 'move',
          reason: {
            fromSurplus: col.origin.surplus, toShortage: to.shortage,
            group: groupField === undefined ? null : { field: groupField, value: groupValue === null ? null : String(groupValue), same: !col.across },
            specialty: col.key === '' ? null : col.key, specialtyLacking: col.lacking,
            monthsLeft: p.lastMonth === null ? null : p.lastMonth + 1 - month,
            ...(located ? { km: col.km } : {}),
          },
        });
      }
    });
    moves.sort((a, b) => ((a.to ?? '') < (b.to ?? '') ? -1 : (a.to ?? '') > (b.to ?? '') ? 1 : a.personId < b.personId ? -1 : 1));
    const unbalanced: UnbalancedUnit[] = [];
    for (const d of destinations) {
      const none = (eligibleFor.get(d) ?? 0) === 0;
      for (const x of d.units) {
        const by = x.shortage - (received.get(x.unit) ?? 0);
        if (by <= 0) continue;
        unbalanced.push({
          unitId: state.units[x.unit].id, side: 'under', by, why: none ? 'noEligible' : 'takenElsewhere',
          params: {
            level: state.units[x.unit].level, ...(c.sameLevel === false ? { anyLevel: 1 } : {}),
            ...(c.within ? { field: c.within, value: String(state.unitField(x.unit, c.within) ?? '') } : {}),
            ...(c.maxKm !== undefined ? { maxKm: c.maxKm } : {}),
          },
        });
      }
    }
    // A secondment's senders are not over quota: none is left out of balance.
    for (const o of seconding ? [] : origins.values()) {
      const by = o.surplus - (sent.get(o.unit) ?? 0);
      if (by <= 0) continue;
      const movable = [...o.classes.values()].reduce((a, l) => a + l.length, 0);
      // Everyone who may move has moved: the rest may not (too near retirement, locked, other roles).
      const why: UnbalancedUnit['why'] = (sent.get(o.unit) ?? 0) >= movable ? 'noCandidates'
        : (reachable.get(o.unit) ?? 0) === 0 ? 'noDestination'
          : sendLimit !== undefined && (sent.get(o.unit) ?? 0) >= sendLimit ? 'maxFromUnit'
            : 'destinationsFull';
      unbalanced.push({
        unitId: state.units[o.unit].id, side: 'over', by, why,
        params: {
          movable, retiring: o.excluded.retiring, locked: o.excluded.locked, placed: o.excluded.placed, role: o.excluded.role, minMonthsLeft,
          level: state.units[o.unit].level, ...(c.sameLevel === false ? { anyLevel: 1 } : {}),
        },
      });
    }
    unbalanced.sort((a, b) => b.by - a.by || (a.unitId < b.unitId ? -1 : 1));
    return {
      mode: seconding ? 'secondment' : 'move', durationMonths: seconding ? duration : null,
      month: formatMonth(month), status: solution.status, gap: solution.gap, seconds: solution.seconds, moves, unbalanced,
      parts: { placed: moves.length, acrossPreferred, otherKind, specialtyMatched }, before,
      size: { variables: model.numCols, constraints: model.numRows, candidates },
      pruned: bounded.kept,
      ...(located ? { unlocated: [...new Set([...origins.keys(), ...byUnit.keys()])].filter((u) => seatOf(u) === null).length } : {}),
    };
  };
  return { model, decode };
}

/** The moves as operations of a scenario: one per person, each with its reason in the note. */
export function suggestionOperations(suggestion: Suggestion, note: (move: SuggestedMove) => string): (MoveOp | SecondmentOp | ExitOp)[] {
  return suggestion.moves.map((m) => {
    const base = { month: suggestion.month, people: { ids: [m.personId] }, note: note(m) };
    if (m.to === null) return { type: 'exit', ...base, policy: 'earlyRetirement' };
    const common = { ...base, to: { unit: { ids: [m.to] } } };
    return m.action === 'secondment'
      ? { type: 'secondment', ...common, durationMonths: suggestion.durationMonths ?? 12 }
      : { type: 'move', ...common };
  });
}

/** The fields the requests name (unit fields, person fields) that the tables lack: they are refused with them. */
export function unknownSuggestFields(staffing: Staffing, requests: readonly SuggestRequest[], startMonth: string): string[] {
  const state = new SimulationState(staffing, resolveSettings(startMonth, undefined), parseMonth(startMonth) ?? 0, 'SUGGEST');
  const missing = requests.flatMap((request) => {
    const c = request.constraints ?? {};
    const unit = [...(request.from ?? []), ...(request.to ?? [])].map((f) => f.field)
      .concat([c.within, c.prefer, c.coordinates].filter((f): f is string => f !== undefined));
    const person = (c.people ?? []).map((f) => f.field).concat(c.specialty === undefined ? [] : [c.specialty]);
    return [...unit.filter((f) => !state.knowsField(f, 'unit')), ...person.filter((f) => !state.knowsField(f, 'person'))];
  });
  return [...new Set(missing)];
}
