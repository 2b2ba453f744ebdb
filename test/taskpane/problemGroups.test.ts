import type { Problem } from '../../src/tables/problems';
import { groupProblems } from '../../src/taskpane/problemGroups';

const problem = (severity: Problem['severity'], code: Problem['code'], row: number): Problem => ({ severity, code, sheet: 'Cán bộ', row, column: 'D', params: {} });

test('groups problems by kind: errors first, then the most frequent, each in table order', () => {
  const groups = groupProblems([
    problem('warning', 'missingBirthDate', 4), problem('warning', 'pastRetirementAge', 5), problem('error', 'duplicatePersonId', 6),
    problem('warning', 'missingBirthDate', 7), problem('warning', 'pastRetirementAge', 8), problem('warning', 'missingBirthDate', 9),
    problem('warning', 'implausibleAge', 10),
  ]);
  expect(groups.map((g) => [g.severity, g.code, g.problems.map((p) => p.row)])).toEqual([
    ['error', 'duplicatePersonId', [6]],
    ['warning', 'missingBirthDate', [4, 7, 9]],
    ['warning', 'pastRetirementAge', [5, 8]],
    ['warning', 'implausibleAge', [10]],
  ]);
  expect(groupProblems([])).toEqual([]);
});
