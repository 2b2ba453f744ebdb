import type { Gender, Role, Scalar, Staffing } from './model';
import type { Month } from './month';
import { formatMonth } from './month';
import type { Issue, IssueCode, Severity } from './issues';
import type { ChangeKind, PersonChange, PostRef } from './result';
import type { Settings } from './settings';
import { own } from './records';
import { lastWorkingMonth } from './retirement';
import { foldKey, idKey } from './text';

/**
 * The mutable state of one simulation run. Every change to a person goes through `update`, which takes
 * the person's contribution out of the per-unit counters, applies the change and puts it back: the
 * counters can then never drift from the people, and a month costs O(events + units), not O(people).
 */

export enum Status {
  Working = 0,
  Rotation = 1,
  Secondment = 2,
  WithoutPost = 3,
  Retired = 4,
}

/** A post held in the engine: unit by index. */
export interface HeldPost {
  unit: number;
  title: string;
  role: Role;
}

export interface Away {
  readonly kind: 'rotation' | 'secondment';
  readonly operation: number;
  /** Back (or settled) at the start of this month. */
  readonly endMonth: Month;
  /** Origin unit (index, kept current through mergers) and the post to return to. */
  origin: number;
  readonly originPost: { title: string; role: Role };
  readonly quotaAt: 'destination' | 'origin';
  readonly onReturn: 'origin' | 'sameLevelVacancy' | 'stay';
}

export interface PersonState {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly gender: Gender | null;
  readonly birthMonth: Month | null;
  /** Extra columns by header as written; look them up through `SimulationState.extraValue`. */
  readonly extra: Readonly<Record<string, Scalar>>;
  readonly hired: boolean;
  /** Titles held from the input as free text (no unit): count toward the titles limit. */
  readonly inputConcurrent: number;
  /** Last working month by the retirement rule (before the first month for someone retired from the start), or null. */
  readonly lastMonth: Month | null;
  /** The last working month is the table's own (a month of leaving), not the statutory one. */
  readonly ownLastMonth: boolean;
  status: Status;
  /** Whose quota counts the person (the last unit for someone without post, or before retiring). */
  rosterUnit: number;
  /** Where the person works; -1 when not working anywhere. */
  presentUnit: number;
  /** Posts held; the first is the primary one. */
  posts: HeldPost[];
  away: Away | null;
}

export interface UnitState {
  readonly index: number;
  readonly id: string;
  name: string;
  readonly level: string;
  kind: string | null;
  readonly locality: string | null;
  readonly parent: string | null;
  readonly extra: Readonly<Record<string, Scalar>>;
  readonly inInput: boolean;
  quota: number;
  deputyCap: number;
  closedFrom: Month | null;
  /** The month a unit the scenario creates (a merged unit) starts; null for the input's units. */
  readonly openedFrom: Month | null;
  mergedInto: number;
  /** Posts left by people, reused as the titles of hires; a stack. */
  readonly vacatedPosts: { title: string; role: Role }[];
  /** How many of those are head posts: looked up every month for each unit without a head. */
  vacatedHeads: number;
  /** Months in which the unit's current vacancies opened (for hiring with a lag). */
  readonly vacancyOpened: Month[];
  /** The month its head post, vacated in the run, became empty; null while it has a head (hiring `fill`). */
  headEmptySince: Month | null;
}

/** Per-unit counters kept in step with the people by `update`. */
export interface Counters {
  roster: Int32Array;
  present: Int32Array;
  heads: Int32Array;
  deputies: Int32Array;
  multiTitle: Int32Array;
  withoutPost: Int32Array;
  secondedOut: Int32Array;
  secondedIn: Int32Array;
}

/** Events counted in the current month, per unit. */
export interface Flows {
  rotationsOut: Int32Array;
  rotationsIn: Int32Array;
  returns: Int32Array;
  returnConflicts: Int32Array;
  retirements: Int32Array;
  exits: Int32Array;
  hires: Int32Array;
}

/** Built-in fields, folded, as `unitField` and `personField` read them. */
const UNIT_FIELDS = new Set([
  'id', 'name', 'level', 'kind', 'locality', 'parent', 'quota', 'deputycap', 'roster', 'present', 'vacancies', 'surplus', 'deputies',
]);
const PERSON_FIELDS = new Set(['id', 'name', 'title', 'role', 'gender', 'age', 'birthyear', 'yearstoretirement']);

