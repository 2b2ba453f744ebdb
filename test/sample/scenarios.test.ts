import type { Person, Scalar, Unit } from '../../src/domain/model';
import type { Month } from '../../src/domain/month';
import { parseMonth, yearOf } from '../../src/domain/month';
import { lastWorkingMonth } from '../../src/domain/retirement';
import { inferRole } from '../../src/domain/roles';
import type { Filter, Operation, PersonSelector, PostTarget, Scenario, UnitSelector } from '../../src/domain/scenario';
import { matches } from '../../src/domain/selection';
import { DEFAULT_RETIREMENT_TABLE } from '../../src/domain/settings';
import { foldText } from '../../src/domain/text';
import { generateProvince, toStaffing } from '../../src/sample';

/**
 * The example scenarios are written against the sample's columns: every field they name must exist,
 * and every selector must pick something, or the demo would show empty results.
 */

/** Fields of Filter (src/domain/scenario.ts); person fields are in personField below. */
const UNIT_FIELDS = ['id', 'name', 'level', 'kind', 'locality', 'parent', 'quota', 'deputyCap'];

const province = generateProvince();
const staffing = toStaffing(province);
const unitsById = new Map(staffing.units.map((u) => [u.id, u]));
const start = parseMonth('2026-01') as Month;

function unitField(u: Unit, field: string): Scalar {
  const key = foldText(field);
  const builtIn = UNIT_FIELDS.find((f) => foldText(f) === key);
  if (builtIn) return u[builtIn as keyof Unit] as Scalar;
  const extra = Object.keys(u.extra).find((h) => foldText(h) === key);
  if (extra === undefined) throw new Error(`unknown unit field '${field}'`);
  return u.extra[extra];
}

function personField(p: Person, field: string, m: Month): Scalar {
  const key = foldText(field);
  if (key.startsWith('unit.')) return unitField(unitsById.get(p.unitId) as Unit, field.slice(5));
  switch (key) {
    case 'id': return p.id;
    case 'name': return p.name;
    case 'title': return p.title;
    case 'role': return p.role;
    case 'gender': return p.gender === null ? null : p.gender === 'M' ? 'Nam' : 'Nữ';
    case 'age': return p.birthMonth === null ? null : Math.floor((m - p.birthMonth) / 12);
    case 'birthyear': return p.birthMonth === null ? null : yearOf(p.birthMonth);
    case 'yearstoretirement': {
      if (p.birthMonth === null || p.gender === null) return null;
      const last = lastWorkingMonth(DEFAULT_RETIREMENT_TABLE, p.birthMonth, p.gender) as number;
      return Math.floor((last + 1 - m) / 12);
    }
  }
  const extra = Object.keys(p.extra).find((h) => foldText(h) === key);
  if (extra === undefined) throw new Error(`unknown person field '${field}'`);
  return p.extra[extra];
}

function selectUnits(sel: UnitSelector): Unit[] {
  if ('ids' in sel) {
    for (const id of sel.ids) expect(unitsById.has(id)).toBe(true);
    return sel.ids.map((id) => unitsById.get(id) as Unit);
  }
  return staffing.units.filter((u) => sel.where.every((f: Filter) => matches(unitField(u, f.field), f)));
}

function selectPeople(sel: PersonSelector, m: Month): Person[] {
  if ('ids' in sel) return staffing.people.filter((p) => sel.ids.includes(p.id));
  const perGroup = new Map<string, number>();
  const out: Person[] = [];
  for (const p of staffing.people) {
    if (!sel.where.every((f) => matches(personField(p, f.field, m), f))) continue;
    if (sel.limit !== undefined) {
      const group = sel.limitPer ? String(unitField(unitsById.get(p.unitId) as Unit, sel.limitPer)) : '';
      if ((perGroup.get(group) ?? 0) >= sel.limit) continue;
      perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
    }
    out.push(p);
  }
  return out;
}

/** Every selected person has a destination; in rule form one sharing `within` with their unit. */
function expectDestinations(people: Person[], to: PostTarget): void {
  const candidates = selectUnits(to.unit);
  expect(candidates.length).toBeGreaterThan(0);
  for (const p of people) {
    const home = unitsById.get(p.unitId) as Unit;
    const reachable = candidates.filter((u) => u.id !== home.id
      && (to.within === undefined || unitField(u, to.within) === unitField(home, to.within)));
    expect(reachable.length).toBeGreaterThan(0);
  }
  if (to.title !== undefined && to.role !== undefined) expect(inferRole(to.title)).toBe(to.role);
}

