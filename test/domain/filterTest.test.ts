import fc from 'fast-check';
import type { Scalar } from '../../src/domain/model';
import type { Filter } from '../../src/domain/scenario';
import { filterTest, matches } from '../../src/domain/selection';
import { foldKey, idKey, normalizeText } from '../../src/domain/text';

/** `matches` as it was before filters were prepared once: the oracle. */
function matchedBefore(value: Scalar, filter: Filter): boolean {
  const asNumber = (v: Scalar): number | null => {
    if (typeof v === 'number') return v;
    if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
    return null;
  };
  const text = ['id', 'parent', 'unit.id', 'unit.parent'].includes(foldKey(filter.field)) ? idKey : normalizeText;
  const same = (a: Scalar, b: Scalar): boolean => {
    if (a === null || b === null) return a === b;
    const na = asNumber(a);
    const nb = asNumber(b);
    if (na !== null && nb !== null) return na === nb;
    return text(String(a)) === text(String(b));
  };
  const compare = (a: Scalar, b: Scalar): number | null => {
    if (a === null || b === null) return null;
    const na = asNumber(a);
    const nb = asNumber(b);
    if (na !== null && nb !== null) return na - nb;
    const sa = text(String(a));
    const sb = text(String(b));
    return sa < sb ? -1 : sa > sb ? 1 : 0;
  };
  const wanted = filter.value;
  const list = Array.isArray(wanted) ? (wanted as readonly Scalar[]) : [wanted as Scalar];
  const eq = (w: Scalar): boolean => same(value, w);
  switch (filter.op ?? (Array.isArray(wanted) ? 'in' : 'eq')) {
    case 'eq': return eq(list[0]);
    case 'ne': return !eq(list[0]);
    case 'in': return list.some(eq);
    case 'notIn': return !list.some(eq);
    case 'contains': return value !== null && text(String(value)).includes(text(String(list[0])));
    case 'startsWith': return value !== null && text(String(value)).startsWith(text(String(list[0])));
    case 'gt': { const c = compare(value, list[0]); return c !== null && c > 0; }
    case 'gte': { const c = compare(value, list[0]); return c !== null && c >= 0; }
    case 'lt': { const c = compare(value, list[0]); return c !== null && c < 0; }
    case 'lte': { const c = compare(value, list[0]); return c !== null && c <= 0; }
  }
}

describe('filters prepared once', () => {
  const scalar: fc.Arbitrary<Scalar> = fc.oneof(
    fc.constantFrom<Scalar>(null, true, false, 0, 5, -2.5, NaN, '5', ' 5 ', '05', '', ' ', 'Huyện', 'huyen', 'HUYỆN ', 'Ｐ０１', 'P01', 'p 01', 'Xã', 'xa', 'a', 'b', 'null', 'NULL', 'undefined'),
    fc.integer({ min: -3, max: 10 }),
    fc.string({ maxLength: 4 }),
  );
  const filter: fc.Arbitrary<Filter> = fc.record({
    field: fc.constantFrom('kind', 'id', 'Unit.Parent', 'age', 'Huyện cũ'),
    op: fc.option(fc.constantFrom('eq', 'ne', 'in', 'notIn', 'contains', 'startsWith', 'gt', 'gte', 'lt', 'lte'), { nil: undefined }),
    value: fc.oneof(scalar, fc.array(scalar, { maxLength: 4 })),
  }).map((f) => (f.op === undefined ? { field: f.field, value: f.value } : f) as Filter);

  it('test every value as matching did, whatever the filter', () => {
    fc.assert(fc.property(filter, fc.array(scalar, { minLength: 1, maxLength: 6 }), (f, values) => {
      const test = filterTest(f);
      for (const v of values) {
        expect([v, test(v)]).toEqual([v, matchedBefore(v, f)]);
        expect([v, matches(v, f)]).toEqual([v, matchedBefore(v, f)]);
      }
    }), { numRuns: 3000 });
  });

  it('compare numbers as numbers and text as the planner writes it', () => {
    expect(filterTest({ field: 'age', op: 'lte', value: 50 })('49')).toBe(true);
    expect(filterTest({ field: 'kind', value: ['UBND xã', 'Đảng ủy xã'] })('ubnd  XÃ')).toBe(true);
    expect(filterTest({ field: 'id', value: 'P01' })('Ｐ０１')).toBe(true);
    expect(filterTest({ field: 'kind', op: 'notIn', value: [] })('x')).toBe(true);
  });
});