const COUNTER_KEYS = ['roster', 'present', 'heads', 'deputies', 'multiTitle', 'withoutPost', 'secondedOut', 'secondedIn'] as const;
const FLOW_KEYS = ['rotationsOut', 'rotationsIn', 'returns', 'returnConflicts', 'retirements', 'exits', 'hires'] as const;

/**
 * The titles a person holds: their posts, less the origin post kept for them while rotated with the
 * quota counted at the origin (a post reserved for their return, not a second title held).
 */
export function heldTitles(p: PersonState): number {
  return p.status === Status.Rotation && p.away?.quotaAt === 'origin' && p.posts.length >= 2 ? p.posts.length - 1 : p.posts.length;
}

function grow(a: Int32Array, size: number): Int32Array {
  if (a.length >= size) return a;
  const b = new Int32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}


/** The headers of the tables' extra columns: filters may write 'huyen' for 'Huyện'. */
interface ExtraHeaders {
  /** Each folded header's header as written (a unit column's first, then a person column's). */
  readonly byFolded: ReadonlyMap<string, string>;
  /** The folded headers of the unit table's and of the people table's extra columns. */
  readonly unit: ReadonlySet<string>;
  readonly person: ReadonlySet<string>;
}

/** What `make` gives for a staffing, made once: every scenario of a run reads the same tables. */
function perStaffing<V>(cache: WeakMap<Staffing, V>, staffing: Staffing, make: (staffing: Staffing) => V): V {
  let found = cache.get(staffing);
  if (found === undefined) cache.set(staffing, (found = make(staffing)));
  return found;
}

const HEADERS = new WeakMap<Staffing, ExtraHeaders>();

function learnHeaders(staffing: Staffing): ExtraHeaders {
  const byFolded = new Map<string, string>();
  const learn = (records: readonly { readonly extra: Readonly<Record<string, Scalar>> }[]): Set<string> => {
    const folded = new Set<string>();
    for (const record of records) {
      for (const header of Object.keys(record.extra)) {
        const key = foldKey(header);
        if (!byFolded.has(key)) byFolded.set(key, header);
        folded.add(key);
      }
    }
    return folded;
  };
  const unit = learn(staffing.units);
  return { byFolded, unit, person: learn(staffing.people) };
}

/**
 * The input's people by idKey of their id, the first of an id kept: their indexes are the same in
 * every run, as they are added first and in order. Made on first use (most runs never look a person
 * up by id) and once per staffing (the map of every person was a tenth of a run that did).
 */
const INPUT_IDS = new WeakMap<Staffing, Map<string, number>>();

function mapInputIds(staffing: Staffing): Map<string, number> {
  const ids = new Map<string, number>();
  for (const [index, p] of staffing.people.entries()) {
    const key = idKey(p.id);
    if (!ids.has(key)) ids.set(key, index);
  }
  return ids;
}

export class SimulationState {
  readonly units: UnitState[] = [];
  readonly people: PersonState[] = [];
  /** Units by idKey of their id: scenarios name units as the planner types them ('ｈ01' finds 'H01'). */
  private readonly unitKeys = new Map<string, number>();
  /** The same, by id exactly as written: most lookups need no normalising (a person per unit id). */
  private readonly unitIds = new Map<string, number>();
  /** The input: the lookups made once for all its runs (headers, people by id) are kept by it. */
  private readonly staffing: Staffing;
  /** The people hired in this run, by idKey of their id. */
  private readonly hiredIds = new Map<string, number>();
  counters: Counters;
  flows: Flows;
  /** People holding two or more posts (where power concentration can arise). */
  readonly multiPosted = new Set<number>();
  readonly changes: PersonChange[] = [];
  readonly issues: Issue[] = [];
  /** Returns and ends of secondment, by month. */
  readonly awayEnds = new Map<Month, number[]>();
  /** Retirements by last working month. */
  readonly retiring = new Map<Month, number[]>();
  /** Input people whose post an operation changed. */
  readonly postChanged = new Set<number>();
  /** The extra columns' headers, by folded name. */
  private readonly headers: ExtraHeaders;
  private hireSeq = 0;
  month: Month;

