import { monthOf, parseMonth } from '../../src/domain/month';
import { lastWorkingMonth } from '../../src/domain/retirement';
import { inferRole } from '../../src/domain/roles';
import { DEFAULT_SETTINGS, DEFAULT_RETIREMENT_TABLE } from '../../src/domain/settings';
import type { SampleProvince } from '../../src/sample';
import { ACTING_HEAD, PEOPLE_HEADERS, UNIT_HEADERS, generateProvince, mulberry32, toStaffing } from '../../src/sample';

type Row = (string | number | null)[];

/** Column accessors by header, so the tests read like the planner's sheet. */
function col(header: readonly string[], name: string): (row: Row) => string | number | null {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`no column ${name}`);
  return (row) => row[i];
}

const sample = generateProvince();
const U = {
  id: col(UNIT_HEADERS, 'Mã đơn vị'), name: col(UNIT_HEADERS, 'Tên đơn vị'), level: col(UNIT_HEADERS, 'Cấp'),
  kind: col(UNIT_HEADERS, 'Loại đơn vị'), locality: col(UNIT_HEADERS, 'Địa bàn'), district: col(UNIT_HEADERS, 'Huyện'),
  parent: col(UNIT_HEADERS, 'Trực thuộc'), quota: col(UNIT_HEADERS, 'Biên chế'), cap: col(UNIT_HEADERS, 'Số cấp phó tối đa'),
};
const P = {
  stt: col(PEOPLE_HEADERS, 'STT'), id: col(PEOPLE_HEADERS, 'Mã cán bộ'), name: col(PEOPLE_HEADERS, 'Họ và tên'),
  birth: col(PEOPLE_HEADERS, 'Ngày sinh'), gender: col(PEOPLE_HEADERS, 'Giới tính'), unit: col(PEOPLE_HEADERS, 'Mã đơn vị'),
  title: col(PEOPLE_HEADERS, 'Chức vụ'), concurrent: col(PEOPLE_HEADERS, 'Chức vụ kiêm nhiệm'),
  degree: col(PEOPLE_HEADERS, 'Trình độ chuyên môn'), theory: col(PEOPLE_HEADERS, 'Lý luận chính trị'),
  appointed: col(PEOPLE_HEADERS, 'Ngày bổ nhiệm'), note: col(PEOPLE_HEADERS, 'Ghi chú'),
};

function peopleByUnit(p: SampleProvince): Map<string, Row[]> {
  const m = new Map<string, Row[]>();
  for (const row of p.people.rows) {
    const id = String(P.unit(row));
    const list = m.get(id) ?? [];
    list.push(row);
    m.set(id, list);
  }
  return m;
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return m;
}

const DMY = /^(\d{2})\/(\d{2})\/(\d{4})$/;
function isCalendarDate(text: string): boolean {
  const m = DMY.exec(text);
  if (!m) return false;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days[mo - 1];
}

