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

/** Runs each request in a fresh worker: cancelling terminates it at once, wherever it is. */
export function workerSimulator(createWorker: () => Worker): Simulator {
  return {
    start(request, progress) {
      const worker = createWorker();
      let settle: { reject(e: Error): void } | null = null;
      const done = new Promise<SimulationOutcome>((resolve, reject) => {
        settle = { reject };
        worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
          const message = event.data;
          if (message.kind === 'progress') progress(message.done, message.total, message.label);
          else {
            worker.terminate();
            if (message.kind === 'done') resolve(message.outcome);
            else reject(new Error(message.message));
          }
        };
        worker.onerror = (event) => {
          worker.terminate();
          reject(new Error(event.message || 'simulation worker failed'));
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
    },
  };
}
