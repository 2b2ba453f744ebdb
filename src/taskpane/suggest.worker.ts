import loadHighs from 'highs';
import { highsSolver } from '../app/solver';
import { suggestPlan } from '../app/suggest';
import type { SuggestionRequest, SuggestWorkerMessage } from './suggestion';

/** The worker's side of suggestion.ts: load the solver (its .wasm is an asset beside this chunk), solve, post back. */
const scope = self as unknown as { onmessage: ((e: MessageEvent<SuggestionRequest>) => void) | null; postMessage(m: SuggestWorkerMessage): void };
const solver = highsSolver(() => loadHighs());

scope.onmessage = (event) => {
  const r = event.data;
  suggestPlan(r.staffing, r.request, r.startMonth, solver, {
    lang: r.lang, runDate: r.runDate, code: r.code, timeLimitSeconds: r.timeLimitSeconds,
    onProgress: (progress) => scope.postMessage({ kind: 'progress', progress }),
  }).then(
    (outcome) => scope.postMessage({ kind: 'done', outcome }),
    (e: unknown) => scope.postMessage({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
  );
};
