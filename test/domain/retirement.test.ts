import { formatMonth, monthOf, parseMonth } from '../../src/domain/month';
import { lastWorkingMonth, retirementAgeMonths } from '../../src/domain/retirement';
import { DEFAULT_RETIREMENT_TABLE as table } from '../../src/domain/settings';

const last = (born: string, g: 'M' | 'F'): string => formatMonth(lastWorkingMonth(table, parseMonth(born) as number, g) as number);

describe('the statutory retirement table (Labour Code 2019 art. 169)', () => {
  test.each([
    [2021, 60 * 12 + 3, 55 * 12 + 4], [2024, 61 * 12, 56 * 12 + 4], [2027, 61 * 12 + 9, 57 * 12 + 4],
    [2028, 62 * 12, 57 * 12 + 8], [2034, 62 * 12, 59 * 12 + 8], [2035, 62 * 12, 60 * 12], [2050, 62 * 12, 60 * 12],
  ])('in %i men retire at %i months of age, women at %i', (year, men, women) => {
    expect(retirementAgeMonths(table, year, 'M')).toBe(men);
    expect(retirementAgeMonths(table, year, 'F')).toBe(women);
  });

  test('DOMAIN.md example: a man born 1966-01 reaches 61y 9m in 2027-10', () => {
    expect(last('1966-01', 'M')).toBe('2027-10');
  });

  test('the age in force is that of the year in which it is reached', () => {
    // Born 1966-02: 61y 9m (the 2027 age) is reached in 2027-11, still in 2027.
    expect(last('1966-02', 'M')).toBe('2027-11');
    // Born 1966-04: 61y 9m would be 2028-01, but in 2028 the age is 62y 0m → 2028-04.
    expect(last('1966-04', 'M')).toBe('2028-04');
    // Women from 2035 on: 60 years.
    expect(last('1980-05', 'F')).toBe('2040-05');
  });

  test('ages are never before the birth plus the lowest age in the table', () => {
    for (let y = 1955; y <= 2000; y += 3) {
      for (const g of ['M', 'F'] as const) {
        const b = monthOf(y, 6);
        const m = lastWorkingMonth(table, b, g) as number;
        expect(m - b).toBeGreaterThanOrEqual(g === 'M' ? 720 : 660);
        expect(m - b).toBeLessThanOrEqual(g === 'M' ? 744 : 720);
      }
    }
  });
});
