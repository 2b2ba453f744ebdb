import type { SimulationRequest, WorkerMessage } from './simulation';
import { simulateRequest } from './simulate';

/** The worker's side of simulation.ts: simulate, lay out the sheets, post them back. */
const scope = self as unknown as { onmessage: ((e: MessageEvent<SimulationRequest>) => void) | null; postMessage(m: WorkerMessage): void };

scope.onmessage = (event) => {
  try {
    let last = 0;
    const outcome = simulateRequest(event.data, (done, total, label) => {
      // A message per simulated month would flood the pane; a few per second are enough.
      const now = performance.now();
      if (now - last < 100 && done < total) return;
      last = now;
      scope.postMessage({ kind: 'progress', done, total, label });
    });
    scope.postMessage({ kind: 'done', outcome });
  } catch (e) {
    scope.postMessage({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
};
