import type { SuggestOutcome } from '../app/suggest';
import type { MipProgress } from '../domain/mip';
import type { Staffing } from '../domain/model';
import type { SuggestRequest } from '../domain/suggest';
import type { Lang } from '../i18n/messages';
import { runInWorker } from './simulation';

/**
 * The Suggest step's solver runs in a worker of its own, created when a plan is asked for: the WebAssembly
 * solver (3.5 MB) is fetched then, never with the pane. Cancelling terminates the worker at once.
 */

export interface SuggestionRequest {
  readonly staffing: Staffing;
  readonly request: SuggestRequest | readonly SuggestRequest[];
  readonly startMonth: string;
  readonly lang: Lang;
  readonly runDate: string;
  readonly code: string;
  readonly timeLimitSeconds: number;
}

export type SuggestWorkerMessage =
  | { readonly kind: 'progress'; readonly progress: MipProgress }
  | { readonly kind: 'done'; readonly outcome: SuggestOutcome }
  | { readonly kind: 'failed'; readonly message: string };

export interface SuggestionRun {
  readonly done: Promise<SuggestOutcome>;
  cancel(): void;
}

export interface Suggester {
  start(request: SuggestionRequest, progress: (p: MipProgress) => void): SuggestionRun;
}

export function workerSuggester(createWorker: () => Worker): Suggester {
  return {
    start: (request, progress) => runInWorker<SuggestOutcome, SuggestWorkerMessage>(
      createWorker(), request, (m) => progress(m.progress), 'The solver could not start',
    ),
  };
}
