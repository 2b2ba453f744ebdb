import type { Metric } from '../domain/result';
import type { Measure } from '../i18n/en/report';
import { monthText } from './excelDate';
import { fill, reportText, type Lang } from './labels';
import type { Block } from './layout';
import { subtitle } from './reportTable';

export interface DefinitionsInput {
  readonly lang: Lang;
  /** The row of the subtitle. */
  readonly row: number;
  readonly metrics: readonly Metric[];
  readonly measures: readonly Measure[];
  /** 'YYYY-MM' of the first and last simulated months, named by the measures' lines. */
  readonly firstMonth: string | null;
  readonly lastMonth: string | null;
  /** More lines for the sheet's other columns: label and meaning. */
  readonly more?: readonly (readonly [string, string])[];
}

/**
 * "What the figures mean": one line per metric, measure and comparison term shown on the sheet, the
 * label in column A and its definition beside it, so that a printed page explains itself.
 */
export function definitionBlocks(input: DefinitionsInput): { blocks: Block[]; nextRow: number } {
  const t = reportText(input.lang);
  const month = (m: string | null) => (m ? monthText(m) : '');
  const lines: (readonly [string, string])[] = [
    ...input.metrics.map((m): [string, string] => [t.metrics[m], t.metricDefinitions[m]]),
    ...input.measures.map((m): [string, string] => [
      t.measures[m], fill(t.measureDefinitions[m], { month: month(m === 'start' ? input.firstMonth : input.lastMonth) }),
    ]),
    [t.baseline.name, t.baseline.definition],
    [t.kpi.change, t.definitions.change],
    [t.summary.peopleWithChangedPost, t.definitions.peopleWithChangedPost],
    ...(input.more ?? []),
  ];
  const first = input.row + 1;
  return {
    blocks: [
      subtitle(input.row, t.definitions.heading),
      { row: first, col: 1, values: lines.map(([label]) => [label]), style: 'label' },
      { row: first, col: 2, values: lines.map(([, text]) => [text]) },
    ],
    nextRow: first + lines.length,
  };
}
