import { formatMonth } from '../month';
import type { AbolishOp, MoveOp, PostTarget } from '../scenario';
import { Destinations, postAt, selectPeople, selectUnits } from '../selection';
import type { PersonState } from '../state';
import { Status } from '../state';
import type { OperationContext } from './context';
import { knownUnitField, reportDeputyAboveCap, reportUnknown } from './context';
import { endRotation } from './rotation';
import { endSecondment } from './secondment';

/**
 * Điều động: people move to another unit and title. Rebalancing (`untilBalanced`) moves a person only
 * while their unit is above its quota and only into a unit below its quota, then reports the units that
 * remain above (among those the people came from) or below (among the destinations).
 */
export function applyMove(op: MoveOp, ctx: OperationContext): void {
  const { state } = ctx;
  if (!knownUnitField(ctx, op.to.within)) return;
  const people = reportUnknown(ctx, selectPeople(state, op.people, ctx.month), 'person');
  const candidates = reportUnknown(ctx, selectUnits(state, op.to.unit), 'unit');
  const destinations = new Destinations(state, op.to, candidates, ctx.month);
  const balance = op.untilBalanced === true;
  const origins = new Set<number>();
  for (const [nth, p] of people.entries()) {
    if (p.status !== Status.Working) {
      state.report('warning', 'personNotAvailable', ctx.index, { person: p }, {});
      continue;
    }
    if (balance) {
      origins.add(p.rosterUnit);
      // Their unit is within its quota now: the others of the unit stay.
      if (state.vacancies(p.rosterUnit) >= 0) continue;
    }
    moveTo(ctx, p, op.to, destinations, nth, balance);
  }
  if (!balance) return;
  // A later rebalancing in the month says how its units stand after it: their earlier lines are replaced.
  const month = formatMonth(ctx.month);
  const concerned = new Set([...origins, ...candidates].map((u) => state.units[u].id));
  const stale = (i: { code: string; month: string; unitId: string | null }) =>
    (i.code === 'stillAboveQuota' || i.code === 'stillBelowQuota') && i.month === month && i.unitId !== null && concerned.has(i.unitId);
  for (let i = state.issues.length - 1; i >= 0; i--) if (stale(state.issues[i])) state.issues.splice(i, 1);
  for (const u of origins) {
    const by = -state.vacancies(u);
    if (by > 0) state.report('info', 'stillAboveQuota', ctx.index, { unit: u }, { by });
  }
  for (const u of candidates) {
    const by = state.vacancies(u);
    if (by > 0 && state.isOpen(u) && !origins.has(u)) state.report('info', 'stillBelowQuota', ctx.index, { unit: u }, { by });
  }
}

/** Returns false when no destination was found (and says so). */
function moveTo(ctx: OperationContext, p: PersonState, target: PostTarget, destinations: Destinations, nth: number, needFree = false): boolean {
  const { state } = ctx;
  const dest = destinations.pick(p, nth, postAt(target, p, -1).role, needFree);
  if (dest < 0) {
    // Rebalancing: the units left above quota are reported once each, not their people one by one.
    if (!needFree) state.report('warning', 'noDestination', ctx.index, { person: p }, {});
    return false;
  }
  destinations.took(p, dest);
  const post = postAt(target, p, dest);
  if (state.vacancies(dest) <= 0) state.report('warning', 'destinationFull', ctx.index, { person: p, unit: dest }, {});
  if (post.role === 'head' && state.counters.heads[dest] > 0) state.report('warning', 'secondHead', ctx.index, { person: p, unit: dest }, {});
  reportDeputyAboveCap(ctx, p, post, dest);
  const from = state.postRef(p.posts[0]);
  state.place(p, post);
  state.recordChange(p, 'moved', from, state.postRef(post), ctx.index, null);
  return true;
}

/**
 * Abolish units. People seconded or rotated into them go back first; then everyone on their rosters
 * (including those away from them) moves by the policy or is left without post on the closed unit's
 * roster; posts held there concurrently from elsewhere simply end.
 */
export function applyAbolish(op: AbolishOp, ctx: OperationContext): void {
  const { state } = ctx;
  const units = reportUnknown(ctx, selectUnits(state, op.units), 'unit');
  const closing = new Set(units);
  const policy = op.people ?? 'withoutPost';
  if (policy !== 'withoutPost' && !knownUnitField(ctx, policy.to.within)) return;
  const candidates = policy === 'withoutPost' ? [] : reportUnknown(ctx, selectUnits(state, policy.to.unit), 'unit').filter((u) => !closing.has(u));
  const destinations = policy === 'withoutPost' ? null : new Destinations(state, policy.to, candidates, ctx.month);
  let nth = 0;
  for (const p of state.people) {
    if (p.status === Status.Retired) continue;
    if (p.status === Status.Secondment && closing.has(p.presentUnit) && !closing.has(p.rosterUnit)) endSecondment(state, p);
    if (p.status === Status.Rotation && closing.has(p.presentUnit) && p.away && !closing.has(state.current(p.away.origin))) endRotation(state, p);
  }
  for (const u of units) {
    state.units[u].closedFrom = ctx.month;
    state.units[u].quota = 0;
    state.units[u].vacancyOpened.length = 0;
  }
  for (const p of state.people) {
    if (p.status === Status.Retired) continue;
    const onRoster = closing.has(p.rosterUnit) || (p.away !== null && closing.has(p.away.origin));
    if (!onRoster) {
      if (p.posts.some((x) => closing.has(x.unit))) {
        state.update(p, (x) => {
          x.posts = x.posts.filter((post) => !closing.has(post.unit));
        });
      }
      continue;
    }
    if (p.status === Status.Rotation) {
      // Their return finds the unit gone: a return conflict. A post kept for them there goes with it
      // (it counted as a deputy of a closed unit, over a cap of 0).
      if (p.posts.some((x, i) => i > 0 && closing.has(x.unit))) {
        state.update(p, (x) => {
          x.posts = x.posts.filter((post, i) => i === 0 || !closing.has(post.unit));
        });
      }
      continue;
    }
    if (p.status === Status.WithoutPost) continue;
    if (p.status === Status.Secondment) endSecondment(state, p);
    const last = p.rosterUnit;
    if (policy !== 'withoutPost' && destinations && moveTo(ctx, p, policy.to, destinations, nth++)) continue;
    const from = state.postRef(p.posts[0]);
    state.unpost(p, last);
    state.recordChange(p, 'withoutPost', from, null, ctx.index, 'abolished');
  }
}