describe('sample province: shape', () => {
  test('the two tables carry the Vietnamese headers and table names the planner would use', () => {
    expect(sample.units).toMatchObject({ sheet: 'Đơn vị', tableName: 'DonVi', header: UNIT_HEADERS });
    expect(sample.people).toMatchObject({ sheet: 'Cán bộ', tableName: 'CanBo', header: PEOPLE_HEADERS });
    expect(sample.units.rows.filter((row) => row.length !== UNIT_HEADERS.length)).toEqual([]);
    expect(sample.people.rows.filter((row) => row.length !== PEOPLE_HEADERS.length)).toEqual([]);
  });

  test('13 districts of Hà Tĩnh and about 216 communes', () => {
    const districts = new Set(sample.units.rows.map(U.district).filter((d) => d !== null));
    expect(districts.size).toBe(13);
    expect(districts).toContain('Huyện Đức Thọ');
    expect(districts).toContain('Thị xã Kỳ Anh');
    expect(districts).toContain('Huyện Kỳ Anh');
    const communes = new Set(sample.units.rows.filter((r) => U.level(r) === 'Xã').map(U.locality));
    expect(communes.size).toBeGreaterThanOrEqual(180);
    expect(communes.size).toBeLessThanOrEqual(230);
    const levels = countBy(sample.units.rows, (r) => String(U.level(r)));
    expect([...levels.keys()].sort()).toEqual(['Huyện', 'Tỉnh', 'Xã']);
  });

  test('every commune has one party committee, one people\'s committee and one Front, in its district', () => {
    const communeUnits = sample.units.rows.filter((r) => U.level(r) === 'Xã');
    const byLocality = new Map<string, Row[]>();
    for (const r of communeUnits) byLocality.set(String(U.locality(r)), [...(byLocality.get(String(U.locality(r))) ?? []), r]);
    for (const [locality, rows] of byLocality) {
      expect(rows.map(U.kind).sort()).toEqual(['MTTQ xã', 'UBND xã', 'Đảng ủy xã'].sort());
      expect(new Set(rows.map(U.district)).size).toBe(1);
      expect(locality).toMatch(/^(Xã|Phường|Thị trấn) /);
      for (const r of rows) expect(String(U.name(r))).toContain(locality.replace(/^(Xã|Phường|Thị trấn) /, ''));
    }
    const types = countBy([...byLocality.keys()], (l) => l.split(' ')[0]);
    expect(types.get('Phường')).toBeGreaterThanOrEqual(15);
    expect(types.get('Thị')).toBeGreaterThanOrEqual(8);
  });

  test('every district has the bodies the example rules select, with the same kind labels', () => {
    const kinds = ['Huyện ủy', 'UBND huyện', 'Ban Tổ chức', 'Phòng Nội vụ', 'Ủy ban Kiểm tra', 'Thanh tra',
      'Văn phòng cấp ủy', 'Văn phòng HĐND-UBND', 'Ban Tuyên giáo', 'Trung tâm Chính trị', 'Ban Dân vận', 'MTTQ huyện'];
    const district = sample.units.rows.filter((r) => U.level(r) === 'Huyện');
    const byDistrict = new Map<string, Map<string, number>>();
    for (const r of district) {
      const m = byDistrict.get(String(U.district(r))) ?? new Map<string, number>();
      m.set(String(U.kind(r)), (m.get(String(U.kind(r))) ?? 0) + 1);
      byDistrict.set(String(U.district(r)), m);
    }
    for (const m of byDistrict.values()) for (const k of kinds) expect(m.get(k)).toBe(1);
    for (const r of district) expect(U.locality(r)).toBe(U.district(r));
    for (const r of sample.units.rows.filter((x) => U.level(x) === 'Tỉnh')) {
      expect(U.locality(r)).toBe('Tỉnh Hà Tĩnh');
      expect(U.district(r)).toBeNull();
    }
  });

  test('ids and unit names are unique; parents and the units of people exist', () => {
    const unitIds = sample.units.rows.map((r) => String(U.id(r)));
    expect(new Set(unitIds).size).toBe(unitIds.length);
    expect(new Set(sample.units.rows.map(U.name)).size).toBe(unitIds.length);
    const known = new Set(unitIds);
    for (const r of sample.units.rows) if (U.parent(r) !== null) expect(known).toContain(U.parent(r));
    const personIds = sample.people.rows.map((r) => String(P.id(r)));
    expect(new Set(personIds).size).toBe(personIds.length);
    expect(sample.people.rows.filter((r) => !known.has(String(P.unit(r))))).toEqual([]);
    expect(sample.people.rows.filter((r, i) => P.stt(r) !== i + 1)).toEqual([]);
    expect(unitIds).toContain('DT-BTC');
    expect(unitIds).toContain('DT-X05-DU');
    expect(unitIds).toContain('DT-X05-UB');
  });

  test('quotas are non-negative integers, deputy caps given for some units only', () => {
    for (const r of sample.units.rows) {
      expect(Number.isInteger(U.quota(r))).toBe(true);
      expect(U.quota(r) as number).toBeGreaterThanOrEqual(0);
      const cap = U.cap(r);
      if (cap !== null) expect(Number.isInteger(cap) && (cap as number) >= 1).toBe(true);
    }
    const capped = sample.units.rows.filter((r) => U.cap(r) !== null).length;
    expect(capped).toBeGreaterThan(0);
    expect(capped).toBeLessThan(sample.units.rows.length / 5);
    const total = sample.units.rows.reduce((n, r) => n + (U.quota(r) as number), 0);
    expect(Math.abs(total - sample.people.rows.length) / total).toBeLessThan(0.05);
  });

  test('commune quotas follow the NĐ 33/2023 frames (18–23 per commune)', () => {
    const perCommune = new Map<string, number>();
    for (const r of sample.units.rows.filter((x) => U.level(x) === 'Xã')) {
      perCommune.set(String(U.locality(r)), (perCommune.get(String(U.locality(r))) ?? 0) + (U.quota(r) as number));
    }
    for (const [locality, quota] of perCommune) {
      const max = locality.startsWith('Phường') ? 23 : 22;
      expect(quota).toBeGreaterThanOrEqual(max - 4);
      expect(quota).toBeLessThanOrEqual(max);
    }
  });
});

