import type { Operation } from '../scenario';
import { applyConcurrentTitles } from './concurrentTitles';
import { applyExit } from './exit';
import type { OperationContext } from './context';
import { applyMerge } from './merge';
import { applyAbolish, applyMove } from './moveAbolish';
import { applyQuotaChange } from './quotaChange';
import { applyRotation } from './rotation';
import { applySecondment } from './secondment';

export type { OperationContext } from './context';
export { endRotation } from './rotation';
export { endSecondment } from './secondment';
export { concentration } from './concurrentTitles';

/** The table of operations: adding one touches a new file and one line here. */
export function applyOperation(op: Operation, ctx: OperationContext): void {
  switch (op.type) {
    case 'concurrentTitles': return applyConcurrentTitles(op, ctx);
    case 'merge': return applyMerge(op, ctx);
    case 'rotation': return applyRotation(op, ctx);
    case 'secondment': return applySecondment(op, ctx);
    case 'quotaChange': return applyQuotaChange(op, ctx);
    case 'move': return applyMove(op, ctx);
    case 'abolish': return applyAbolish(op, ctx);
    case 'exit': return applyExit(op, ctx);
    default: return assertNever(op);
  }
}

function assertNever(x: never): never {
  throw new Error(`Unknown operation ${JSON.stringify(x)}`);
}
