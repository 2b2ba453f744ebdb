import type { Unit } from './model';

/**
 * The parent locality of each locality whose units no other locality's units report to (a commune,
 * whose bodies report to the district's): the locality most of its units' parent units are in, when
 * that is another. Other localities (the district, the province) are their own parent. Used to sum a
 * province's figures by district when listing every commune would make the timeline too long.
 */
export function parentLocalities(units: readonly Unit[]): Map<string, string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const reportedTo = new Set<string>();
  const votes = new Map<string, Map<string, number>>();
  for (const u of units) {
    const parent = u.parent === null ? undefined : byId.get(u.parent);
    if (u.locality === null || parent === undefined || parent.locality === null || parent.locality === u.locality) continue;
    reportedTo.add(parent.locality);
    const tally = votes.get(u.locality) ?? new Map<string, number>();
    tally.set(parent.locality, (tally.get(parent.locality) ?? 0) + 1);
    votes.set(u.locality, tally);
  }
  const parents = new Map<string, string>();
  for (const u of units) {
    if (u.locality === null || parents.has(u.locality)) continue;
    const tally = votes.get(u.locality);
    if (reportedTo.has(u.locality) || tally === undefined) {
      parents.set(u.locality, u.locality);
      continue;
    }
    // The most named parent locality; ties to the first named.
    let best = u.locality;
    let most = 0;
    for (const [locality, n] of tally) {
      if (n > most) {
        best = locality;
        most = n;
      }
    }
    parents.set(u.locality, best);
  }
  return parents;
}
