import { monthsToStatutoryAge } from '../retirement';
import type { ExitOp } from '../scenario';
import { selectPeople } from '../selection';
import { Status } from '../state';
import type { OperationContext } from './context';
import { reportUnknown } from './context';

/**
 * Nghỉ theo chính sách: each person selected leaves from the operation's month (gone from its
 * figures), their posts and quota freed as by a retirement. Eligibility is checked against the time
 * left, in months, from that month to the month the statutory retirement age is reached: early
 * retirement at most `earlyRetirementMaxYearsLeft` years (NĐ 178/2024 art. 7), resignation at least
 * `resignationMinYearsLeft` (art. 9–10). Months, not whole years: 10 years and 10 months is more than
 * 10 years. Someone not eligible stays, with an error naming them and the years and months left;
 * someone whose age is unknown leaves, with a warning that it could not be checked. A resignation
 * within the early-retirement years is warned about (art. 9–10 are for those not eligible for it).
 */
export function applyExit(op: ExitOp, ctx: OperationContext): void {
  const { state } = ctx;
  // Those left without a post are who an exit most often concerns: the rule form selects them too.
  for (const p of reportUnknown(ctx, selectPeople(state, op.people, ctx.month, true), 'person')) {
    if (p.status === Status.Retired) {
      state.report('warning', 'personNotAvailable', ctx.index, { person: p }, {});
      continue;
    }
    if (op.policy !== 'other') {
      const left = monthsToStatutoryAge(state.settings.retirement.table, p.birthMonth, p.gender, ctx.month);
      if (left === null) state.report('warning', 'exitUnchecked', ctx.index, { person: p, unit: p.rosterUnit }, {});
      else {
        const { earlyRetirementMaxYearsLeft: most, resignationMinYearsLeft: least } = state.settings;
        const eligible = op.policy === 'earlyRetirement' ? left <= most * 12 : left >= least * 12;
        if (!eligible) {
          const code = op.policy === 'earlyRetirement' ? 'earlyRetirementNotEligible' : 'resignationNotEligible';
          const params = { years: Math.floor(left / 12), months: left % 12, limit: op.policy === 'earlyRetirement' ? most : least };
          state.report('error', code, ctx.index, { person: p, unit: p.rosterUnit }, params);
          continue;
        }
        // Resignation is for those not eligible for early retirement; that also takes years of social
        // insurance, which the tables do not hold: a warning, not a refusal.
        if (op.policy === 'resignation' && left <= most * 12) {
          state.report('warning', 'resignationWhileEarlyRetirementAge', ctx.index, { person: p, unit: p.rosterUnit }, { years: Math.floor(left / 12), months: left % 12, limit: most });
        }
      }
    }
    state.flows.exits[p.rosterUnit]++;
    state.depart(p, 'exited', ctx.index, op.policy);
  }
}

