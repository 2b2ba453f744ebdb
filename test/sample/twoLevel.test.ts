import { readInput, runScenarios } from '../../src/app/planner';
import { sampleWorkbookFile } from '../../src/app/sampleWorkbook';
import { MemoryWorkbook } from '../../src/demo/memoryWorkbook';
import type { Kpi, ScenarioResult } from '../../src/domain/result';
import { generateSample, generateTwoLevelProvince, toStaffing, TWO_LEVEL_PEOPLE_HEADERS, TWO_LEVEL_UNIT_HEADERS } from '../../src/sample';
import { COMMUNE_OFFICE_KINDS, REPORTED } from '../../src/sample/twoLevelUnits';

/**
 * The two-level sample (DOMAIN.md, "A two-level sample province"): Hà Tĩnh since 2025-07-01, with the
 * imbalance the province reported, read through the same tables layer as a planner's workbook, and
 * every example scenario run.
 */

const START = '2026-01';
const province = generateTwoLevelProvince({ startMonth: START });
const staffing = toStaffing(province);
const STATE_BLOC = new Set(['UBND xã', ...COMMUNE_OFFICE_KINDS]);

describe('the two-level sample province', () => {
  it('has the provincial bodies and 69 communes and wards, with the former district of each', () => {
    expect(province.units.header).toEqual(TWO_LEVEL_UNIT_HEADERS);
    expect(province.people.header).toEqual(TWO_LEVEL_PEOPLE_HEADERS);
    expect(new Set(staffing.units.map((u) => u.level))).toEqual(new Set(['Tỉnh', 'Xã']));
    const communes = new Set(staffing.units.filter((u) => u.level === 'Xã').map((u) => u.locality));
    expect(communes.size).toBe(69);
    expect([...communes].filter((c) => c?.startsWith('Phường')).length).toBe(9);
    const formers = new Set(staffing.units.filter((u) => u.level === 'Xã').map((u) => u.extra['Huyện cũ']));
    expect(formers.size).toBe(13);
    const provincial = staffing.people.filter((p) => p.unitId.startsWith('HT-')).length;
    expect(provincial).toBeGreaterThanOrEqual(1300);
    expect(provincial).toBeLessThanOrEqual(2200);
  });

  it('reports the imbalance of 2025-08: 2,554 allocated, 2,697 working; 7 at quota, 41 over by 243, 21 under by 100', () => {
    const units = new Map(staffing.units.map((u) => [u.id, u]));
    const byCommune = new Map<string, { quota: number; people: number; mountain: boolean }>();
    for (const u of staffing.units) {
      if (!STATE_BLOC.has(u.kind ?? '')) continue;
      const c = byCommune.get(u.locality as string) ?? { quota: 0, people: 0, mountain: false };
      c.quota += u.quota;
      c.mountain = ['Huyện Hương Sơn', 'Huyện Hương Khê', 'Huyện Vũ Quang', 'Huyện Kỳ Anh'].includes(u.extra['Huyện cũ'] as string);
      byCommune.set(u.locality as string, c);
    }
    for (const p of staffing.people) {
      const u = units.get(p.unitId);
      if (u && STATE_BLOC.has(u.kind ?? '')) (byCommune.get(u.locality as string) as { people: number }).people++;
    }
    const deltas = [...byCommune.entries()].map(([name, c]) => ({ name, delta: c.people - c.quota, quota: c.quota, mountain: c.mountain }));
    expect(deltas.reduce((a, d) => a + d.quota, 0)).toBe(REPORTED.quota);
    expect(deltas.reduce((a, d) => a + d.quota + d.delta, 0)).toBe(REPORTED.actual);
    expect(deltas.every((d) => d.quota >= 32 && d.quota <= 45)).toBe(true);
    const over = deltas.filter((d) => d.delta > 0);
    const under = deltas.filter((d) => d.delta < 0);
    expect([deltas.length - over.length - under.length, over.length, under.length]).toEqual([7, 41, 21]);
    expect(over.reduce((a, d) => a + d.delta, 0)).toBe(243);
    expect(under.reduce((a, d) => a - d.delta, 0)).toBe(100);
    expect(over.sort((a, b) => b.delta - a.delta).slice(0, 3).map((d) => [d.name, d.delta]))
      .toEqual([['Xã Nghi Xuân', 19], ['Phường Sông Trí', 18], ['Xã Đức Quang', 17]]);
    // Most communes under quota are in the former mountain districts.
    expect(under.filter((d) => d.mountain).length).toBeGreaterThanOrEqual(15);
  });

  it('has one head in every unit, read from the titles as a planner\'s table is read (Chi cục trưởng too)', () => {
    const heads = new Map<string, number>();
    for (const p of staffing.people) if (p.role === 'head') heads.set(p.unitId, (heads.get(p.unitId) ?? 0) + 1);
    expect(staffing.units.filter((u) => heads.get(u.id) !== 1).map((u) => u.id)).toEqual([]);
    expect(staffing.people.filter((p) => p.title === 'Chi cục trưởng').map((p) => p.role)).toEqual(['head', 'head']);
  });

  it('lacks an IT civil servant in 48 communes and a land one in 19', () => {
    const position = (p: (typeof staffing.people)[number]) => p.extra['Vị trí việc làm'];
    const units = new Map(staffing.units.map((u) => [u.id, u]));
    const having = (value: string) => new Set(staffing.people
      .filter((p) => position(p) === value && units.get(p.unitId)?.level === 'Xã').map((p) => units.get(p.unitId)?.locality));
    expect(69 - having('Công nghệ thông tin').size).toBe(48);
    expect(69 - having('Quản lý đất đai').size).toBe(19);
  });

  it('is the same for the same seed, and sized by people through the number of communes', () => {
    expect(generateTwoLevelProvince({ startMonth: START })).toEqual(province);
    expect(generateSample('two-level', { startMonth: START })).toEqual(province);
    const bigger = generateTwoLevelProvince({ startMonth: START, people: 20_000 });
    expect(Math.abs(bigger.people.rows.length - 20_000) / 20_000).toBeLessThan(0.03);
    // Invented communes have names of their own.
    const names = bigger.units.rows.filter((r) => r[3] === 'UBND xã').map((r) => r[4]);
    expect(new Set(names).size).toBe(names.length);
    const tiny = generateTwoLevelProvince({ startMonth: START, people: 100 });
    expect(new Set(tiny.units.rows.filter((r) => r[2] === 'Xã').map((r) => r[4])).size).toBe(1);
  });
});