  constructor(staffing: Staffing, readonly settings: Settings, start: Month, readonly code: string) {
    this.month = start;
    this.staffing = staffing;
    this.headers = perStaffing(HEADERS, staffing, learnHeaders);
    for (const u of staffing.units) {
      this.addUnit({
        id: u.id, name: u.name, level: u.level, kind: u.kind, locality: u.locality, parent: u.parent,
        extra: u.extra, inInput: true, quota: u.quota,
        deputyCap: u.deputyCap ?? own(settings.deputyCapByLevel, u.level) ?? settings.deputyCapDefault,
      });
    }
    this.counters = this.emptyCounters(this.units.length);
    this.flows = this.emptyFlows(this.units.length);
    // Indexed loops here and in `attach`: every person of the input, in every run. (The CLI runs
    // without V8's inlining, where a for-of makes an object for each step.)
    for (let i = 0; i < staffing.people.length; i++) {
      const p = staffing.people[i];
      const unit = this.unitById(p.unitId);
      if (unit === undefined) throw new Error(`Person ${p.id} refers to unknown unit ${p.unitId}: validate the input first`);
      const posts: HeldPost[] = [{ unit, title: p.title, role: p.role }];
      this.addPerson({
        id: p.id, name: p.name, gender: p.gender, birthMonth: p.birthMonth, extra: p.extra,
        hired: false, inputConcurrent: p.concurrentTitles.length, posts, unit, leavesFrom: p.leavesFrom ?? null,
      });
    }
  }

  /** Whether filters and rules can read this field of a unit (or, with 'person', of a person). */
  knowsField(field: string, of: 'unit' | 'person'): boolean {
    const key = foldKey(field);
    if (of === 'person') {
      if (key.startsWith('unit.')) return this.knowsField(field.slice(field.indexOf('.') + 1), 'unit');
      return PERSON_FIELDS.has(key) || this.headers.person.has(key);
    }
    return UNIT_FIELDS.has(key) || this.headers.unit.has(key);
  }

  /** An extra column's value by folded header. */
  extraValue(extra: Readonly<Record<string, Scalar>>, foldedHeader: string): Scalar {
    const header = this.headers.byFolded.get(foldedHeader);
    return header === undefined ? null : own(extra, header) ?? null;
  }

  private emptyCounters(n: number): Counters {
    return Object.fromEntries(COUNTER_KEYS.map((k) => [k, new Int32Array(n)])) as unknown as Counters;
  }

  private emptyFlows(n: number): Flows {
    return Object.fromEntries(FLOW_KEYS.map((k) => [k, new Int32Array(n)])) as unknown as Flows;
  }

  resetFlows(): void {
    for (const k of FLOW_KEYS) this.flows[k].fill(0);
  }

  addUnit(u: {
    id: string; name: string; level: string; kind: string | null; locality: string | null; parent: string | null;
    extra: Readonly<Record<string, Scalar>>; inInput: boolean; quota: number; deputyCap: number;
  }): number {
    const index = this.units.length;
    // An explicit literal, not a spread: every unit then shares one hidden class, which keeps the
    // monthly pass over all units fast (spread copies each got a shape of their own).
    this.units.push({
      index, id: u.id, name: u.name, level: u.level, kind: u.kind, locality: u.locality, parent: u.parent,
      extra: u.extra, inInput: u.inInput, quota: u.quota, deputyCap: u.deputyCap,
      closedFrom: null, openedFrom: u.inInput ? null : this.month, mergedInto: -1, vacatedPosts: [], vacatedHeads: 0, vacancyOpened: [], headEmptySince: null,
    });
    // The first unit of an id keeps it (the tables report a second one as a duplicate).
    const key = idKey(u.id);
    if (!this.unitKeys.has(key)) this.unitKeys.set(key, index);
    if (!this.unitIds.has(u.id)) this.unitIds.set(u.id, this.unitKeys.get(key) as number);
    if (this.counters) {
      for (const k of COUNTER_KEYS) this.counters[k] = grow(this.counters[k], index + 1);
      for (const k of FLOW_KEYS) this.flows[k] = grow(this.flows[k], index + 1);
    }
    return index;
  }

