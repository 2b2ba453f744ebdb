import { formatMonth, monthOf, parseMonth } from '../../src/domain/month';
import { lastWorkingMonth, retirementAgeMonths } from '../../src/domain/retirement';
import { DEFAULT_RETIREMENT_TABLE as table } from '../../src/domain/settings';
import { person, staffing, unit } from './fixtures';
import { run, runs, series } from './helpers';

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

describe('a month of leaving the people table gives', () => {
  /*
   * Unit A (quota 4), from 2026-01 over 24 months:
   * - C, a woman born 1968-09, reached the statutory age in 2025-05, before the start; the table keeps
   *   her on until 01/2027 (a later retirement): she works 2026-01 to 2026-12 and leaves from 2027-01.
   * - E, a man born 1980 (statutory 2042), leaves early from 06/2026: last working month 2026-05.
   * - G leaves from 01/2026, the start month: gone from the start, in no figure.
   * - N, born 1980, has no month of his own: the statutory rule, beyond the horizon.
   */
  const withMonths = staffing([unit('A', 4)], [
    { ...person('C', 'A', 'Phó Chủ tịch UBND tỉnh', { born: '1968-09', gender: 'F' }), leavesFrom: monthOf(2027, 1) },
    { ...person('E', 'A', 'Chuyên viên', { born: '1980-03' }), leavesFrom: monthOf(2026, 6) },
    { ...person('G', 'A', 'Chuyên viên', { born: '1980-03' }), leavesFrom: monthOf(2026, 1) },
    person('N', 'A', 'Trưởng phòng', { born: '1980-03' }),
  ]);

  test('stands for the statutory month, later or earlier, and the retirement says it was the table\'s', () => {
    const r = run(withMonths, []);
    // Roster: C, E, N until 2026-05; C, N until 2026-12; N from 2027-01.
    expect(series(r, 'A', 'roster')).toEqual(runs([3, 5], [2, 7], [1, 12]));
    expect(r.changes.map((c) => [c.personId, c.kind, c.month, c.detail])).toEqual([
      ['E', 'retired', '2026-05', 'ownMonth'],
      ['C', 'retired', '2026-12', 'ownMonth'],
    ]);
    expect(r.issues.filter((i) => i.code === 'leftBeforeStart' || i.code === 'retiredBeforeStart')).toEqual([
      { severity: 'warning', code: 'leftBeforeStart', month: '2026-01', operation: null, personId: 'G', unitId: 'A', params: { leavesFrom: '2026-01' } },
    ]);
  });

  test('applies when the statutory rule is switched off: it is a decided exit', () => {
    const r = run(withMonths, [], { retirement: { enabled: false } });
    expect(r.changes.map((c) => [c.personId, c.month])).toEqual([['E', '2026-05'], ['C', '2026-12']]);
  });
});
