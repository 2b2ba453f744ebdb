import type { Highs } from 'highs';
import type { MipModel, MipOptions, MipSolution, MipSolver, MipStatus } from '../domain/mip';

/**
 * The MIP solver: HiGHS compiled to WebAssembly (the `highs` package), loaded on first use — in Node for
 * the command line, in the pane's worker for the Suggest step — so that nothing of it is in the pane's
 * first script. The load function is the host's: Node finds the .wasm beside the package; the worker is
 * given its URL.
 */

/** Solver output is off; progress goes through callbacks, at most every `PROGRESS_MS`. */
const PROGRESS_MS = 200;

export function highsSolver(load: () => Promise<Highs>): MipSolver {
  let loading: Promise<Highs> | null = null;
  return {
    async solve(model: MipModel, options: MipOptions): Promise<MipSolution> {
      loading ??= load();
      const highs = await loading;
      options.signal?.throwIfAborted();
      return solveWith(highs, model, options);
    },
  };
}

function solveWith(highs: Highs, model: MipModel, options: MipOptions): MipSolution {
  const started = Date.now();
  const { constants } = highs;
  if (model.numCols === 0) return { status: 'optimal', values: new Float64Array(0), objective: 0, gap: 0, seconds: 0 };
  const data = {
    numCols: model.numCols,
    numRows: model.numRows,
    sense: model.sense === 'maximize' ? constants.objectiveSense.maximize : constants.objectiveSense.minimize,
    colCost: model.colCost,
    colLower: model.colLower,
    colUpper: model.colUpper,
    rowLower: model.rowLower.map((v) => (Number.isFinite(v) ? v : -highs.infinity)),
    rowUpper: model.rowUpper.map((v) => (Number.isFinite(v) ? v : highs.infinity)),
    matrix: { format: 'csc' as const, numRows: model.numRows, numCols: model.numCols, starts: model.starts, indices: model.indices, values: model.values },
    ...(model.integer ? { integrality: new Int32Array(model.numCols).fill(constants.variableType.integer) } : {}),
  };
  return highs.withModel(data, (m) => {
    m.options.set({ output_flag: false, time_limit: options.timeLimitSeconds, mip_rel_gap: options.relativeGap });
    let last = 0;
    m.run({
      [constants.callbackType.mipLogging](event) {
        const now = Date.now();
        if (now - last < PROGRESS_MS) return undefined;
        last = now;
        options.onProgress?.({ seconds: (now - started) / 1000, objective: event.data.mip_primal_bound ?? null, gap: event.data.mip_gap ?? null });
        return undefined;
      },
      [constants.callbackType.mipInterrupt](event) {
        if (options.signal?.aborted) event.interrupt();
        return undefined;
      },
    });
    const code = m.getModelStatus();
    const s = constants.modelStatus;
    const hasSolution = Number(m.info.get('primal_solution_status')) === 2;
    const status: MipStatus = code === s.optimal ? 'optimal'
      : code === s.infeasible ? 'infeasible'
        : hasSolution ? 'feasible' : 'none';
    const values = status === 'optimal' || status === 'feasible' ? Float64Array.from(m.getSolution().colValue) : null;
    const gap = status === 'optimal' ? 0 : model.integer && values ? numberOrNull(m.info.get('mip_gap')) : null;
    return { status, values, objective: values ? m.getObjectiveValue() : null, gap, seconds: (Date.now() - started) / 1000 };
  });
}

function numberOrNull(v: number | bigint): number | null {
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}
