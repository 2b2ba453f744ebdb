import type { RotationOp } from '../scenario';
import { Destinations, postAt, selectPeople, selectUnits } from '../selection';
import type { HeldPost, PersonState, SimulationState } from '../state';
import { Status } from '../state';
import type { OperationContext } from './context';
import { knownUnitField, reportDeputyAboveCap, reportUnknown } from './context';

/**
 * Luân chuyển: a person takes an existing post in another unit for a term. No post is created for them
 * (QĐ 65-QĐ/TW). While away, their quota counts at the destination (the default: the origin post is
 * freed and may be refilled) or at the origin (the post is kept for them).
 */
export function applyRotation(op: RotationOp, ctx: OperationContext): void {
  const { state } = ctx;
  const settings = state.settings;
  const duration = op.durationMonths ?? 36;
  if (duration < settings.rotationMinMonths) {
    state.report('warning', 'rotationTooShort', ctx.index, {}, { months: duration, min: settings.rotationMinMonths });
  }
  if (!knownUnitField(ctx, op.to.within)) return;
  const people = reportUnknown(ctx, selectPeople(state, op.people, ctx.month), 'person');
  const destinations = new Destinations(state, op.to, reportUnknown(ctx, selectUnits(state, op.to.unit), 'unit'), ctx.month);
  const quotaAt = op.quotaAt ?? 'destination';
  for (const [nth, p] of people.entries()) {
    if (p.status !== Status.Working) {
      state.report('warning', 'personNotAvailable', ctx.index, { person: p }, {});
      continue;
    }
    const dest = destinations.pick(p, nth, postAt(op.to, p, -1).role);
    if (dest < 0) {
      state.report('warning', 'noDestination', ctx.index, { person: p }, {});
      continue;
    }
    if (p.lastMonth !== null && p.lastMonth + 1 - ctx.month < settings.rotationMinYearsLeft * 12) {
      state.report('warning', 'rotationFewYearsLeft', ctx.index, { person: p }, {
        years: Math.floor((p.lastMonth + 1 - ctx.month) / 12), min: settings.rotationMinYearsLeft,
      });
    }
    destinations.took(p, dest);
    const post = postAt(op.to, p, dest);
    if (quotaAt === 'destination' && state.vacancies(dest) <= 0) {
      state.report('warning', 'destinationFull', ctx.index, { person: p, unit: dest }, {});
    }
    if (post.role === 'head' && state.counters.heads[dest] > 0) {
      state.report('warning', 'secondHead', ctx.index, { person: p, unit: dest }, {});
    }
    reportDeputyAboveCap(ctx, p, post, dest);
    const origin = p.posts[0];
    const from = state.postRef(origin);
    state.update(p, (x) => {
      x.status = Status.Rotation;
      x.away = {
        kind: 'rotation', operation: ctx.index, endMonth: ctx.month + duration, origin: origin.unit,
        originPost: { title: origin.title, role: origin.role }, quotaAt, onReturn: op.onReturn ?? 'origin',
      };
      x.rosterUnit = quotaAt === 'destination' ? dest : origin.unit;
      x.presentUnit = dest;
      // Counted at the origin, the origin post stays theirs; otherwise it is freed.
      x.posts = quotaAt === 'origin' ? [post, origin] : [post];
    });
    if (quotaAt === 'destination') state.vacate(origin);
    state.flows.rotationsOut[origin.unit]++;
    state.flows.rotationsIn[dest]++;
    state.recordChange(p, 'rotatedOut', from, state.postRef(post), ctx.index, String(duration));
    state.scheduleAwayEnd(ctx.month + duration, p.index);
  }
}

/**
 * The end of a rotation. Back to the origin unit and title when it has free quota and the post is free;
 * otherwise a return conflict, and the person is without post on the origin's roster until placed
 * (or, with `sameLevelVacancy`, placed in a vacancy of the same level first).
 */
export function endRotation(state: SimulationState, p: PersonState): void {
  const away = p.away;
  if (!away || p.status !== Status.Rotation) return;
  const op = away.operation;
  const current = p.posts[0];
  if (away.onReturn === 'stay') {
    state.place(p, current);
    state.recordChange(p, 'placed', null, state.postRef(current), op, 'stay');
    return;
  }
  const origin = state.current(away.origin);
  state.flows.returns[origin >= 0 ? origin : p.presentUnit]++;
  const back: HeldPost | null = origin >= 0 ? { unit: origin, ...away.originPost } : null;
  // The post kept for them, as it now stands: a merger may have made a head its deputy meanwhile.
  const kept = away.quotaAt === 'origin' ? p.posts[1] : undefined;
  if (back && kept) {
    state.place(p, kept);
    state.recordChange(p, 'returned', state.postRef(current), state.postRef(kept), op, null);
    return;
  }
  const missing: string[] = [];
  if (!back) missing.push('unit');
  else {
    if (state.vacancies(origin) <= 0) missing.push('quota');
    if (!state.postFree(origin, back.role)) missing.push('post');
  }
  if (back && missing.length === 0) {
    state.place(p, back);
    state.recordChange(p, 'returned', state.postRef(current), state.postRef(back), op, null);
    return;
  }
  const home = origin >= 0 ? origin : away.origin;
  state.flows.returnConflicts[home]++;
  state.report('warning', 'returnConflict', op, { person: p, unit: home }, { missing: missing.join('+') });
  state.recordChange(p, 'returnConflict', state.postRef(current), null, op, missing.join('+'));
  if (away.onReturn === 'sameLevelVacancy') {
    const unit = state.units[home];
    const to = state.vacancyAtLevel(unit.level, unit.locality, home);
    if (to >= 0) {
      const post: HeldPost = { unit: to, title: away.originPost.title, role: 'staff' };
      state.place(p, post);
      state.recordChange(p, 'placed', null, state.postRef(post), op, null);
      return;
    }
  }
  state.unpost(p, home);
  state.recordChange(p, 'withoutPost', null, null, op, 'returnConflict');
}
