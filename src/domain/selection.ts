import type { Role, Scalar } from './model';
import type { Month } from './month';
import { yearOf } from './month';
import { inferRole } from './roles';
import type { Filter, PersonSelector, PostMatch, PostTarget, UnitSelector } from './scenario';
import type { HeldPost, PersonState, SimulationState } from './state';
import { Status } from './state';
import { foldKey, foldText, idKey, normalizeText } from './text';

/** Resolving the single and rule forms of operations against the state of the month. */

function asNumber(v: Scalar): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return null;
}

/** How text is compared: ids by idKey (NFKC), everything else by normalizeText. */
type TextKey = (text: string) => string;

/** Fields holding ids, folded: a filter on them compares as ids do everywhere else. */
const ID_FIELDS = new Set(['id', 'parent', 'unit.id', 'unit.parent']);

/** Built-in fields whose values are numbers (folded, a unit's also through a person's 'unit.'). */
const NUMBER_UNIT_FIELDS = ['quota', 'deputycap', 'roster', 'present', 'vacancies', 'surplus', 'deputies'];
const NUMBER_FIELDS = new Set(['age', 'birthyear', 'yearstoretirement', ...NUMBER_UNIT_FIELDS, ...NUMBER_UNIT_FIELDS.map((f) => `unit.${f}`)]);

/**
 * Whether a rule compares a built-in number field with a value that is not a number: 'age > "năm
 * mươi"' would order the ages as text and select nobody, without a word.
 */
export function numberComparedWithText(filter: { readonly field: string; readonly op?: string; readonly value: unknown }): boolean {
  if (filter.op !== 'gt' && filter.op !== 'gte' && filter.op !== 'lt' && filter.op !== 'lte') return false;
  if (!NUMBER_FIELDS.has(foldKey(filter.field))) return false;
  return typeof filter.value === 'string' && asNumber(filter.value) === null;
}

/** A value compared against others: itself, as a number where it is one, as text. */
interface Wanted {
  readonly value: Scalar;
  readonly number: number | null;
  readonly text: string;
}

function wanted(value: Scalar, text: TextKey): Wanted {
  return { value, number: asNumber(value), text: text(String(value)) };
}

/**
 * Whether `value` is one of `among`: null only as null; as numbers where both are numbers
 * ('05' is 5); else as text, by `text`. Each wanted value is prepared once, for every value tested.
 */
function isAmong(value: Scalar, among: readonly Wanted[], text: TextKey): boolean {
  if (value === null) return among.some((w) => w.value === null);
  const n = asNumber(value);
  let t: string | null = null;
  for (const w of among) {
    if (w.value === null) continue;
    if (n !== null && w.number !== null ? n === w.number : (t ??= text(String(value))) === w.text) return true;
  }
  return false;
}

export function matches(value: Scalar, filter: Filter): boolean {
  let test = TESTS.get(filter);
  if (test === undefined) TESTS.set(filter, (test = filterTest(filter)));
  return test(value);
}

/** Each filter's test, made once: a scenario's filters are tested against every unit of every month. */
const TESTS = new WeakMap<Filter, (value: Scalar) => boolean>();

/**
 * A filter as a test of values, what `matches` does with the filter's own values read once: rules
 * test every person of a province, and each test normalised the same wanted text again.
 */
