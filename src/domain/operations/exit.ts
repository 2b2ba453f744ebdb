import { lastWorkingMonth } from '../retirement';
import type { ExitOp } from '../scenario';
import { selectPeople } from '../selection';
import type { PersonState } from '../state';
import { Status } from '../state';
import type { OperationContext } from './context';
import { reportUnknown } from './context';

/**
 * Nghỉ theo chính sách: each person selected leaves from the operation's month (gone from its
 * figures), their posts and quota freed as by a retirement. Eligibility is checked against the years
 * left to the statutory retirement age at that month: early retirement at most
 * `earlyRetirementMaxYearsLeft` (NĐ 178/2024 art. 7), resignation at least `resignationMinYearsLeft`
 * (art. 9–10). Someone not eligible stays, with an error naming them; someone whose age is unknown
 * leaves, with a warning that it could not be checked.
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
      const years = yearsToStatutoryAge(ctx, p);
      if (years === null) state.report('warning', 'exitUnchecked', ctx.index, { person: p, unit: p.rosterUnit }, {});
      else {
        const { earlyRetirementMaxYearsLeft: most, resignationMinYearsLeft: least } = state.settings;
        const eligible = op.policy === 'earlyRetirement' ? years <= most : years >= least;
        if (!eligible) {
          const code = op.policy === 'earlyRetirement' ? 'earlyRetirementNotEligible' : 'resignationNotEligible';
          state.report('error', code, ctx.index, { person: p, unit: p.rosterUnit }, { years, limit: op.policy === 'earlyRetirement' ? most : least });
          continue;
        }
      }
    }
    state.flows.exits[p.rosterUnit]++;
    state.depart(p, 'exited', ctx.index, op.policy);
  }
}

/** Whole years from the month to the statutory retirement age, or null when the age is unknown. */
function yearsToStatutoryAge(ctx: OperationContext, p: PersonState): number | null {
  if (p.birthMonth === null || p.gender === null) return null;
  const last = lastWorkingMonth(ctx.state.settings.retirement.table, p.birthMonth, p.gender);
  return last === null ? null : Math.floor((last + 1 - ctx.month) / 12);
}
