import type { PlanSummary, ScenarioSummary } from '../app/planner';

/** What the Compare step's table shows: which columns, each with its own horizon, and what each scenario is compared with. */

/**
 * The scenario shown alone ('' for all of them side by side): the planner's choice while it names a
 * scenario of these results, all of them once it no longer does (a choice left from an earlier
 * comparison showed no column at all); without a choice, the first scenario in a narrow pane.
 */
export function shownCode(choice: string | null, codes: readonly string[], narrow: boolean): string {
  if (choice !== null) return choice === '' || codes.includes(choice) ? choice : '';
  return narrow ? codes[0] ?? '' : '';
}

export interface CompareColumn {
  readonly kind: 'baseline' | 'scenario';
  /** Unique among the columns. */
  readonly key: string;
  /** A scenario's code; for a baseline, the codes of the scenarios compared with it (none for the default one). */
  readonly codes: readonly string[];
  readonly summary: ScenarioSummary;
  /** For a scenario, the key of the baseline column its change is counted against. */
  readonly against: string | null;
}

export interface CompareTable {
  readonly columns: readonly CompareColumn[];
  /** The last month shared by every column, or null when their horizons differ (each then says its own). */
  readonly lastMonth: string | null;
}

/** Two baselines with the same figures are one column (runs come back from a worker: no identity to compare). */
function figuresOf(s: ScenarioSummary): string {
  return JSON.stringify([s.firstMonth, s.lastMonth, s.months, s.kpis, s.peopleWithChangedPost]);
}

/**
 * The columns for `only` ('' = every scenario), as the comparison sheet lays them out: the default
 * baseline, then each other baseline some shown scenario is compared with, then the scenarios. A
 * scenario shown alone is beside its own baseline only. A baseline other than the default one says
 * which scenarios use it (the sheet's "baseline with the settings of …").
 */
export function compareTable(summary: PlanSummary, only: string): CompareTable {
  const base = figuresOf(summary.baseline);
  // Each scenario with its own baseline's key, worked out once.
  const all = summary.results.map((r, i) => {
    const own = summary.baselines[i] ?? summary.baseline;
    const figures = figuresOf(own);
    return { r, own, key: figures === base ? 'base' : `base:${figures}` };
  });
  const shown = all.filter(({ r }) => only === '' || r.code === only);
  const bases = new Map<string, ScenarioSummary>();
  if (only === '') bases.set('base', summary.baseline);
  for (const { own, key } of shown) if (!bases.has(key)) bases.set(key, own);
  const columns: CompareColumn[] = [
    ...[...bases].map(([key, b]): CompareColumn => ({
      kind: 'baseline', key, summary: b, against: null,
      codes: key === 'base' ? [] : all.filter((x) => x.key === key).map(({ r }) => r.code),
    })),
    ...shown.map(({ r, key }): CompareColumn => ({ kind: 'scenario', key: `scenario:${r.code}`, codes: [r.code], summary: r, against: key })),
  ];
  const months = new Set(columns.map((c) => c.summary.lastMonth));
  return { columns, lastMonth: months.size === 1 ? [...months][0] : null };
}
