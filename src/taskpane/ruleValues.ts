import type { Scalar } from '../domain/model';
import type { Filter, FilterOp } from '../domain/scenario';

/**
 * A rule's value as the planner types it and as the scenario keeps it: a list for 'in' / 'notIn'
 * (separated by ;), numbers as numbers (a decimal comma, as Vietnamese writes it, is accepted),
 * anything else as text.
 */
export function parseFilterValue(text: string, op: FilterOp): Scalar | Scalar[] {
  const one = (s: string): Scalar => {
    const v = s.trim();
    return /^-?\d+([.,]\d+)?$/.test(v) ? Number(v.replace(',', '.')) : v;
  };
  if (op === 'in' || op === 'notIn') return text.split(';').map(one).filter((v) => v !== '');
  return one(text);
}

/** The value shown in the rule's text box: the inverse of parseFilterValue. */
export function filterValueText(value: Filter['value']): string {
  return Array.isArray(value) ? value.join('; ') : value === null ? '' : String(value);
}