function check(op: Operation): void {
  const m = parseMonth(op.month) as Month;
  expect(m).toBeGreaterThan(start);
  expect(m).toBeLessThan(start + 60);
  switch (op.type) {
    case 'concurrentTitles': {
      const holders = selectUnits(op.holder.units);
      const targets = selectUnits(op.target.units);
      const pairBy = op.pairBy ?? 'locality';
      const targetKeys = new Set(targets.map((u) => unitField(u, pairBy)));
      const paired = holders.filter((u) => targetKeys.has(unitField(u, pairBy)));
      expect(paired.length).toBeGreaterThan(0);
      // Each locality pairs exactly one party committee with one people's committee.
      expect(new Set(paired.map((u) => unitField(u, pairBy))).size).toBe(paired.length);
      expect(staffing.people.some((p) => p.role === op.holder.role && paired.some((u) => u.id === p.unitId))).toBe(true);
      break;
    }
    case 'merge': {
      const units = selectUnits(op.units);
      const groups = new Map<Scalar, number>();
      for (const u of units) {
        const key = op.groupBy === undefined ? '' : unitField(u, op.groupBy);
        groups.set(key, (groups.get(key) ?? 0) + 1);
      }
      expect(groups.size).toBeGreaterThan(0);
      for (const n of groups.values()) expect(n).toBeGreaterThanOrEqual(2);
      break;
    }
    case 'rotation':
    case 'secondment':
    case 'move': {
      const people = selectPeople(op.people, m);
      expect(people.length).toBeGreaterThan(0);
      expectDestinations(people, op.to);
      break;
    }
    case 'quotaChange':
      expect(selectUnits(op.units).length).toBeGreaterThan(0);
      break;
    case 'abolish':
      expect(selectUnits(op.units).length).toBeGreaterThan(0);
      break;
  }
}

describe('sample scenarios', () => {
  const scenarios: Scenario[] = province.scenarios;

  test('the scenarios of the seed, with short unique codes and Vietnamese names', () => {
    expect(scenarios.map((s) => s.code)).toEqual(['NTH', 'HN', 'LC', 'LCB', 'BP', 'TG']);
    for (const s of scenarios) {
      expect(s.code).toMatch(/^[A-Za-z0-9_-]{1,12}$/);
      expect(s.name.length).toBeGreaterThan(10);
      expect(s.description?.length).toBeGreaterThan(20);
      expect(s.operations.length).toBeGreaterThan(0);
      expect(s.settings?.startMonth).toBe('2026-01');
    }
  });

  test.each(['NTH', 'HN', 'LC', 'LCB', 'BP', 'TG'])('%s: every field exists and every selector picks something', (code) => {
    const s = scenarios.find((x) => x.code === code) as Scenario;
    for (const op of s.operations) check(op);
  });

  test('rotations take two deputies per district, each with ten years of service left', () => {
    const lc = scenarios.find((s) => s.code === 'LC') as Scenario;
    const op = lc.operations[0];
    if (op.type !== 'rotation') throw new Error('LC rotates');
    const m = parseMonth(op.month) as Month;
    const people = selectPeople(op.people, m);
    expect(people).toHaveLength(26);
    for (const p of people) {
      expect(p.role).toBe('deputy');
      expect(personField(p, 'yearsToRetirement', m) as number).toBeGreaterThanOrEqual(10);
    }
    const lcb = scenarios.find((s) => s.code === 'LCB') as Scenario;
    expect(lcb.operations).toEqual(lc.operations);
    expect(lcb.settings?.hiring).toEqual({ policy: 'fill', lagMonths: 6 });
    expect(lc.settings?.hiring).toEqual({ policy: 'freeze' });
  });

  test('secondments send distinct provincial specialists to distinct district offices, for at most 36 months', () => {
    const bp = scenarios.find((s) => s.code === 'BP') as Scenario;
    const guests = new Set<string>();
    const hosts = new Set<string>();
    for (const op of bp.operations) {
      if (op.type !== 'secondment' || !('ids' in op.people) || !('ids' in op.to.unit)) throw new Error('BP seconds named people');
      expect(op.durationMonths).toBe(24);
      for (const id of op.people.ids) {
        const p = staffing.people.find((x) => x.id === id) as Person;
        expect(p.title).toBe('Chuyên viên');
        expect(unitsById.get(p.unitId)?.level).toBe('Tỉnh');
        guests.add(id);
      }
      for (const id of op.to.unit.ids) {
        expect(unitsById.get(id)?.kind).toBe('Phòng Nội vụ');
        hosts.add(id);
      }
    }
    expect(guests.size).toBe(3);
    expect(hosts.size).toBe(3);
  });

  test('scenarios hold at other sizes and seeds', () => {
    for (const options of [{ seed: 3, people: 2000 }, { seed: 11, people: 30_000 }]) {
      const p = generateProvince(options);
      const s = toStaffing(p);
      expect(p.scenarios).toHaveLength(6);
      const bp = p.scenarios.find((x) => x.code === 'BP') as Scenario;
      expect(bp.operations.length).toBeGreaterThan(0);
      for (const op of bp.operations) {
        if (op.type !== 'secondment' || !('ids' in op.people)) continue;
        for (const id of op.people.ids) expect(s.people.some((x) => x.id === id)).toBe(true);
      }
    }
  });
});
