import type { Scalar } from '../domain/model';
import type { Filter, FilterOp } from '../domain/scenario';
import { foldText } from '../domain/text';

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

/**
 * The values present in the data that the planner's typing names, accents and case aside ("cam xuyen"
 * finds "Huyện Cẩm Xuyên"): equal first, then those starting so, then containing it; each group in the
 * data's order. In a list ('in'), the last item typed is the one completed.
 */
export function valueSuggestions(values: readonly string[], typed: string, op: FilterOp, limit = 6): string[] {
  const last = op === 'in' || op === 'notIn' ? typed.split(';').pop() ?? '' : typed;
  const key = foldText(last);
  if (key === '') return [];
  const exact: string[] = [];
  const starts: string[] = [];
  const contains: string[] = [];
  const folded = foldedOf(values);
  values.forEach((v, i) => {
    const k = folded[i];
    if (k === key) exact.push(v);
    else if (k.startsWith(key)) starts.push(v);
    else if (k.includes(key)) contains.push(v);
  });
  // Already exactly what is typed: nothing to offer.
  if (exact.length === 1 && starts.length === 0 && contains.length === 0 && exact[0] === last.trim()) return [];
  return [...exact, ...starts, ...contains].slice(0, limit);
}

/** The values folded once per list: a keystroke then compares, without folding thousands of values again. */
const FOLDED = new WeakMap<readonly string[], readonly string[]>();
function foldedOf(values: readonly string[]): readonly string[] {
  let folded = FOLDED.get(values);
  if (!folded) {
    folded = values.map(foldText);
    FOLDED.set(values, folded);
  }
  return folded;
}

/** The text with its last list item (or all of it) replaced by the value chosen. */
export function withSuggestion(typed: string, value: string, op: FilterOp): string {
  if (op !== 'in' && op !== 'notIn') return value;
  const items = typed.split(';').map((x) => x.trim());
  items[items.length - 1] = value;
  return items.join('; ');
}