export function filterTest(filter: Filter): (value: Scalar) => boolean {
  const values = filter.value;
  const list = Array.isArray(values) ? (values as readonly Scalar[]) : [values as Scalar];
  const text: TextKey = ID_FIELDS.has(foldKey(filter.field)) ? idKey : normalizeText;
  const all = list.map((w) => wanted(w, text));
  // list[0] as written, even where the list is empty (an empty 'eq' compares with undefined).
  const first = all[0] ?? wanted(list[0], text);
  /** The value against list[0]: as numbers where both are numbers, else as text; null against null. */
  const order = (value: Scalar): number | null => {
    if (value === null || first.value === null) return null;
    const n = asNumber(value);
    if (n !== null && first.number !== null) return n - first.number;
    const t = text(String(value));
    return t < first.text ? -1 : t > first.text ? 1 : 0;
  };
  const one = [first];
  switch (filter.op ?? (Array.isArray(values) ? 'in' : 'eq')) {
    case 'eq': return (value) => isAmong(value, one, text);
    case 'ne': return (value) => !isAmong(value, one, text);
    case 'in': return (value) => isAmong(value, all, text);
    case 'notIn': return (value) => !isAmong(value, all, text);
    case 'contains': return (value) => value !== null && text(String(value)).includes(first.text);
    case 'startsWith': return (value) => value !== null && text(String(value)).startsWith(first.text);
    case 'gt': return (value) => { const c = order(value); return c !== null && c > 0; };
    case 'gte': return (value) => { const c = order(value); return c !== null && c >= 0; };
    case 'lt': return (value) => { const c = order(value); return c !== null && c < 0; };
    case 'lte': return (value) => { const c = order(value); return c !== null && c <= 0; };
  }
}

const GENDER_TEXT = { M: 'Nam', F: 'Nữ' } as const;

/** A person field for filters at month m. */
export function personField(state: SimulationState, p: PersonState, field: string, m: Month): Scalar {
  return fieldOf(state, p, foldKey(field), field, m);
}

/** `personField` with the field's folded key worked out by the caller, once for every person. */
function fieldOf(state: SimulationState, p: PersonState, key: string, field: string, m: Month): Scalar {
  if (key.startsWith('unit.')) return state.unitField(p.rosterUnit, field.slice(field.indexOf('.') + 1));
  const post = p.posts[0];
  switch (key) {
    case 'id': return p.id;
    case 'name': return p.name;
    case 'title': return post?.title ?? null;
    case 'role': return post?.role ?? null;
    case 'gender': return p.gender === null ? null : GENDER_TEXT[p.gender];
    case 'age': return p.birthMonth === null ? null : Math.floor((m - p.birthMonth) / 12);
    case 'birthyear': return p.birthMonth === null ? null : yearOf(p.birthMonth);
    case 'yearstoretirement': return p.lastMonth === null ? null : Math.floor((p.lastMonth + 1 - m) / 12);
    default: return state.extraValue(p.extra, key);
  }
}

/** Gender filters accept Nam/Nữ/M/F alike. */
function normalizeFilter(f: Filter): Filter {
  if (foldKey(f.field) !== 'gender') return f;
  const fix = (v: Scalar): Scalar => {
    const t = typeof v === 'string' ? foldText(v) : v;
    if (t === 'm' || t === 'nam' || t === 'male') return 'Nam';
    if (t === 'f' || t === 'nu' || t === 'female') return 'Nữ';
    return v;
  };
  return { ...f, value: Array.isArray(f.value) ? (f.value as Scalar[]).map(fix) : fix(f.value as Scalar) };
}

export interface Resolved<T> {
  readonly items: T[];
  /** Ids given in the single form that do not exist. */
  readonly unknown: string[];
  /** Ids of units that existed but were abolished before the operation. */
  readonly closed?: string[];
  /** Fields named in the rule form that neither table has. */
  readonly unknownFields?: string[];
  /** Units named by id that were merged earlier, and the unit acted on instead. */
  readonly merged?: readonly { readonly id: string; readonly into: string }[];
}

function unknownFields(state: SimulationState, fields: readonly (string | undefined)[], of: 'unit' | 'person'): string[] {
  return fields.filter((f): f is string => f !== undefined && !state.knowsField(f, of));
}

/**
 * Open units selected; ids of merged units resolve to the unit they were merged into, and are listed
 * in `merged` with it, so that the operation can say which unit it now acts on.
 */
