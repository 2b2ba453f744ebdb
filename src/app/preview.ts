import type { Staffing } from '../domain/model';
import { parseMonth } from '../domain/month';
import type { Operation, PersonSelector, UnitSelector } from '../domain/scenario';
import { personField, selectPeople, selectUnits } from '../domain/selection';
import { resolveSettings } from '../domain/settings';
import { SimulationState } from '../domain/state';

/**
 * How many units or people a selector picks in the tables as they are at the start: the count the
 * scenario editor shows beside a rule while the planner writes it. Null when a field is unknown.
 */
export interface SelectionPreview {
  units(selector: UnitSelector): number | null;
  people(selector: PersonSelector): number | null;
  /** The first `limit` of what a rule matches, named as the planner reads them, and how many in all. */
  matched(kind: 'units' | 'people', selector: UnitSelector | PersonSelector, limit: number): MatchedList | null;
  /** The distinct values of a field in the tables, as text, in table order (at most a few thousand). */
  values(kind: 'units' | 'people', field: string): readonly string[];
}

export interface MatchedList {
  /** 'Name (ID)', a person's with their title and unit. */
  readonly items: readonly { readonly id: string; readonly label: string }[];
  readonly total: number;
}

export function selectionPreview(staffing: Staffing, startMonth: string): SelectionPreview {
  const start = parseMonth(startMonth) ?? 0;
  const state = new SimulationState(staffing, resolveSettings(startMonth, undefined), start, 'preview');
  const values = new Map<string, readonly string[]>();
  return {
    values(kind, field) {
      const key = `${kind}|${field}`;
      let found = values.get(key);
      if (found === undefined) {
        const seen = new Set<string>();
        const known = state.knowsField(field, kind === 'units' ? 'unit' : 'person');
        const add = (v: unknown): void => {
          if (v !== null && v !== undefined && v !== '' && seen.size < MAX_VALUES) seen.add(String(v));
        };
        if (known && kind === 'units') for (let u = 0; u < state.units.length; u++) add(state.unitField(u, field));
        if (known && kind === 'people') for (const p of state.people) add(personField(state, p, field, start));
        found = [...seen];
        values.set(key, found);
      }
      return found;
    },
    units(selector) {
      const r = selectUnits(state, selector);
      return r.unknownFields?.length ? null : r.items.length;
    },
    people(selector) {
      const r = selectPeople(state, selector, start);
      return r.unknownFields?.length ? null : r.items.length;
    },
    matched(kind, selector, limit) {
      if (kind === 'units') {
        const r = selectUnits(state, selector as UnitSelector);
        if (r.unknownFields?.length) return null;
        const items = r.items.slice(0, limit).map((u) => ({ id: state.units[u].id, label: `${state.units[u].name} (${state.units[u].id})` }));
        return { items, total: r.items.length };
      }
      const r = selectPeople(state, selector as PersonSelector, start);
      if (r.unknownFields?.length) return null;
      const items = r.items.slice(0, limit).map((p) => {
        const post = p.posts[0];
        const where = post === undefined ? '' : `, ${post.title}, ${state.units[post.unit]?.name ?? ''}`;
        return { id: p.id, label: `${p.name} (${p.id})${where}` };
      });
      return { items, total: r.items.length };
    },
  };
}

/** Distinct values offered for a field: enough for kinds, titles and localities; ids are picked, not typed. */
const MAX_VALUES = 5000;

/** A rule selecting at least this many people, or this share of the units (and at least 10), asks first. */
const MANY_PEOPLE = 100;
const MANY_UNITS_SHARE = 0.25;

export interface LargeSelection {
  /** Numbered from 1, as the editor lists operations. */
  readonly operation: number;
  readonly what: 'units' | 'people';
  readonly count: number;
}

/**
 * The operations added or changed since `initial` whose rules select many units or people (the
 * destinations left aside): a slip in a rule then shows before it is saved, not in the results.
 */
export function largeSelections(
  operations: readonly Operation[], initial: readonly Operation[], staffing: Staffing, preview: SelectionPreview,
): LargeSelection[] {
  const before = new Set(initial.map((op) => JSON.stringify(op)));
  const manyUnits = Math.max(10, Math.ceil(staffing.units.length * MANY_UNITS_SHARE));
  const found: LargeSelection[] = [];
  operations.forEach((op, i) => {
    if (before.has(JSON.stringify(op))) return;
    const unitRules: UnitSelector[] = [];
    if ((op.type === 'merge' || op.type === 'quotaChange' || op.type === 'abolish') && 'where' in op.units) unitRules.push(op.units);
    if (op.type === 'concurrentTitles' && 'where' in op.holder.units) unitRules.push(op.holder.units);
    for (const rule of unitRules) {
      const count = preview.units(rule);
      if (count !== null && count >= manyUnits) found.push({ operation: i + 1, what: 'units', count });
    }
    if ('people' in op && typeof op.people === 'object' && 'where' in op.people) {
      const count = preview.people(op.people);
      if (count !== null && count >= MANY_PEOPLE) found.push({ operation: i + 1, what: 'people', count });
    }
  });
  return found;
}
