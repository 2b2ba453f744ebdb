import type { Gender } from './model';
import type { Month } from './month';
import { monthOf, yearOf } from './month';
import type { RetirementAgeRule } from './settings';

/** The retirement age (in months) for someone reaching it in `year`: the last table row in force. */
export function retirementAgeMonths(table: readonly RetirementAgeRule[], year: number, gender: Gender): number | null {
  let age: number | null = null;
  for (const rule of table) {
    if (rule.fromYear <= year) age = gender === 'M' ? rule.menMonths : rule.womenMonths;
  }
  return age;
}

/**
 * Months from `month` to the month the statutory retirement age is reached (the last working month by
 * the rule, whatever month of leaving the tables give), or null when birth month or gender is unknown.
 * What NĐ 178/2024 counts for exits: from 2036-03, someone reaching the age in 2038-02 has 23 months.
 */
export function monthsToStatutoryAge(table: readonly RetirementAgeRule[], birthMonth: Month | null, gender: Gender | null, month: Month): number | null {
  if (birthMonth === null || gender === null) return null;
  const last = lastWorkingMonth(table, birthMonth, gender);
  return last === null ? null : last - month;
}

/**
 * Last working month: the month in which the person reaches the retirement age in force for that
 * calendar year (Labour Code 2019 art. 169); they are gone from the next month. The age rises by a
 * few months a year, so the answer is the first month m with m − birth ≥ age(year of m).
 * Example (DOMAIN.md): a man born 1966-01 reaches 61y 9m in 2027-10 → last working month 2027-10.
 */
export function lastWorkingMonth(
  table: readonly RetirementAgeRule[],
  birthMonth: Month,
  gender: Gender,
): Month | null {
  // Thousands of people share a birth month: each (table, month, gender) is worked out once.
  let memo = MEMO.get(table);
  if (!memo) MEMO.set(table, (memo = new Map()));
  const key = birthMonth * 2 + (gender === 'F' ? 1 : 0);
  let found = memo.get(key);
  if (found === undefined) memo.set(key, (found = searchLastWorkingMonth(table, birthMonth, gender)));
  return found;
}

const MEMO = new WeakMap<readonly RetirementAgeRule[], Map<number, Month | null>>();

function searchLastWorkingMonth(table: readonly RetirementAgeRule[], birthMonth: Month, gender: Gender): Month | null {
  let lowest = Infinity;
  for (const rule of table) lowest = Math.min(lowest, rule.menMonths, rule.womenMonths);
  // No one reaches the age before the lowest age in the table: start the search there.
  const firstYear = yearOf(birthMonth + lowest) - 1;
  for (let year = firstYear; year < firstYear + 40; year++) {
    const age = retirementAgeMonths(table, year, gender);
    if (age === null) continue;
    const reached = Math.max(birthMonth + age, monthOf(year, 1));
    if (yearOf(reached) === year) return reached;
  }
  return null;
}
