import type { Problem, ProblemCode, ProblemSeverity } from '../tables/problems';

/** The Data step's problems by kind: errors first, then the most frequent, each with its problems in table order. */
export interface ProblemGroup {
  readonly severity: ProblemSeverity;
  readonly code: ProblemCode;
  readonly problems: readonly Problem[];
}

/** A group's identity: a kind can be an error in one reading and a warning in another. */
export function groupKey(group: Pick<ProblemGroup, 'severity' | 'code'>): string {
  return `${group.severity}|${group.code}`;
}

export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, { severity: ProblemSeverity; code: ProblemCode; problems: Problem[]; first: number }>();
  problems.forEach((p, i) => {
    const key = groupKey(p);
    const group = groups.get(key);
    if (group) group.problems.push(p);
    else groups.set(key, { severity: p.severity, code: p.code, problems: [p], first: i });
  });
  return [...groups.values()]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || b.problems.length - a.problems.length || a.first - b.first)
    .map(({ severity, code, problems: list }) => ({ severity, code, problems: list }));
}
