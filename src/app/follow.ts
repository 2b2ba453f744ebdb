import type { Staffing } from '../domain/model';
import { foldText, idKey, normalizeText } from '../domain/text';
import { reportText, type Lang } from '../sheets/labels';
import { whereaboutsRows, type FollowedPerson, type WhereaboutsRow } from '../sheets/whereabouts';
import type { PlanResults } from './planner';

/**
 * The people a planner follows across scenarios: named by id or by full name, as typed on the command
 * line (accents and case ignored for names; a name two people share must be given by id).
 */

export interface FollowResolution {
  /** The ids found, in the order given, each once. */
  readonly ids: readonly string[];
  /** What matched no one. */
  readonly unknown: readonly string[];
  /** Names several people share, with their ids. */
  readonly ambiguous: readonly { readonly name: string; readonly ids: readonly string[] }[];
}

export function resolveFollow(staffing: Staffing, tokens: readonly string[]): FollowResolution {
  const byId = new Map(staffing.people.map((p) => [idKey(p.id), p.id]));
  // People by name, accents aside; each with their name as written, to prefer the one typed exactly.
  const byName = new Map<string, { id: string; name: string }[]>();
  for (const p of staffing.people) {
    const key = foldText(p.name);
    const list = byName.get(key);
    if (list) list.push(p);
    else byName.set(key, [p]);
  }
  const ids: string[] = [];
  const unknown: string[] = [];
  const ambiguous: { name: string; ids: string[] }[] = [];
  for (const raw of tokens) {
    const token = raw.trim();
    if (token === '') continue;
    const id = byId.get(idKey(token));
    const alike = id === undefined ? byName.get(foldText(token)) : undefined;
    // A name typed with its accents picks the people written so: "Trần Mạnh Hùng" is not "Trần Mạnh Hưng".
    const exact = alike?.filter((p) => normalizeText(p.name) === normalizeText(token));
    const named = (exact !== undefined && exact.length > 0 ? exact : alike)?.map((p) => p.id);
    if (id !== undefined) {
      if (!ids.includes(id)) ids.push(id);
    } else if (named?.length === 1) {
      if (!ids.includes(named[0])) ids.push(named[0]);
    } else if (named && named.length > 1) ambiguous.push({ name: token, ids: named });
    else unknown.push(token);
  }
  return { ids, unknown, ambiguous };
}

/** The people of `ids` as the tables give them, in that order; ids not in the tables are left out. */
export function followedPeople(staffing: Staffing, ids: readonly string[]): FollowedPerson[] {
  // Most runs follow no one: no map of every person for them.
  if (ids.length === 0) return [];
  const byId = new Map(staffing.people.map((p) => [p.id, p]));
  const out: FollowedPerson[] = [];
  for (const id of ids) {
    const p = byId.get(id);
    if (!p) continue;
    out.push({
      id: p.id, name: p.name, birthYear: p.birthDate === null ? null : Number(p.birthDate.slice(0, 4)),
      unitId: p.unitId, title: p.title, role: p.role, besides: p.concurrentTitles,
    });
  }
  return out;
}

/** Where the people followed are, as the pane shows it: the columns' names, then each person's rows. */
export interface WhereaboutsView {
  /** The baseline's name, then each scenario's code. */
  readonly columns: readonly string[];
  readonly people: readonly { readonly id: string; readonly name: string; readonly rows: readonly WhereaboutsRow[] }[];
}

export function whereaboutsView(plan: PlanResults, staffing: Staffing, ids: readonly string[], lang: Lang): WhereaboutsView {
  const people = followedPeople(staffing, ids);
  const t = reportText(lang);
  const rows = whereaboutsRows([plan.baseline, ...plan.results], people, lang);
  return {
    columns: [t.baseline.name, ...plan.results.map((r) => r.code)],
    people: people.map((p) => ({ id: p.id, name: p.name, rows: rows.get(p.id) ?? [] })),
  };
}
