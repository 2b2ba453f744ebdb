import type { Person } from './model';
import { formatMonth, parseMonth } from './month';
import type { ChangeKind, PersonChange, PostRef, ScenarioResult } from './result';

/**
 * Where one person is, month by month, in one scenario: rebuilt from the post the tables give and the
 * changes the simulation recorded, so that it says the same as the figures (a person counts as present
 * where their situation puts them to work).
 */

export interface Situation {
  /** The post held (the primary one), or null: retired, or without a post. */
  readonly post: PostRef | null;
  /** Where a seconded person works meanwhile, keeping `post` in their own unit. */
  readonly secondedTo: PostRef | null;
  /** Titles added by unification (kiêm nhiệm), besides `post`. */
  readonly concurrent: readonly PostRef[];
  /** The change that led here, or null: as in the tables. */
  readonly kind: ChangeKind | null;
  /** For a rotation or secondment: the month it ends ('YYYY-MM'), else null. */
  readonly until: string | null;
  /** For an exit: the policy, as the change gives it (`exitPolicyOf` reads it). */
  readonly policy?: string | null;
}

/** A situation and the month it starts, 'YYYY-MM'; it holds until the next stint's month. */
export interface Stint {
  readonly from: string;
  readonly situation: Situation;
}

/** Each person's changes in a result, in the order they happened. */
export function changesByPerson(result: ScenarioResult): Map<string, PersonChange[]> {
  const byPerson = new Map<string, PersonChange[]>();
  for (const c of result.changes) {
    const list = byPerson.get(c.personId);
    if (list) list.push(c);
    else byPerson.set(c.personId, [c]);
  }
  return byPerson;
}

/** The people the tables say retired before the horizon starts: they hold no post in any month. */
export function retiredBeforeStart(result: ScenarioResult): Set<string> {
  return new Set(result.issues.filter((i) => (i.code === 'retiredBeforeStart' || i.code === 'leftBeforeStart') && i.personId !== null).map((i) => i.personId as string));
}

/**
 * The stints of a person over the result's months, the first from the first month. `person` is the
 * person as the tables give them (null for someone hired by the scenario); `changes` are theirs, in
 * order. A retirement recorded in a month takes effect the month after: the retiring month is still
 * worked, and counted.
 */
export function whereabouts(
  person: Pick<Person, 'unitId' | 'title' | 'role'> | null,
  changes: readonly PersonChange[],
  months: readonly string[],
  retiredAtStart = false,
): Stint[] {
  const first = months[0];
  if (first === undefined) return [];
  const last = months[months.length - 1];
  const start: Situation = retiredAtStart || person === null
    ? { post: null, secondedTo: null, concurrent: [], kind: retiredAtStart ? 'retired' : null, until: null }
    : { post: { unitId: person.unitId, title: person.title, role: person.role }, secondedTo: null, concurrent: [], kind: null, until: null };
  const stints: Stint[] = [{ from: first, situation: start }];
  let current = start;
  for (const c of changes) {
    const next = apply(current, c);
    const from = c.kind === 'retired' ? nextMonth(c.month) : c.month;
    if (from > last) continue;
    const at = from < first ? first : from;
    const top = stints[stints.length - 1];
    if (top.from === at) stints[stints.length - 1] = { from: at, situation: next };
    else stints.push({ from: at, situation: next });
    current = next;
  }
  return stints;
}

/** The situation in a month: that of the last stint starting at or before it. */
export function situationIn(stints: readonly Stint[], month: string): Situation | null {
  let found: Situation | null = null;
  for (const s of stints) {
    if (s.from > month) break;
    found = s.situation;
  }
  return found;
}

function apply(s: Situation, c: PersonChange): Situation {
  const until = (c.kind === 'rotatedOut' || c.kind === 'seconded') && c.detail !== null && /^\d+$/.test(c.detail)
    ? addMonths(c.month, Number(c.detail))
    : null;
  switch (c.kind) {
    case 'concurrentTitle':
      return c.to ? { ...s, concurrent: [...s.concurrent, c.to], kind: c.kind } : s;
    case 'seconded':
      return { ...s, secondedTo: c.to, kind: c.kind, until };
    case 'secondmentEnded':
      return { ...s, post: c.to ?? s.post, secondedTo: null, kind: c.kind, until: null };
    case 'exited':
      return { post: null, secondedTo: null, concurrent: [], kind: c.kind, until: null, policy: c.detail };
    case 'retired':
    case 'withoutPost':
    case 'returnConflict':
      return { post: null, secondedTo: null, concurrent: [], kind: c.kind, until: null };
    default:
      // A move of the primary post: titles added by unification stay with the person.
      return { ...s, post: c.to, secondedTo: null, kind: c.kind, until };
  }
}

function nextMonth(month: string): string {
  return addMonths(month, 1);
}

function addMonths(month: string, n: number): string {
  const m = parseMonth(month);
  return m === null ? month : formatMonth(m + n);
}
