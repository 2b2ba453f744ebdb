import { planSheets, runScenarios, summarizePlan } from '../app/planner';
import type { SimulationRequest, WorkerMessage } from './simulation';

/** The worker's side of simulation.ts: simulate, lay out the sheets, post them back. */
const scope = self as unknown as { onmessage: ((e: MessageEvent<SimulationRequest>) => void) | null; postMessage(m: WorkerMessage): void };

scope.onmessage = (event) => {
  const r = event.data;
  try {
    if (r.input.staffing === null) throw new Error('the input tables have blocking problems');
    let last = 0;
    const plan = runScenarios(r.input.staffing, r.scenarios, r.startMonth, (done, total, label) => {
      // A message per simulated month would flood the pane; a few per second are enough.
      const now = performance.now();
      if (now - last < 100 && done < total) return;
      last = now;
      scope.postMessage({ kind: 'progress', done, total, label });
    }, r.lang);
    const sheets = planSheets(plan, {
      lang: r.lang, runDate: r.runDate, ranAt: r.ranAt, input: r.input, scenarios: r.scenarios, comparisonOnly: r.comparisonOnly,
      ...(r.timeline ? { timeline: r.timeline } : {}),
    });
    scope.postMessage({ kind: 'done', outcome: { summary: summarizePlan(plan), sheets } });
  } catch (e) {
    scope.postMessage({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
};
