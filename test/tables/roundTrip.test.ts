import fc from 'fast-check';
import type { Gender, Person, Unit } from '../../src/domain/model';
import type { RawCell } from '../../src/tables/cells';
import { readStaffing } from '../../src/tables/staffing';
import { grid } from './fixtures';

/**
 * Oracle: a staffing written as planners write it (any header spelling, column order, date and gender
 * form, unit by id or by name) reads back as the same staffing, without a problem.
 */

const LEVELS = ['Tỉnh', 'Huyện', 'Xã'];
const TITLES = ['Chuyên viên', 'Phó Trưởng phòng', 'Công chức Tư pháp - Hộ tịch', 'Phó Chủ tịch UBND xã'];

/** Header spellings, each written as is, in capitals, or decomposed (NFD). */
const spellings = (...headers: string[]): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(...headers), fc.constantFrom('as is', 'upper', 'nfd'))
    .map(([h, how]) => (how === 'upper' ? h.toLocaleUpperCase('vi') : how === 'nfd' ? h.normalize('NFD') : h));

const unitHeaders = fc.record({
  id: spellings('Mã đơn vị', 'Mã ĐV', 'Unit ID'),
  name: spellings('Tên đơn vị', 'Đơn vị', 'Unit name'),
  level: spellings('Cấp', 'Level'),
  quota: spellings('Biên chế', 'Biên chế được giao', 'Quota'),
});
const peopleHeaders = fc.record({
  id: spellings('Mã cán bộ', 'Mã CB', 'Person ID'),
  name: spellings('Họ và tên', 'Họ tên', 'Full name'),
  birth: spellings('Ngày sinh', 'Ngày tháng năm sinh', 'Date of birth'),
  gender: spellings('Giới tính', 'Gender'),
  unit: spellings('Đơn vị', 'Phòng ban', 'Unit'),
  title: spellings('Chức vụ', 'Chức danh', 'Title'),
});

interface Birth {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
// Working age on the day of reading (2025-06-15): born after 1970, nobody is past the retirement age.
const birth: fc.Arbitrary<Birth> = fc
  .date({ min: new Date(Date.UTC(1971, 0, 1)), max: new Date(Date.UTC(2000, 11, 31)), noInvalidDate: true })
  .map((date) => ({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() }));

const pad = (n: number): string => String(n).padStart(2, '0');
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A birth date in one of the forms planners use. */
function writeBirth(b: Birth, form: number): RawCell {
  switch (form) {
    case 0:
      return new Date(Date.UTC(b.y, b.m - 1, b.d));
    case 1:
      return (Date.UTC(b.y, b.m - 1, b.d) - EXCEL_EPOCH) / 86_400_000;
    case 2:
      return `${pad(b.d)}/${pad(b.m)}/${b.y}`;
    case 3:
      return `${b.d}/${b.m}/${b.y}`;
    case 4:
      return `${b.y}-${pad(b.m)}-${pad(b.d)}`;
    default:
      return `${pad(b.d)}.${pad(b.m)}.${b.y}`;
  }
}

const GENDER_FORMS: Record<Gender, string[]> = { M: ['Nam', 'nam', 'M', 'Male'], F: ['Nữ', 'NỮ', 'nu', 'F', 'Female'] };

const scenario = fc
  .record({
    units: fc.array(fc.record({ level: fc.constantFrom(...LEVELS), quota: fc.nat(60), quotaAsText: fc.boolean() }), { minLength: 1, maxLength: 6 }),
    people: fc.array(
      fc.record({
        unit: fc.nat(),
        byName: fc.boolean(),
        title: fc.constantFrom(...TITLES),
        birth,
        birthForm: fc.nat(5),
        gender: fc.constantFrom<Gender>('M', 'F'),
        genderForm: fc.nat(4),
      }),
      { maxLength: 15 },
    ),
    unitHeaders,
    peopleHeaders,
    unitOrder: fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4 }),
    peopleOrder: fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6 }),
  })
  .filter((s) => s.people.length > 0);

describe('reading a staffing written any way planners write it', () => {
  it('gives back the same units and people, without problems', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const units: Unit[] = s.units.map((u, i) => ({
          id: `DV${i + 1}`,
          name: `Phòng số ${i + 1} huyện Đức Thọ`,
          level: u.level,
          kind: null,
          locality: null,
          parent: null,
          quota: u.quota,
          deputyCap: null,
          extra: {},
          source: { sheet: 'Đơn vị', row: i + 2 },
        }));
        const people: Person[] = s.people.map((p, i) => {
          const unit = units[p.unit % units.length];
          return {
            id: `CB${i + 1}`,
            name: `Nguyễn Văn Số ${i + 1}`,
            birthDate: `${p.birth.y}-${pad(p.birth.m)}-${pad(p.birth.d)}`,
            birthMonth: p.birth.y * 12 + p.birth.m - 1,
            gender: p.gender,
            unitId: unit.id,
            title: p.title,
            role: p.title.startsWith('Phó') ? 'deputy' : 'staff',
            concurrentTitles: [],
            extra: {},
            source: { sheet: 'Cán bộ', row: i + 2 },
          };
        });

        const h = s.unitHeaders;
        const unitColumns: RawCell[][] = [
          [h.id, ...units.map((u) => u.id)],
          [h.name, ...units.map((u) => u.name)],
          [h.level, ...units.map((u) => u.level)],
          [h.quota, ...units.map((u, i) => (s.units[i].quotaAsText ? ` ${u.quota} ` : u.quota))],
        ];
        const ph = s.peopleHeaders;
        const peopleColumns: RawCell[][] = [
          [ph.id, ...people.map((p) => p.id)],
          [ph.name, ...people.map((p) => p.name)],
          [ph.birth, ...s.people.map((p) => writeBirth(p.birth, p.birthForm))],
          [ph.gender, ...s.people.map((p) => GENDER_FORMS[p.gender][p.genderForm % GENDER_FORMS[p.gender].length])],
          [ph.unit, ...people.map((p, i) => (s.people[i].byName ? (units.find((u) => u.id === p.unitId)?.name ?? '') : p.unitId))],
          [ph.title, ...people.map((p) => p.title)],
        ];
        const transpose = (columns: RawCell[][], order: number[]): RawCell[][] =>
          columns[0].map((_, r) => order.map((c) => columns[c][r]));

        const result = readStaffing(
          { units: grid('Đơn vị', transpose(unitColumns, s.unitOrder)), people: grid('Cán bộ', transpose(peopleColumns, s.peopleOrder)) },
          {},
          { asOf: '2025-06-15' },
        );
        expect(result.problems).toEqual([]);
        expect(result.staffing).toEqual({ units, people });
      }),
      { numRuns: 200, seed: 20250615 },
    );
  });
});