describe('its example scenarios, run on the workbook as a planner receives it', () => {
  let results: readonly ScenarioResult[];
  let baseline: ScenarioResult;
  const kpi = (r: ScenarioResult, metric: Kpi['metric']): Kpi => r.kpis.find((k) => k.metric === metric) as Kpi;
  const byCode = (code: string) => results.find((r) => r.code === code) as ScenarioResult;

  beforeAll(async () => {
    const workbook = await MemoryWorkbook.fromBuffer(await sampleWorkbookFile(province, START));
    const input = await readInput(workbook, null, '2026-01-15');
    expect(input.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(input.staffing?.people.length).toBe(province.people.rows.length);
    const plan = runScenarios(input.staffing!, province.scenarios, START);
    results = plan.results;
    baseline = plan.baseline;
  }, 60_000);

  it('runs every scenario without an error', () => {
    expect(results.map((r) => r.code)).toEqual(['DD', 'NH', 'BP', 'PCT', 'LC', 'NTH']);
    for (const r of results) expect([r.code, r.issues.filter((i) => i.severity === 'error')]).toEqual([r.code, []]);
  });

  it('DD moves surplus staff into the communes short of people: every shortage of a commune office filled, surplus left', () => {
    const dd = byCode('DD');
    const moved = dd.changes.filter((c) => c.kind === 'moved').length;
    // The offices short of people number 100 in all: each is filled, from the same former district first.
    expect(moved).toBe(100);
    const m = dd.months.indexOf('2026-04');
    expect(dd.total.vacancies[m]).toBe(baseline.total.vacancies[m] - 100);
    expect(dd.total.surplus[m]).toBe(baseline.total.surplus[m] - 100);
    expect(dd.issues.some((i) => i.code === 'stillAboveQuota')).toBe(true);
  });

  it('NH lets those within five years of retirement leave early, under NĐ 178, in communes over quota', () => {
    const nh = byCode('NH');
    const exits = nh.changes.filter((c) => c.kind === 'exited');
    expect(exits.length).toBeGreaterThan(40);
    expect(exits.every((c) => c.detail === 'earlyRetirement' && c.month === '2026-03')).toBe(true);
    expect(kpi(nh, 'surplus').end).toBeLessThan(kpi(baseline, 'surplus').end);
  });

  it('BP seconds one specialist to each commune lacking one, for 12 months', () => {
    const bp = byCode('BP');
    const seconded = bp.changes.filter((c) => c.kind === 'seconded');
    const hosts = seconded.map((c) => c.to?.unitId);
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(seconded.length).toBeGreaterThan(40);
    expect(seconded.length).toBeLessThanOrEqual(48 + 19);
    // Back after 12 months: the secondment ends in 2027-02.
    expect(bp.changes.filter((c) => c.kind === 'secondmentEnded').every((c) => c.month === '2027-02')).toBe(true);
  });

  it('PCT brings the vice-chairs of the communes nearer the 2.5 average than the baseline does', () => {
    const pool = (r: ScenarioResult) => r.pools.find((p) => p.name === 'Phó Chủ tịch UBND xã' && p.group === null)!;
    const base = pool(baseline);
    const pct = pool(byCode('PCT'));
    expect(base.before.units).toBe(69);
    expect(base.before.allowed).toBe(172);
    expect(base.before.deputies).toBeGreaterThan(172);
    const last = base.deputies.length - 1;
    expect(pct.deputies[last]).toBeLessThan(base.deputies[last]);
    expect(pct.deputies[3]).toBe(base.deputies[3] - byCode('PCT').changes.filter((c) => c.kind === 'exited').length);
  });

  it('LC rotates one deputy director per department to a mountain commune, one each, keeping the post at the department', () => {
    const lc = byCode('LC');
    const rotated = lc.changes.filter((c) => c.kind === 'rotatedOut');
    expect(rotated.length).toBeGreaterThanOrEqual(8);
    expect(new Set(rotated.map((c) => c.from?.unitId)).size).toBe(rotated.length);
    expect(new Set(rotated.map((c) => c.to?.unitId)).size).toBe(rotated.length);
    expect(rotated.every((c) => c.to?.title === 'Phó Chủ tịch UBND')).toBe(true);
  });

  it('NTH gives each secretary the chair of the people\'s committee, and flags the concentration of power', () => {
    const nth = byCode('NTH');
    expect(nth.changes.filter((c) => c.kind === 'concurrentTitle').length).toBe(69);
    // Every commune from the month it applies; fewer later, as secretaries retire.
    expect(kpi(nth, 'powerConcentration').worst).toBe(69);
    expect(kpi(nth, 'powerConcentration').worstMonth).toBe('2026-07');
  });
});
