/**
 * A mixed-integer linear program as solvers take it: sparse columns (CSC), bounds and costs. Plain
 * data, so the domain builds and reads models without knowing which solver runs them; the solver is an
 * adapter (src/app/solver.ts: HiGHS compiled to WebAssembly).
 */

export interface MipModel {
  readonly sense: 'maximize' | 'minimize';
  readonly numCols: number;
  readonly numRows: number;
  readonly colCost: Float64Array;
  readonly colLower: Float64Array;
  readonly colUpper: Float64Array;
  /** Every column is integer (the models here count people). */
  readonly integer: boolean;
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  /** Column j's entries are at starts[j] .. starts[j + 1] - 1 of indices (rows) and values. */
  readonly starts: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

/** optimal: proved; feasible: the best found when the time limit stopped the search; none: no solution. */
export type MipStatus = 'optimal' | 'feasible' | 'infeasible' | 'none';

export interface MipSolution {
  readonly status: MipStatus;
  /** A value per column, or null without a solution. */
  readonly values: Float64Array | null;
  readonly objective: number | null;
  /** Relative gap between the solution and the best bound proved (0 when optimal), when known. */
  readonly gap: number | null;
  readonly seconds: number;
}

export interface MipProgress {
  readonly seconds: number;
  /** The best objective found so far and the relative gap to the bound, when the solver says. */
  readonly objective: number | null;
  readonly gap: number | null;
}

export interface MipOptions {
  readonly timeLimitSeconds: number;
  /** Stop when the solution is proved within this relative gap of the optimum (0.01: 1 %). */
  readonly relativeGap: number;
  readonly onProgress?: (progress: MipProgress) => void;
  readonly signal?: AbortSignal;
}

export interface MipSolver {
  solve(model: MipModel, options: MipOptions): Promise<MipSolution>;
}

/** Builds a model column by column; rows are declared first with their bounds. */
export class MipBuilder {
  private readonly rowLower: number[] = [];
  private readonly rowUpper: number[] = [];
  private readonly cost: number[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];
  private readonly starts: number[] = [0];
  private readonly indices: number[] = [];
  private readonly values: number[] = [];

  /** A row lower ≤ Σ ≤ upper; returns its index. */
  row(lower: number, upper: number): number {
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
    return this.rowLower.length - 1;
  }

  /** A column with its cost, bounds and (row, coefficient) entries; returns its index. */
  column(cost: number, lower: number, upper: number, entries: readonly (readonly [number, number])[]): number {
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    for (const [row, value] of entries) {
      this.indices.push(row);
      this.values.push(value);
    }
    this.starts.push(this.indices.length);
    return this.cost.length - 1;
  }

  get columns(): number {
    return this.cost.length;
  }

  build(sense: MipModel['sense']): MipModel {
    return {
      sense, numCols: this.cost.length, numRows: this.rowLower.length, integer: true,
      colCost: Float64Array.from(this.cost), colLower: Float64Array.from(this.lower), colUpper: Float64Array.from(this.upper),
      rowLower: Float64Array.from(this.rowLower), rowUpper: Float64Array.from(this.rowUpper),
      starts: Int32Array.from(this.starts), indices: Int32Array.from(this.indices), values: Float64Array.from(this.values),
    };
  }
}

/** Whether a solution meets every bound and row of a model (within a tolerance): a check on solvers. */
export function satisfies(model: MipModel, values: Float64Array, tolerance = 1e-6): boolean {
  const rows = new Float64Array(model.numRows);
  for (let j = 0; j < model.numCols; j++) {
    const v = values[j];
    if (v < model.colLower[j] - tolerance || v > model.colUpper[j] + tolerance) return false;
    if (model.integer && Math.abs(v - Math.round(v)) > tolerance) return false;
    for (let k = model.starts[j]; k < model.starts[j + 1]; k++) rows[model.indices[k]] += model.values[k] * v;
  }
  for (let i = 0; i < model.numRows; i++) {
    if (rows[i] < model.rowLower[i] - tolerance || rows[i] > model.rowUpper[i] + tolerance) return false;
  }
  return true;
}

/**
 * The most columns a program is given: HiGHS compiled to WebAssembly solves this many in a few
 * seconds and well within its memory (1.5 million aborted it in Node).
 */
export const COLUMN_BUDGET = 300_000;

/**
 * How many options each class keeps, given how many each has: all of them while their sum is within the
 * budget, else the largest cap k with Σ min(count, k) within it (at least 20 each).
 */
export function optionsCap(counts: readonly number[], budget = COLUMN_BUDGET): number {
  const sorted = [...counts].sort((a, b) => a - b);
  let used = 0;
  for (let i = 0; i < sorted.length; i++) {
    const left = sorted.length - i;
    // Every class from here on has at least sorted[i] options: can each keep them all?
    if (used + sorted[i] * left > budget) return Math.max(20, Math.floor((budget - used) / left));
    used += sorted[i];
  }
  return Infinity;
}

export interface Option<T> {
  /** The objective's value of the option (higher is better). */
  readonly cost: number;
  /** The destination's index, for spreading ties. */
  readonly index: number;
  readonly value: T;
}

/**
 * Each item's options, all of them or, when all would pass the budget, the best of each (optionsCap).
 * They are worked out once and kept while they fit in the budget; past it (a large province, whose
 * options would not fit in memory), counted first and worked out again one item at a time.
 */
export function boundedOptions<T, O>(
  items: readonly T[], optionsOf: (item: T) => Option<O>[], spread: number, budget = COLUMN_BUDGET,
): { readonly kept: number | null; each(visit: (item: T, nth: number, all: readonly Option<O>[], kept: readonly Option<O>[]) => void): void } {
  let stored: Option<O>[][] | null = [];
  let total = 0;
  const counts = items.map((item) => {
    const all = optionsOf(item);
    total += all.length;
    if (stored !== null && total <= budget) stored.push(all);
    else stored = null;
    return all.length;
  });
  const cap = optionsCap(counts, budget);
  return {
    // Null when every option is kept; else how many each item kept of more.
    kept: Number.isFinite(cap) && counts.some((n) => n > cap) ? cap : null,
    each(visit) {
      items.forEach((item, nth) => {
        const all = stored?.[nth] ?? optionsOf(item);
        visit(item, nth, all, best(all, cap, nth, spread));
      });
    },
  };
}

/**
 * The best `k` options by value; among equal values, those from a starting point that moves with the
 * class, so that classes with the same preferences do not all keep the same destinations.
 */
export function best<T>(options: readonly Option<T>[], k: number, nth: number, of: number): readonly Option<T>[] {
  if (options.length <= k) return options;
  const start = (nth * 7919) % Math.max(1, of);
  const turn = (i: number): number => (i - start + of) % Math.max(1, of);
  // A copy sorted: the caller's list keeps its order.
  return [...options].sort((a, b) => b.cost - a.cost || turn(a.index) - turn(b.index)).slice(0, k);
}
