import type { PlannerInput, PlanSummary, TimelineDetail } from '../app/planner';
import type { Scenario } from '../domain/scenario';
import type { Lang } from '../i18n/messages';
import type { SheetDescription } from '../sheets/layout';
import type { WhereaboutsView } from '../app/follow';

/**
 * The simulation runs in a Web Worker so that Excel never sees the pane's thread blocked (it restarts
 * an add-in after about 5 s). The worker simulates and lays out the sheets; the pane writes them.
 */

export interface SimulationRequest {
  readonly input: PlannerInput;
  readonly scenarios: readonly Scenario[];
  readonly startMonth: string;
  readonly lang: Lang;
  readonly runDate: string;
  readonly ranAt: string;
  readonly comparisonOnly: boolean;
  /** The timeline by locality or parent locality (default: chosen by the workbook's size). */
  readonly timeline?: TimelineDetail;
  /** People (ids) to follow across the scenarios. */
  readonly follow?: readonly string[];
}

export interface SimulationOutcome {
  readonly summary: PlanSummary;
  readonly sheets: readonly SheetDescription[];
  /** Where the people followed are, for the pane to show; null when none is followed. */
  readonly whereabouts: WhereaboutsView | null;
}

export type WorkerMessage =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number; readonly label: string }
  | { readonly kind: 'done'; readonly outcome: SimulationOutcome }
  | { readonly kind: 'failed'; readonly message: string };

/** A run stopped by the planner. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface SimulationRun {
  readonly done: Promise<SimulationOutcome>;
  cancel(): void;
}

export interface Simulator {
  start(request: SimulationRequest, progress: (done: number, total: number, label: string) => void): SimulationRun;
}

/** A worker's replies: progress, then the outcome or why it failed. */
export type WorkerReply<T> = { readonly kind: 'progress' } | { readonly kind: 'done'; readonly outcome: T } | { readonly kind: 'failed'; readonly message: string };

/**
 * Posts one request to a fresh worker and waits for its outcome: cancelling terminates the worker at
 * once, wherever it is. The simulation and the Suggest step's solver both run this way.
 */
export function runInWorker<T, M extends WorkerReply<T>>(
  worker: Worker, request: unknown, progress: (message: Extract<M, { kind: 'progress' }>) => void, failedToStart: string,
): { readonly done: Promise<T>; cancel(): void } {
  let settle: { reject(e: Error): void } | null = null;
  const done = new Promise<T>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (event: MessageEvent<M>) => {
      const message = event.data;
      if (message.kind === 'progress') progress(message as Extract<M, { kind: 'progress' }>);
      else {
        worker.terminate();
        if (message.kind === 'done') resolve((message as { outcome: T }).outcome);
        else reject(new Error((message as { message: string }).message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || failedToStart));
    };
    worker.postMessage(request);
  });
  return {
    done,
    cancel() {
      worker.terminate();
      settle?.reject(new CancelledError());
    },
  };
}

/** Runs each request in a fresh worker. */
export function workerSimulator(createWorker: () => Worker): Simulator {
  return {
    start: (request, progress) => runInWorker<SimulationOutcome, WorkerMessage>(
      createWorker(), request, (m) => progress(m.done, m.total, m.label), 'simulation worker failed',
    ),
  };
}
