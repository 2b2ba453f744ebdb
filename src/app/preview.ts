import type { Staffing } from '../domain/model';
import { parseMonth } from '../domain/month';
import type { Operation, PersonSelector, UnitSelector } from '../domain/scenario';
import { selectPeople, selectUnits } from '../domain/selection';
import { resolveSettings } from '../domain/settings';
import { SimulationState } from '../domain/state';

/**
 * How many units or people a selector picks in the tables as they are at the start: the count the
 * scenario editor shows beside a rule while the planner writes it. Null when a field is unknown.
 */
export interface SelectionPreview {
  units(selector: UnitSelector): number | null;
  people(selector: PersonSelector): number | null;
}

export function selectionPreview(staffing: Staffing, startMonth: string): SelectionPreview {
  const start = parseMonth(startMonth) ?? 0;
  const state = new SimulationState(staffing, resolveSettings(startMonth, undefined), start, 'preview');
  return {
    units(selector) {
      const r = selectUnits(state, selector);
      return r.unknownFields?.length ? null : r.items.length;
    },
    people(selector) {
      const r = selectPeople(state, selector, start);
      return r.unknownFields?.length ? null : r.items.length;
    },
  };
}

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
