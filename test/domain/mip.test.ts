import fc from 'fast-check';
import { best, boundedOptions, MipBuilder, optionsCap, satisfies } from '../../src/domain/mip';

describe('the size of a program', () => {
  it('keeps every option while the budget allows, else the largest even cap', () => {
    expect(optionsCap([3, 5, 2], 10)).toBe(Infinity);
    // 10, 50, 100 options for 100 columns: the first keeps its 10, the others 45 each.
    expect(optionsCap([100, 10, 50], 100)).toBe(45);
    // Never fewer than 20 each, even past the budget.
    expect(optionsCap([1000, 1000, 1000], 30)).toBe(20);
  });

  it('stays within the budget whenever at least 20 each fit', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 40 }), fc.integer({ min: 800, max: 5000 }), (counts, budget) => {
      const k = optionsCap(counts, budget);
      const used = counts.reduce((a, n) => a + Math.min(n, k), 0);
      expect(used).toBeLessThanOrEqual(budget);
      if (Number.isFinite(k)) expect(counts.reduce((a, n) => a + Math.min(n, k + 1), 0)).toBeGreaterThan(budget);
    }));
  });

  it('keeps the best options, spreading ties over the destinations class by class', () => {
    const options = (n: number) => Array.from({ length: n }, (_, index) => ({ cost: index < 2 ? 10 : 5, index, value: index }));
    // The two worth 10 first, then ties from a point that moves with the class.
    expect(best(options(10), 4, 0, 10).map((o) => o.value)).toEqual([0, 1, 2, 3]);
    const other = best(options(10), 4, 1, 10).map((o) => o.value);
    expect(other.slice(0, 2)).toEqual([0, 1]);
    expect(other.slice(2)).not.toEqual([2, 3]);
    expect(best(options(3), 4, 5, 10)).toHaveLength(3);
  });

  it('works each item\'s options out once while they fit, and keeps the best of each past the budget', () => {
    const calls: number[] = [];
    const optionsOf = (n: number) => {
      calls.push(n);
      return Array.from({ length: n }, (_, index) => ({ cost: -index, index, value: index }));
    };
    const visit = (bounded: ReturnType<typeof boundedOptions<number, number>>) => {
      const seen: [number, number, number][] = [];
      bounded.each((item, _nth, all, kept) => seen.push([item, all.length, kept.length]));
      return seen;
    };
    // 3 + 5 = 8 options for a budget of 100: each worked out once, all kept.
    const fits = boundedOptions([3, 5], optionsOf, 10, 100);
    expect([fits.kept, visit(fits), calls]).toEqual([null, [[3, 3, 3], [5, 5, 5]], [3, 5]]);
    // 30 + 30 + 30 options for 60: counted, then worked out again, the best 20 of each kept (lowest index first).
    calls.length = 0;
    const over = boundedOptions([30, 30, 30], optionsOf, 30, 60);
    expect([over.kept, visit(over), calls]).toEqual([20, [[30, 30, 20], [30, 30, 20], [30, 30, 20]], [30, 30, 30, 30, 30, 30]]);
  });

  it('checks a solution against every bound and row', () => {
    const b = new MipBuilder();
    const row = b.row(0, 2);
    b.column(1, 0, 2, [[row, 1]]);
    b.column(1, 0, 2, [[row, 1]]);
    const model = b.build('maximize');
    expect(satisfies(model, Float64Array.from([1, 1]))).toBe(true);
    expect(satisfies(model, Float64Array.from([2, 1]))).toBe(false);
    expect(satisfies(model, Float64Array.from([0.5, 1]))).toBe(false);
  });
});