describe('sample province: people', () => {
  const byUnit = peopleByUnit(sample);

  test('exactly one head per unit, except a few deliberately vacant head posts with an acting deputy', () => {
    const vacant: string[] = [];
    for (const u of sample.units.rows) {
      const rows = byUnit.get(String(U.id(u))) ?? [];
      const heads = rows.filter((r) => inferRole(String(P.title(r))) === 'head');
      if (heads.length === 0) {
        vacant.push(String(U.id(u)));
        expect(rows.some((r) => inferRole(String(P.title(r))) === 'deputy' && P.note(r) === ACTING_HEAD)).toBe(true);
      } else {
        expect(heads).toHaveLength(1);
      }
    }
    expect(vacant.length).toBeGreaterThanOrEqual(1);
    expect(vacant.length).toBeLessThanOrEqual(sample.units.rows.length / 100);
  });

  test('titles read right: heads first, deputies start with "Phó ", commune titles as in NĐ 33', () => {
    const titles = new Set(sample.people.rows.map((r) => String(P.title(r))));
    for (const t of ['Bí thư Đảng ủy', 'Chủ tịch UBND', 'Chủ tịch Ủy ban MTTQ', 'Trưởng ban', 'Trưởng phòng', 'Chánh Thanh tra',
      'Chánh Văn phòng', 'Giám đốc', 'Chủ nhiệm Ủy ban Kiểm tra', 'Bí thư Huyện ủy', 'Chủ tịch UBND huyện']) {
      expect(titles).toContain(t);
      expect(inferRole(t)).toBe('head');
    }
    const deputies = ['Phó Bí thư Đảng ủy', 'Phó Chủ tịch UBND', 'Phó Trưởng ban', 'Phó Trưởng phòng', 'Phó Chánh Thanh tra', 'Phó Giám đốc'];
    for (const t of deputies) {
      expect(titles).toContain(t);
      expect(inferRole(t)).toBe('deputy');
    }
    for (const t of ['Chuyên viên', 'Chuyên viên chính', 'Chỉ huy trưởng Quân sự', 'Công chức Tư pháp - Hộ tịch', 'Văn thư', 'Kế toán']) {
      expect(titles).toContain(t);
      expect(inferRole(t)).toBe('staff');
    }
    for (const rows of byUnit.values()) {
      const roles = rows.map((r) => inferRole(String(P.title(r))));
      const order = { head: 0, deputy: 1, staff: 2 };
      expect(roles.map((r) => order[r])).toEqual([...roles.map((r) => order[r])].sort());
    }
  });

  test('birth dates: dd/mm/yyyy text for most, a year alone for a few, empty for about 1 %', () => {
    const cells = sample.people.rows.map(P.birth);
    const years = cells.filter((c) => typeof c === 'number');
    const empty = cells.filter((c) => c === null);
    const texts = cells.filter((c): c is string => typeof c === 'string');
    expect(texts.filter((t) => !isCalendarDate(t))).toEqual([]);
    expect(years.length / cells.length).toBeGreaterThan(0.015);
    expect(years.length / cells.length).toBeLessThan(0.05);
    expect(empty.length / cells.length).toBeGreaterThan(0.002);
    expect(empty.length / cells.length).toBeLessThan(0.025);
    expect(years.filter((y) => !Number.isInteger(y) || (y as number) < 1950)).toEqual([]);
    const appointed = sample.people.rows.map(P.appointed).filter((c) => c !== null);
    expect(appointed.length).toBeGreaterThan(0);
    expect(appointed.filter((a) => !isCalendarDate(String(a)))).toEqual([]);
  });

  test('ages 25–62, nobody past retirement at the start month, some retiring within 60 months', () => {
    const start = parseMonth('2026-01') as number;
    const { people } = toStaffing(sample);
    let retiring = 0;
    const outOfRange: string[] = [];
    const retired: string[] = [];
    people.forEach((p, i) => {
      if (p.birthMonth === null) return;
      const age = Math.floor((start - p.birthMonth) / 12);
      if (age < 25 || age > 62) outOfRange.push(`${p.id} ${age}`);
      const last = lastWorkingMonth(DEFAULT_RETIREMENT_TABLE, p.birthMonth, p.gender ?? 'M') as number;
      // A year alone reads as 1 January, up to 11 months early: only full dates are exact.
      if (typeof P.birth(sample.people.rows[i]) === 'string' && last < start) retired.push(p.id);
      if (last < start + 60) retiring++;
    });
    expect(outOfRange).toEqual([]);
    expect(retired).toEqual([]);
    expect(retiring / people.length).toBeGreaterThan(0.05);
    expect(retiring / people.length).toBeLessThan(0.3);
  });

  test('Vietnamese names; "Thị" only for women; about 60/40 men in leadership, more balanced among staff', () => {
    const odd = sample.people.rows.filter((r) => {
      const name = String(P.name(r));
      const words = name.split(' ');
      return words.length < 3 || words.length > 4 || name !== name.normalize('NFC')
        || (words.slice(1, -1).includes('Thị') && P.gender(r) !== 'Nữ') || !['Nam', 'Nữ'].includes(String(P.gender(r)));
    });
    expect(odd).toEqual([]);
    const men = (rows: Row[]): number => rows.filter((r) => P.gender(r) === 'Nam').length / rows.length;
    const leaders = sample.people.rows.filter((r) => inferRole(String(P.title(r))) !== 'staff');
    const staff = sample.people.rows.filter((r) => inferRole(String(P.title(r))) === 'staff');
    expect(men(leaders)).toBeGreaterThan(0.55);
    expect(men(leaders)).toBeLessThan(0.7);
    expect(men(staff)).toBeGreaterThan(0.4);
    expect(men(staff)).toBeLessThan(0.6);
    const families = countBy(sample.people.rows, (r) => String(P.name(r)).split(' ')[0]);
    expect((families.get('Nguyễn') ?? 0) / sample.people.rows.length).toBeGreaterThan(0.2);
    expect(families.get('Đậu')).toBeGreaterThan(0);
  });

  test('qualifications use the planners\' labels; concurrent titles are rare but present', () => {
    expect(new Set(sample.people.rows.map(P.degree))).toEqual(new Set(['Thạc sĩ', 'Đại học', 'Cao đẳng']));
    expect(new Set(sample.people.rows.map(P.theory))).toEqual(new Set(['Cao cấp', 'Trung cấp', 'Sơ cấp', null]));
    const concurrent = sample.people.rows.filter((r) => P.concurrent(r) !== null);
    expect(concurrent.length).toBeGreaterThan(10);
    expect(concurrent.length / sample.people.rows.length).toBeLessThan(0.03);
    // In a few communes the secretary already chairs the People's Council.
    const secretaries = concurrent.filter((r) => P.title(r) === 'Bí thư Đảng ủy');
    expect(secretaries.length).toBeGreaterThan(5);
    for (const r of secretaries) expect(String(P.concurrent(r))).toMatch(/^Chủ tịch HĐND (xã|phường|thị trấn)$/);
  });

  test('deliberate imbalances: units over and under quota, without deputies, with deputies above the cap', () => {
    let over = 0;
    let under = 0;
    let noDeputy = 0;
    let excess = 0;
    for (const u of sample.units.rows) {
      const rows = byUnit.get(String(U.id(u))) ?? [];
      const quota = U.quota(u) as number;
      if (rows.length > quota) {
        over++;
        expect(rows.length - quota).toBeLessThanOrEqual(4);
      }
      if (rows.length < quota) under++;
      const deputies = rows.filter((r) => inferRole(String(P.title(r))) === 'deputy').length;
      const cap = (U.cap(u) as number | null) ?? DEFAULT_SETTINGS.deputyCapByLevel[String(U.level(u))];
      if (deputies === 0 && rows.length >= 3) noDeputy++;
      if (deputies >= cap + 2) excess++;
    }
    const n = sample.units.rows.length;
    expect(over / n).toBeGreaterThan(0.1);
    expect(over / n).toBeLessThan(0.2);
    expect(under / n).toBeGreaterThan(0.06);
    expect(under / n).toBeLessThan(0.15);
    expect(noDeputy).toBeGreaterThanOrEqual(2);
    expect(excess).toBeGreaterThanOrEqual(2);
  });

  test('people are counted where the model reads them: toStaffing keeps every row and column', () => {
    const s = toStaffing(sample);
    expect(s.units).toHaveLength(sample.units.rows.length);
    expect(s.people).toHaveLength(sample.people.rows.length);
    const dt = s.units.find((u) => u.id === 'DT-BTC');
    expect(dt).toMatchObject({ level: 'Huyện', kind: 'Ban Tổ chức', locality: 'Huyện Đức Thọ', extra: { 'Huyện': 'Huyện Đức Thọ' } });
    const first = s.people[0];
    expect(first.source).toEqual({ sheet: 'Cán bộ', row: 2 });
    expect(Object.keys(first.extra).sort()).toEqual(['Ghi chú', 'Lý luận chính trị', 'Ngày bổ nhiệm', 'STT', 'Trình độ chuyên môn'].sort());
    const misread = s.people.filter((p) => p.birthDate !== null
      && p.birthMonth !== monthOf(Number(p.birthDate.slice(0, 4)), Number(p.birthDate.slice(5, 7))));
    expect(misread).toEqual([]);
    expect(s.people.filter((p) => p.birthDate === null)).toHaveLength(sample.people.rows.filter((r) => P.birth(r) === null).length);
  });
});

