import type { SecondmentOp } from '../scenario';
import { Destinations, selectPeople, selectUnits } from '../selection';
import type { PersonState, SimulationState } from '../state';
import { Status } from '../state';
import type { OperationContext } from './context';
import { knownUnitField, reportUnknown } from './context';

/**
 * Biệt phái: the person works at the host but stays on the origin's roster and quota, so the origin is
 * full on paper and one person short in practice: the hidden shortage (roster − present).
 */
export function applySecondment(op: SecondmentOp, ctx: OperationContext): void {
  const { state } = ctx;
  const duration = op.durationMonths ?? 36;
  if (duration > state.settings.secondmentMaxMonths) {
    state.report('error', 'secondmentTooLong', ctx.index, {}, { months: duration, max: state.settings.secondmentMaxMonths });
    return;
  }
  if (!knownUnitField(ctx, op.to.within)) return;
  const people = reportUnknown(ctx, selectPeople(state, op.people, ctx.month), 'person');
  const destinations = new Destinations(state, op.to, reportUnknown(ctx, selectUnits(state, op.to.unit), 'unit'), ctx.month);
  for (const [nth, p] of people.entries()) {
    if (p.status !== Status.Working) {
      state.report('warning', 'personNotAvailable', ctx.index, { person: p }, {});
      continue;
    }
    const host = destinations.pick(p, nth);
    if (host < 0) {
      state.report('warning', 'noDestination', ctx.index, { person: p }, {});
      continue;
    }
    destinations.took(p, host);
    const from = state.postRef(p.posts[0]);
    state.update(p, (x) => {
      x.status = Status.Secondment;
      x.presentUnit = host;
      x.away = {
        kind: 'secondment', operation: ctx.index, endMonth: ctx.month + duration, origin: x.rosterUnit,
        originPost: { title: x.posts[0].title, role: x.posts[0].role }, quotaAt: 'origin', onReturn: 'origin',
      };
    });
    const at = { unitId: state.units[host].id, title: op.to.title ?? from?.title ?? '', role: from?.role ?? 'staff' } as const;
    state.recordChange(p, 'seconded', from, at, ctx.index, String(duration));
    state.scheduleAwayEnd(ctx.month + duration, p.index);
  }
}

/** The end of a secondment: back at work in the origin post, which was never given away. */
export function endSecondment(state: SimulationState, p: PersonState): void {
  if (!p.away || p.status !== Status.Secondment) return;
  const op = p.away.operation;
  const host = p.presentUnit;
  state.update(p, (x) => {
    x.status = Status.Working;
    x.presentUnit = x.rosterUnit;
    x.away = null;
  });
  state.recordChange(p, 'secondmentEnded', { unitId: state.units[host].id, title: p.posts[0].title, role: p.posts[0].role }, state.postRef(p.posts[0]), op, null);
}
