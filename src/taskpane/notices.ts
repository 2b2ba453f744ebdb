import { fill } from '../i18n/messages';
import type { PaneText } from '../i18n/pane';
import { ForeignSheetError, InterruptedWriteError, WorkbookProtectedError, type RecoveredWrite } from '../workbook/workbook';
import { StoreReadOnlyError } from './session';
import { CancelledError } from './simulation';

/** What the pane tells the planner when a change to the workbook fails, or was found cut short and repaired. */

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the planner reads when an action on the workbook fails: why, and what to do about it. */
export function failureText(error: unknown, t: PaneText): string {
  if (error instanceof ForeignSheetError) return fill(error.role === 'store' ? t.errors.storeSheet : t.run.clash, { sheet: error.sheet });
  if (error instanceof WorkbookProtectedError) return error.sheet === null ? t.errors.structureProtected : fill(t.errors.sheetProtected, { sheet: error.sheet });
  if (error instanceof InterruptedWriteError) return t.errors.interrupted;
  if (error instanceof CancelledError) return t.run.cancelled;
  if (error instanceof StoreReadOnlyError) {
    const { store } = error;
    if (store.foreign !== null) return fill(t.errors.storeSheet, { sheet: store.foreign });
    return store.damaged ? t.errors.storeDamaged : t.errors.storeNewer;
  }
  return fill(t.common.failed, { message: errorText(error) });
}

/** What the pane says of writes found cut short and repaired when it started. */
export function recoveryText(recovered: RecoveredWrite, t: PaneText): string {
  const restored = recovered.outcome === 'restored';
  if (recovered.sheets.length === 0) return restored ? t.recovery.restoredStore : t.recovery.completedStore;
  return fill(restored ? t.recovery.restored : t.recovery.completed, { sheets: recovered.sheets.join(', ') });
}