  private addPerson(p: {
    id: string; name: string; gender: Gender | null; birthMonth: Month | null; extra: Readonly<Record<string, Scalar>>;
    hired: boolean; inputConcurrent: number; posts: HeldPost[]; unit: number; leavesFrom?: Month | null;
  }): PersonState {
    const { retirement } = this.settings;
    // A month of leaving the table gives is decided: it applies whether or not the statutory rule does.
    const own = p.leavesFrom ?? null;
    const lastMonth = own !== null
      ? own - 1
      : retirement.enabled && p.birthMonth !== null && p.gender !== null
        ? lastWorkingMonth(retirement.table, p.birthMonth, p.gender)
        : null;
    // Past the age before the first month: retired in every month, counted in none. (People of the
    // input are added before the first month; hires, later, have no birth month.)
    const retiredBefore = lastMonth !== null && lastMonth < this.month;
    const person: PersonState = {
      index: this.people.length, id: p.id, name: p.name, gender: p.gender, birthMonth: p.birthMonth,
      extra: p.extra, hired: p.hired, inputConcurrent: p.inputConcurrent, lastMonth, ownLastMonth: own !== null,
      status: retiredBefore ? Status.Retired : Status.Working, rosterUnit: p.unit,
      presentUnit: retiredBefore ? -1 : p.unit, posts: p.posts, away: null,
    };
    this.people.push(person);
    if (p.hired && !this.hiredIds.has(idKey(p.id))) this.hiredIds.set(idKey(p.id), person.index);
    this.attach(person, 1);
    if (retiredBefore) {
      // Their posts were left before the start: a hire takes their titles.
      for (const post of person.posts) this.vacate(post);
      if (own !== null) this.report('warning', 'leftBeforeStart', null, { person, unit: p.unit }, { leavesFrom: formatMonth(own) });
      else {
        this.report('warning', 'retiredBeforeStart', null, { person, unit: p.unit }, {
          lastMonth: formatMonth(lastMonth), born: formatMonth(p.birthMonth as Month),
        });
      }
    } else if (lastMonth !== null) pushTo(this.retiring, lastMonth, person.index);
    return person;
  }

  /** Adds (sign 1) or removes (sign -1) a person's contribution to the unit counters. */
  private attach(p: PersonState, sign: 1 | -1): void {
    if (p.status === Status.Retired) return;
    const c = this.counters;
    c.roster[p.rosterUnit] += sign;
    if (p.presentUnit >= 0) c.present[p.presentUnit] += sign;
    for (let i = 0; i < p.posts.length; i++) {
      const post = p.posts[i];
      if (post.role === 'head') c.heads[post.unit] += sign;
      else if (post.role === 'deputy') c.deputies[post.unit] += sign;
    }
    const held = heldTitles(p);
    if (held + p.inputConcurrent >= 2) c.multiTitle[p.posts[0]?.unit ?? p.rosterUnit] += sign;
    if (p.status === Status.WithoutPost) c.withoutPost[p.rosterUnit] += sign;
    if (p.status === Status.Secondment) {
      c.secondedOut[p.rosterUnit] += sign;
      c.secondedIn[p.presentUnit] += sign;
    }
    if (held >= 2) {
      if (sign > 0) this.multiPosted.add(p.index);
      else this.multiPosted.delete(p.index);
    }
  }

  /** The only way to change a person: keeps the counters exact. */
  update(p: PersonState, change: (p: PersonState) => void): void {
    this.attach(p, -1);
    change(p);
    this.attach(p, 1);
  }

  hire(unit: number, post: { title: string; role: Role }): PersonState {
    this.hireSeq++;
    const id = `${this.code}-TM${String(this.hireSeq).padStart(4, '0')}`;
    const person = this.addPerson({
      // The input's people's fields, in their order: both make objects of one shape.
      id, name: '', gender: null, birthMonth: null, extra: {}, hired: true, inputConcurrent: 0,
      posts: [{ unit, title: post.title, role: post.role }], unit, leavesFrom: null,
    });
    this.flows.hires[unit]++;
    this.recordChange(person, 'hired', null, this.postRef(person.posts[0]), null, null);
    return person;
  }

