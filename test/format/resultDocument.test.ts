import Ajv2020 from 'ajv/dist/2020';
import { METRICS, type Metric, type ScenarioResult, type SeriesSet } from '../../src/domain/result';
import { resolveSettings } from '../../src/domain/settings';
import resultSchema from '../../src/format/result.schema.json';
import { toResultJson } from '../../src/format/resultDocument';

const MONTHS = ['2026-01', '2026-02', '2026-03'];

/** A series set where metric k in month m is k * 10 + m, or the given values. */
function series(overrides: Partial<Record<Metric, number[]>> = {}): SeriesSet {
  const set = {} as Record<Metric, Int32Array>;
  METRICS.forEach((metric, k) => {
    set[metric] = Int32Array.from(overrides[metric] ?? MONTHS.map((_, m) => k * 10 + m));
  });
  return set;
}

/** Two communes of one district; in the scenario the party secretary of X1 also chairs its people's committee. */
function result(code: string, withChange: boolean): ScenarioResult {
  const u1 = series({ quota: [20, 20, 20], roster: [21, 21, 20], vacancies: [0, 0, 0], surplus: [1, 1, 0] });
  const u2 = series({ quota: [18, 17, 17], roster: [16, 16, 16], vacancies: [2, 1, 1], surplus: [0, 0, 0] });
  return {
    code,
    name: withChange ? 'Bí thư kiêm Chủ tịch UBND xã' : 'Giữ nguyên',
    description: '',
    settings: resolveSettings('2026-01', { horizonMonths: 3 }),
    months: MONTHS,
    units: [
      { id: 'X1', name: 'Đảng ủy xã Thạch Hà', level: 'Xã', locality: 'Thạch Hà', kind: 'Đảng ủy xã', inInput: true, closedFrom: null, mergedInto: null },
      { id: 'X2', name: 'UBND xã Thạch Hà', level: 'Xã', locality: 'Thạch Hà', kind: 'UBND xã', inInput: true, closedFrom: null, mergedInto: null },
    ],
    unitSeries: [u1, u2],
    byLevel: { 'Xã': series() },
    byLocality: { 'Thạch Hà': series() },
    total: series(),
    pools: [],
    kpis: [
      { metric: 'surplus', before: 2, start: 1, end: 0, worst: 1, worstMonth: '2026-01', total: null, clearedFrom: '2026-03' },
      { metric: 'retirements', before: null, start: 0, end: 1, worst: 1, worstMonth: '2026-03', total: 1, clearedFrom: null },
    ],
    peopleWithChangedPost: withChange ? 2 : 0,
    changes: withChange
      ? [
          {
            personId: 'P1', name: 'Nguyễn Văn An', month: '2026-01', kind: 'concurrentTitle',
            from: { unitId: 'X1', title: 'Bí thư Đảng ủy', role: 'head' },
            to: { unitId: 'X2', title: 'Chủ tịch UBND', role: 'head' }, operation: 0, detail: null,
          },
          {
            personId: 'P2', name: 'Trần Thị Bình', month: '2026-01', kind: 'replacedByConcurrent',
            from: { unitId: 'X2', title: 'Chủ tịch UBND', role: 'head' }, to: null, operation: 0, detail: null,
          },
        ]
      : [],
    issues: withChange
      ? [{
          severity: 'warning', code: 'powerConcentration', month: '2026-01', operation: 0,
          personId: 'P1', unitId: 'X2', params: { locality: 'Thạch Hà', person: 'Nguyễn Văn An' },
        }]
      : [],
  };
}

const META = {
  generatedAt: '2026-01-15T09:30:00Z',
  input: { fingerprint: 'sha256:0a1b2c', tables: ['Đơn vị!tblDonVi', 'Cán bộ!tblCanBo'] },
  toolVersion: '0.1.0',
};

const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(resultSchema);