export function selectUnits(state: SimulationState, selector: UnitSelector): Resolved<number> {
  if ('ids' in selector) {
    const items: number[] = [];
    const unknown: string[] = [];
    const closed: string[] = [];
    const merged: { id: string; into: string }[] = [];
    for (const id of selector.ids) {
      const u = state.unitById(id);
      if (u === undefined) unknown.push(id);
      else {
        const c = state.current(u);
        if (c < 0) closed.push(id);
        else {
          if (c !== u) merged.push({ id, into: state.units[c].id });
          if (!items.includes(c)) items.push(c);
        }
      }
    }
    return { items, unknown, closed, merged };
  }
  const items: number[] = [];
  const missing = unknownFields(state, selector.where.map((f) => f.field), 'unit');
  if (missing.length > 0) return { items, unknown: [], unknownFields: missing };
  const tests = selector.where.map((f) => ({ field: f.field, test: filterTest(f) }));
  for (const unit of state.units) {
    if (!state.isOpen(unit.index)) continue;
    if (tests.every((f) => f.test(state.unitField(unit.index, f.field)))) items.push(unit.index);
  }
  return { items, unknown: [] };
}

/**
 * People selected among those working in a post at month m, in table order; with `withoutPost`, those
 * left without a post (dôi dư chưa bố trí) too, for operations that concern them (an exit).
 */
export function selectPeople(state: SimulationState, selector: PersonSelector, m: Month, withoutPost = false): Resolved<PersonState> {
  if ('ids' in selector) {
    const items: PersonState[] = [];
    const unknown: string[] = [];
    for (const id of selector.ids) {
      const i = state.personById(id);
      if (i === undefined) unknown.push(id);
      // 'P01' and 'Ｐ０1' name one person: once.
      else if (!items.includes(state.people[i])) items.push(state.people[i]);
    }
    return { items, unknown };
  }
  const filters = selector.where.map(normalizeFilter);
  const tests = filters.map((f) => ({ key: foldKey(f.field), field: f.field, test: filterTest(f) }));
  const perGroup = new Map<string, number>();
  const items: PersonState[] = [];
  const missing = [
    ...unknownFields(state, filters.map((f) => f.field), 'person'),
    ...unknownFields(state, [selector.limitPer], 'unit'),
  ];
  if (missing.length > 0) return { items, unknown: [], unknownFields: missing };
  for (const p of state.people) {
    if (!(p.status === Status.Working || (withoutPost && p.status === Status.WithoutPost)) || p.hired) continue;
    if (!tests.every((f) => f.test(fieldOf(state, p, f.key, f.field, m)))) continue;
    if (selector.limit !== undefined) {
      const group = selector.limitPer ? String(state.unitField(p.rosterUnit, selector.limitPer) ?? '') : '';
      const n = perGroup.get(group) ?? 0;
      if (n >= selector.limit) continue;
      perGroup.set(group, n + 1);
    }
    items.push(p);
  }
  return { items, unknown: [] };
}

export interface PostHolding {
  readonly person: PersonState;
  readonly post: HeldPost;
}

/** Every post held, by unit: built once per operation so matching is a lookup, not a scan. */
export function postsByUnit(state: SimulationState): Map<number, PostHolding[]> {
  const index = new Map<number, PostHolding[]>();
  // Indexed: every person, for each operation (a for-of makes an object a step without inlining).
  for (let i = 0; i < state.people.length; i++) {
    const p = state.people[i];
    if (p.status === Status.Retired || p.status === Status.WithoutPost) continue;
    for (let j = 0; j < p.posts.length; j++) {
      const post = p.posts[j];
      const list = index.get(post.unit);
      if (list) list.push({ person: p, post });
      else index.set(post.unit, [{ person: p, post }]);
    }
  }
  return index;
}

/** Posts in unit u that match a title (case- and space-insensitive) and/or a role. */
export function holdersOf(index: Map<number, PostHolding[]>, u: number, match: Pick<PostMatch, 'title' | 'role'>): PostHolding[] {
  const title = match.title === undefined ? null : normalizeText(match.title);
  return (index.get(u) ?? []).filter(
    (h) => (match.role === undefined || h.post.role === match.role) && (title === null || normalizeText(h.post.title) === title),
  );
}