  // ---- queries -------------------------------------------------------------------------------

  /** The index of a person (of the input, or hired in this run) by id, compared by idKey. */
  personById(id: string): number | undefined {
    const key = idKey(id);
    // The input's people come first (an id also given to a hire finds the input's person).
    return perStaffing(INPUT_IDS, this.staffing, mapInputIds).get(key) ?? this.hiredIds.get(key);
  }

  /** The index of a unit (of the input, or created by a merger) by id, compared by idKey. */
  unitById(id: string): number | undefined {
    return this.unitIds.get(id) ?? this.unitKeys.get(idKey(id));
  }

  vacancies(u: number): number {
    return this.units[u].quota - this.counters.roster[u];
  }

  isOpen(u: number): boolean {
    return this.units[u].closedFrom === null;
  }

  /** Follows mergers to the unit that now exists; -1 if it was abolished. */
  current(u: number): number {
    let x = u;
    while (this.units[x].mergedInto >= 0) x = this.units[x].mergedInto;
    return this.isOpen(x) ? x : -1;
  }

  /** Whether the post of this role is free in the unit (a head post when there is no head, etc.). */
  postFree(u: number, role: Role): boolean {
    if (role === 'head') return this.counters.heads[u] === 0;
    if (role === 'deputy') return this.counters.deputies[u] < this.units[u].deputyCap;
    return true;
  }

  postRef(post: HeldPost | undefined): PostRef | null {
    return post ? { unitId: this.units[post.unit].id, title: post.title, role: post.role } : null;
  }

  /** A field of a unit for filters and grouping: the unit's own fields, else an extra column. */
  unitField(u: number, field: string): Scalar {
    const unit = this.units[u];
    switch (foldKey(field)) {
      case 'id': return unit.id;
      case 'name': return unit.name;
      case 'level': return unit.level;
      case 'kind': return unit.kind;
      case 'locality': return unit.locality;
      case 'parent': return unit.parent;
      case 'quota': return unit.quota;
      case 'deputycap': return unit.deputyCap;
      // As they stand when the operation applies: "from units above quota" is a rule on these.
      case 'roster': return this.counters.roster[u];
      case 'present': return this.counters.present[u];
      case 'vacancies': return Math.max(0, this.vacancies(u));
      case 'surplus': return Math.max(0, -this.vacancies(u));
      case 'deputies': return this.counters.deputies[u];
      default: return this.extraValue(unit.extra, foldKey(field));
    }
  }

  // ---- placements ---------------------------------------------------------------------------

  /** Remembers a post left in a unit, so a later hire takes that title. */
  vacate(post: HeldPost | undefined): void {
    if (!post) return;
    const unit = this.units[post.unit];
    unit.vacatedPosts.push({ title: post.title, role: post.role });
    if (post.role === 'head') unit.vacatedHeads++;
  }

  /** Puts a person to work in one post (ending any absence); the previous posts are vacated. */
  place(p: PersonState, post: HeldPost): void {
    const previous = p.posts;
    this.update(p, (x) => {
      x.status = Status.Working;
      x.rosterUnit = post.unit;
      x.presentUnit = post.unit;
      x.posts = [post];
      x.away = null;
    });
    for (const old of previous) if (old.unit !== post.unit || old.role !== post.role) this.vacate(old);
  }

  /** Leaves a person without post, on the roster of `unit` (their last unit), which shows surplus. */
  unpost(p: PersonState, unit: number): void {
    const previous = p.posts;
    this.update(p, (x) => {
      x.status = Status.WithoutPost;
      x.rosterUnit = unit;
      x.presentUnit = -1;
      x.posts = [];
      x.away = null;
    });
    for (const old of previous) this.vacate(old);
  }

  /** The open unit of a level with the most free quota (same locality first), or -1. */
  vacancyAtLevel(level: string, locality: string | null, exclude: number): number {
    let best = -1;
    let bestKey = 0;
    for (const unit of this.units) {
      if (unit.index === exclude || unit.closedFrom !== null || unit.level !== level) continue;
      const free = this.vacancies(unit.index);
      if (free <= 0) continue;
      // Same locality outranks any number of free posts elsewhere.
      const key = free + (locality !== null && unit.locality === locality ? 1e6 : 0);
      if (key > bestKey) {
        best = unit.index;
        bestKey = key;
      }
    }
    return best;
  }