describe('sample province: determinism and size', () => {
  test('the same options give the same tables; another seed gives other ones', () => {
    const a = generateProvince({ seed: 7 });
    expect(generateProvince({ seed: 7 })).toEqual(a);
    const b = generateProvince({ seed: 8 });
    expect(b.people.rows).not.toEqual(a.people.rows);
    expect(b.units.rows.map(U.quota)).not.toEqual(a.units.rows.map(U.quota));
    // The default seed is the default sample.
    expect(generateProvince({})).toEqual(sample);
  });

  test('the start month places ages and scenario months', () => {
    const later = generateProvince({ startMonth: '2028-07' });
    expect(later.scenarios[0].settings?.startMonth).toBe('2028-07');
    expect(later.scenarios[0].operations[0].month).toBe('2028-10');
    const start = monthOf(2028, 7);
    const retired = toStaffing(later).people.filter((p, i) => p.birthMonth !== null
      && typeof P.birth(later.people.rows[i]) === 'string'
      && (lastWorkingMonth(DEFAULT_RETIREMENT_TABLE, p.birthMonth, p.gender ?? 'M') as number) < start);
    expect(retired).toEqual([]);
  });

  test.each([10_000, 100_000])('%d people within ±10 %, in more and larger units (at most 25 people each on average)', (target) => {
    const p = generateProvince({ people: target });
    expect(Math.abs(p.people.rows.length - target) / target).toBeLessThan(0.1);
    const perUnit = p.people.rows.length / p.units.rows.length;
    expect(perUnit).toBeGreaterThan(sample.people.rows.length / sample.units.rows.length);
    expect(perUnit).toBeGreaterThan(target >= 100_000 ? 12 : 8);
    expect(perUnit).toBeLessThan(25);
    expect(p.units.rows.length).toBeGreaterThan(sample.units.rows.length);
    expect(new Set(p.units.rows.map(U.district).filter((d) => d !== null)).size).toBe(13);
    const ids = p.units.rows.map(U.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(p.units.rows.filter((r) => U.level(r) === 'Xã').map(U.locality)).size * 3)
      .toBe(p.units.rows.filter((r) => U.level(r) === 'Xã').length);
  });

  test('small samples still have every district body and at least one commune per district', () => {
    const p = generateProvince({ people: 1500 });
    expect(Math.abs(p.people.rows.length - 1500) / 1500).toBeLessThan(0.1);
    expect(new Set(p.units.rows.filter((r) => U.level(r) === 'Xã').map(U.district)).size).toBe(13);
    expect(p.units.rows.filter((r) => U.kind(r) === 'Phòng Nội vụ')).toHaveLength(13);
  });

  test('bad options are refused', () => {
    expect(() => generateProvince({ startMonth: '2026-13' })).toThrow(RangeError);
    expect(() => generateProvince({ people: 0 })).toThrow(RangeError);
    expect(() => generateProvince({ seed: 1.5 })).toThrow(RangeError);
  });

  test('mulberry32 is a deterministic stream in [0, 1)', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.filter((x) => !(x >= 0 && x < 1))).toEqual([]);
    expect(new Set(xs).size).toBe(1000);
  });
});
