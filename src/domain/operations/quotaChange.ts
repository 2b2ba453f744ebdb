import type { QuotaChange, QuotaChangeOp } from '../scenario';
import { selectUnits } from '../selection';
import type { OperationContext } from './context';
import { reportUnknown } from './context';

/** Tinh giản: set or cut quotas from the operation's month. */
export function applyQuotaChange(op: QuotaChangeOp, ctx: OperationContext): void {
  const units = reportUnknown(ctx, selectUnits(ctx.state, op.units), 'unit');
  for (const u of units) {
    const unit = ctx.state.units[u];
    unit.quota = changedQuota(unit.quota, op.change);
  }
}

/** A cut of p % removes at least p % of the posts: the number cut is rounded up. Never below zero. */
export function changedQuota(quota: number, change: QuotaChange): number {
  switch (change.mode) {
    case 'set': return Math.max(0, change.value);
    case 'cut': return Math.max(0, quota - change.value);
    case 'cutPercent': return Math.max(0, quota - Math.ceil((quota * change.value) / 100 - 1e-9));
  }
}
