import type { PlanSummary, ScenarioSummary } from '../../src/app/planner';
import type { Kpi } from '../../src/domain/result';
import { compareTable, shownCode } from '../../src/taskpane/compareColumns';

function summaryOf(code: string, lastMonth: string, roster: number): ScenarioSummary {
  const kpi = { metric: 'roster', before: 100, end: roster, worst: roster, worstMonth: null, total: null } as unknown as Kpi;
  return { code, name: code, months: 12, firstMonth: '2026-01', lastMonth, kpis: [kpi], peopleWithChangedPost: 0, changes: 0, errors: 0, warnings: 0 };
}

describe('shownCode', () => {
  it('keeps a choice that names one of the results, and shows them all once it no longer does', () => {
    expect(shownCode('DD', ['DD', 'NH'], true)).toBe('DD');
    expect(shownCode('', ['DD', 'NH'], true)).toBe('');
    // DD was shown alone, then unticked and the comparison made again without it.
    expect(shownCode('DD', ['NH'], false)).toBe('');
    expect(shownCode('DD', ['NH', 'BP'], true)).toBe('');
  });

  it('without a choice, shows the first scenario in a narrow pane and all of them otherwise', () => {
    expect(shownCode(null, ['DD', 'NH'], true)).toBe('DD');
    expect(shownCode(null, ['DD', 'NH'], false)).toBe('');
  });
});

describe('compareTable', () => {
  const baseline = summaryOf('BASE', '2031-10', 100);
  // NH has a horizon of its own: its baseline is the same settings over 24 months.
  const ownBase = summaryOf('BASE', '2028-01', 90);
  const plan: PlanSummary = {
    baseline,
    results: [summaryOf('DD', '2031-10', 110), summaryOf('NH', '2028-01', 95), summaryOf('BP', '2028-01', 80)],
    // Figures equal to the default baseline's are that baseline, whatever object carries them.
    baselines: [{ ...baseline }, ownBase, { ...ownBase }],
  };

  it('shows every baseline a scenario is compared with, named after its scenarios, and each horizon when they differ', () => {
    const all = compareTable(plan, '');
    expect(all.columns.map((c) => [c.kind, c.codes, c.summary.lastMonth])).toEqual([
      ['baseline', [], '2031-10'],
      ['baseline', ['NH', 'BP'], '2028-01'],
      ['scenario', ['DD'], '2031-10'],
      ['scenario', ['NH'], '2028-01'],
      ['scenario', ['BP'], '2028-01'],
    ]);
    expect(all.lastMonth).toBeNull();
    const keys = all.columns.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    // Each change is counted against a column shown: DD against the default baseline, NH against its own.
    const byKey = new Map(all.columns.map((c) => [c.key, c]));
    expect(all.columns.filter((c) => c.kind === 'scenario').map((c) => byKey.get(c.against ?? '')?.summary.lastMonth)).toEqual(['2031-10', '2028-01', '2028-01']);
  });

  it('shows a scenario alone beside its own baseline, and one horizon once when all columns share it', () => {
    const nh = compareTable(plan, 'NH');
    expect(nh.columns.map((c) => [c.kind, c.codes])).toEqual([['baseline', ['NH', 'BP']], ['scenario', ['NH']]]);
    expect(nh.columns[1].against).toBe(nh.columns[0].key);
    expect(nh.lastMonth).toBe('2028-01');
    const dd = compareTable(plan, 'DD');
    expect(dd.columns.map((c) => [c.kind, c.codes])).toEqual([['baseline', []], ['scenario', ['DD']]]);
    expect(dd.lastMonth).toBe('2031-10');
  });
});