  // ---- recording -------------------------------------------------------------------------------

  /**
   * A person leaves for good (a retirement, an exit): counted nowhere from now, any absence ended,
   * every post held freed, and the change recorded.
   */
  depart(p: PersonState, kind: 'retired' | 'exited', operation: number | null, detail: string | null): void {
    const from = this.postRef(p.posts[0]);
    const posts = p.posts;
    this.update(p, (x) => {
      x.status = Status.Retired;
      x.presentUnit = -1;
      x.away = null;
    });
    for (const post of posts) this.vacate(post);
    this.recordChange(p, kind, from, null, operation, detail);
  }

  recordChange(
    p: PersonState, kind: ChangeKind, from: PostRef | null, to: PostRef | null,
    operation: number | null, detail: string | null,
  ): void {
    this.changes.push({ personId: p.id, name: p.name, month: formatMonth(this.month), kind, from, to, operation, detail });
    if (!p.hired && kind !== 'retired' && kind !== 'exited' && kind !== 'hired') this.postChanged.add(p.index);
  }

  report(
    severity: Severity, code: IssueCode, operation: number | null,
    refs: { person?: PersonState; unit?: number } = {}, params: Record<string, string | number> = {},
  ): void {
    this.issues.push({
      severity, code, month: formatMonth(this.month), operation,
      personId: refs.person?.id ?? null,
      unitId: refs.unit !== undefined && refs.unit >= 0 ? this.units[refs.unit].id : null,
      params,
    });
  }

  scheduleAwayEnd(month: Month, person: number): void {
    pushTo(this.awayEnds, month, person);
  }
}

function pushTo(map: Map<Month, number[]>, key: Month, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}


/**
 * The engine's self-check: each person is in exactly one consistent state, and the unit counters equal
 * a recount from the people. Throws on the first mismatch; used by the property tests.
 */
export function auditState(state: SimulationState): void {
  const fresh = {
    roster: new Int32Array(state.units.length), present: new Int32Array(state.units.length),
    heads: new Int32Array(state.units.length), deputies: new Int32Array(state.units.length),
  };
  for (const p of state.people) {
    const where = `${p.id} in ${formatMonth(state.month)}`;
    const working = p.status === Status.Working;
    const away = p.status === Status.Rotation || p.status === Status.Secondment;
    if (p.status === Status.Retired) continue;
    if (p.rosterUnit < 0 || p.rosterUnit >= state.units.length) throw new Error(`No roster unit: ${where}`);
    if (working && (p.presentUnit !== p.rosterUnit || p.posts.length === 0 || p.away !== null)) throw new Error(`Inconsistent working state: ${where}`);
    if (away && (p.away === null || p.presentUnit < 0 || p.away.kind !== (p.status === Status.Rotation ? 'rotation' : 'secondment'))) throw new Error(`Inconsistent absence: ${where}`);
    if (p.status === Status.WithoutPost && (p.presentUnit !== -1 || p.posts.length > 0)) throw new Error(`Inconsistent without post: ${where}`);
    fresh.roster[p.rosterUnit]++;
    if (p.presentUnit >= 0) fresh.present[p.presentUnit]++;
    for (const post of p.posts) {
      if (post.role === 'head') fresh.heads[post.unit]++;
      if (post.role === 'deputy') fresh.deputies[post.unit]++;
    }
  }
  for (const key of ['roster', 'present', 'heads', 'deputies'] as const) {
    for (let u = 0; u < state.units.length; u++) {
      if (fresh[key][u] !== state.counters[key][u]) {
        throw new Error(`Counter ${key} of ${state.units[u].id} is ${state.counters[key][u]}, recount ${fresh[key][u]} in ${formatMonth(state.month)}`);
      }
    }
  }
  for (const unit of state.units) {
    const heads = unit.vacatedPosts.filter((post) => post.role === 'head').length;
    if (heads !== unit.vacatedHeads) throw new Error(`Vacated heads of ${unit.id}: ${unit.vacatedHeads}, recount ${heads} in ${formatMonth(state.month)}`);
  }
}