describe('toResultJson', () => {
  it('produces a document that validates against result.schema.json', () => {
    const doc = toResultJson([result('S1', true)], result('BASE', false), META);
    expect(validate(doc)).toBe(true);
    expect(validate.errors ?? null).toBeNull();
  });

  it('validates with per-unit series too', () => {
    const doc = toResultJson([result('S1', true)], result('BASE', false), META, { unitSeries: true });
    expect(validate(doc)).toBe(true);
  });

  it('states its format, version, run and input', () => {
    const doc = toResultJson([], result('BASE', false), META);
    expect(doc).toMatchObject({
      format: 'staffing-planner/result',
      version: 4,
      generatedAt: '2026-01-15T09:30:00Z',
      toolVersion: '0.1.0',
      input: { fingerprint: 'sha256:0a1b2c', tables: ['Đơn vị!tblDonVi', 'Cán bộ!tblCanBo'] },
      scenarios: [],
    });
    expect(doc.baseline.code).toBe('BASE');
  });

  it('turns Int32Array series into plain arrays that survive JSON', () => {
    const doc = toResultJson([result('S1', true)], result('BASE', false), META, { unitSeries: true });
    const scenario = doc.scenarios[0];
    expect(Array.isArray(scenario.total.quota)).toBe(true);
    expect(scenario.units[0].series?.surplus).toEqual([1, 1, 0]);
    expect(scenario.units[1].series?.quota).toEqual([18, 17, 17]);
    expect(scenario.byLevel['Xã'].roster).toEqual([10, 11, 12]);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('keeps levels and localities named like Object.prototype\'s properties, "__proto__" included', () => {
    const named: ScenarioResult = {
      ...result('S1', true),
      byLevel: Object.defineProperty({ constructor: series() }, '__proto__', { value: series(), enumerable: true }) as ScenarioResult['byLevel'],
    };
    const doc = toResultJson([named], result('BASE', false), META);
    const text = JSON.stringify(doc);
    const parsed = JSON.parse(text).scenarios[0].byLevel;
    expect(Object.keys(parsed).sort()).toEqual(['__proto__', 'constructor']);
    expect(parsed.__proto__.quota).toEqual([0, 1, 2]);
  });

  it('has one value per month in every series, metrics in the order of METRICS', () => {
    const doc = toResultJson([result('S1', true)], result('BASE', false), META, { unitSeries: true });
    const all = [doc.scenarios[0].total, ...Object.values(doc.scenarios[0].byLocality), ...doc.scenarios[0].units.map((u) => u.series!)];
    for (const set of all) {
      expect(Object.keys(set)).toEqual([...METRICS]);
      for (const metric of METRICS) expect(set[metric]).toHaveLength(MONTHS.length);
    }
  });

  it('leaves per-unit series out unless asked', () => {
    const doc = toResultJson([result('S1', true)], result('BASE', false), META);
    expect(doc.scenarios[0].units.every((u) => !('series' in u))).toBe(true);
  });

  it('keeps changes, issues and KPIs as the engine gave them', () => {
    const source = result('S1', true);
    const doc = toResultJson([source], result('BASE', false), META);
    expect(doc.scenarios[0].changes).toEqual(source.changes);
    expect(doc.scenarios[0].issues).toEqual(source.issues);
    expect(doc.scenarios[0].kpis).toEqual(source.kpis);
    expect(doc.scenarios[0].settings.retirement.table.length).toBeGreaterThan(10);
  });

  it('is rejected by the schema when a metric is missing or a value is not whole', () => {
    const doc = JSON.parse(JSON.stringify(toResultJson([], result('BASE', false), META)));
    delete doc.baseline.total.hires;
    doc.baseline.byLevel['Xã'].quota[0] = 1.5;
    expect(validate(doc)).toBe(false);
    expect(validate.errors?.map((e) => [e.instancePath, e.keyword])).toEqual([
      ['/baseline/total', 'required'],
      ['/baseline/byLevel/Xã/quota/0', 'type'],
    ]);
  });
});
