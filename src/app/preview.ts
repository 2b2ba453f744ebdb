import type { Staffing } from '../domain/model';
import { parseMonth } from '../domain/month';
import type { PersonSelector, UnitSelector } from '../domain/scenario';
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