/**
 * The destinations of an operation's people, one at a time. Single form: the unit itself (of several
 * named, the one with most free quota; with `assign: 'inOrder'`, the n-th person's is the n-th unit).
 * Rule form: the matching open unit (sharing `within` with the person's unit; taking at most `perUnit`
 * people; where no one present has the person's `lacking` value) where the post of `role` is free — no
 * post is created for a rotation — then with the most free quota, the first in table order on ties.
 * Without `role` (a secondment takes no post) only the free quota counts.
 */
export class Destinations {
  /** People this operation has sent to each unit (for `perUnit`). */
  private readonly sent = new Map<number, number>();
  /** For `lacking`: the values of that person field among the people present in each unit. */
  private present: Map<number, Set<string>> | null = null;

  constructor(
    private readonly state: SimulationState,
    private readonly target: PostTarget,
    private readonly candidates: readonly number[],
    private readonly month: Month,
  ) {}

  /**
   * `nth`: the person's place among those the operation selected (for `assign: 'inOrder'`, where the
   * n-th person goes to the n-th unit named). `needFree`: only units with free quota.
   */
  pick(p: PersonState, nth: number, role?: Role, needFree = false): number {
    const { state, target } = this;
    if (target.assign === 'inOrder') {
      const u = this.candidates[nth];
      return u === undefined || u === p.rosterUnit || (needFree && state.vacancies(u) <= 0) ? -1 : u;
    }
    const own = p.rosterUnit;
    const scope = target.within === undefined ? null : state.unitField(own, target.within);
    if (scope === null && target.within !== undefined) return -1;
    const sameScope = scope === null ? null : [wanted(scope, normalizeText)];
    const value = target.lacking === undefined ? null : this.valueOf(p);
    let best = -1;
    let bestFree = -Infinity;
    for (const u of this.candidates) {
      if (u === own) continue;
      if (sameScope !== null && !isAmong(state.unitField(u, target.within as string), sameScope, normalizeText)) continue;
      if (target.perUnit !== undefined && (this.sent.get(u) ?? 0) >= target.perUnit) continue;
      if (needFree && state.vacancies(u) <= 0) continue;
      if (value !== null && this.presentValues().get(u)?.has(value)) continue;
      // A free post outranks any amount of free quota.
      const free = state.vacancies(u) + (role !== undefined && role !== 'staff' && state.postFree(u, role) ? 1e6 : 0);
      if (free > bestFree) {
        best = u;
        bestFree = free;
      }
    }
    return best;
  }

  /** Records that `p` was sent to `u`: it counts towards `perUnit`, and `u` no longer lacks their value. */
  took(p: PersonState, u: number): void {
    this.sent.set(u, (this.sent.get(u) ?? 0) + 1);
    const value = this.target.lacking === undefined ? null : this.valueOf(p);
    if (value === null) return;
    const present = this.presentValues();
    const set = present.get(u);
    if (set) set.add(value);
    else present.set(u, new Set([value]));
  }

  /** The person's value of the `lacking` field, folded; null when they have none (they go anywhere). */
  private valueOf(p: PersonState): string | null {
    const v = personField(this.state, p, this.target.lacking as string, this.month);
    return v === null || v === '' ? null : normalizeText(String(v));
  }

  private presentValues(): Map<number, Set<string>> {
    if (this.present) return this.present;
    const map = new Map<number, Set<string>>();
    for (const q of this.state.people) {
      if (q.status === Status.Retired || q.status === Status.WithoutPost) continue;
      const v = this.valueOf(q);
      if (v === null) continue;
      const set = map.get(q.presentUnit);
      if (set) set.add(v);
      else map.set(q.presentUnit, new Set([v]));
    }
    return (this.present = map);
  }
}

/** The post taken at a destination: the given title (default the person's own) and its role. */
export function postAt(target: Pick<PostTarget, 'title' | 'role'>, p: PersonState, unit: number): { unit: number; title: string; role: Role } {
  const title = target.title ?? p.posts[0]?.title ?? '';
  return { unit, title, role: target.role ?? inferRole(title) };
}
