import type { Gender, Role } from '../domain/model';
import type { Month } from '../domain/month';
import { calendarMonthOf, yearOf } from '../domain/month';
import { retirementAgeMonths } from '../domain/retirement';
import { DEFAULT_RETIREMENT_TABLE } from '../domain/settings';
import type { Random } from './random';
import type { PlannedUnit } from './units';
import { LEADER_POSITION } from './units';

/**
 * The people table of the sample: names, birth dates, titles and qualifications as a planner types
 * them. Ages are placed relative to the start month so that nobody is already past retirement and
 * a realistic share retires within the five-year horizon.
 */

export type Cell = string | number | null;

/** What the example scenarios need to know about a person, without parsing the rows back. */
export interface PersonRecord {
  readonly id: string;
  readonly unitId: string;
  readonly title: string;
  readonly role: Role;
  readonly gender: Gender;
  /** Whole years at the start month. */
  readonly age: number;
  readonly note: string | null;
  /** Vị trí việc làm, in the two-level sample. */
  readonly position: string | null;
}

export const CARING_FOR_INFANT = 'Nuôi con dưới 36 tháng tuổi';
export const ACTING_HEAD = 'Phụ trách đơn vị (khuyết cấp trưởng)';

/** Family names with a Hà Tĩnh flavour: Phan, Võ, Đậu and Thái are more common here than nationally. */
const FAMILY: readonly (readonly [string, number])[] = [
  ['Nguyễn', 28], ['Trần', 10], ['Lê', 9], ['Phan', 8], ['Võ', 6], ['Phạm', 5], ['Hoàng', 5], ['Đặng', 3],
  ['Bùi', 3], ['Hồ', 3], ['Dương', 3], ['Đinh', 3], ['Đỗ', 2], ['Ngô', 2], ['Đậu', 2], ['Thái', 2], ['Đoàn', 2],
  ['Lý', 1], ['Trương', 1], ['Mai', 1], ['Cao', 1], ['Lương', 1], ['Hà', 1], ['Chu', 1], ['Tôn', 1], ['Đào', 1],
];
const MIDDLE_MEN: readonly (readonly [string, number])[] = [
  ['Văn', 28], ['Đình', 10], ['Hữu', 8], ['Xuân', 6], ['Minh', 6], ['Quang', 6], ['Đức', 6], ['Công', 5],
  ['Trọng', 4], ['Thanh', 4], ['Ngọc', 3], ['Anh', 3], ['Quốc', 3], ['Tiến', 3], ['Duy', 2], ['Mạnh', 2],
  ['Hồng', 2], ['Sỹ', 2], ['Bá', 2], ['Trung', 2],
];
const MIDDLE_WOMEN: readonly (readonly [string, number])[] = [
  ['Thị', 55], ['Thu', 6], ['Thanh', 6], ['Ngọc', 5], ['Hồng', 5], ['Kim', 3], ['Minh', 3], ['Hoài', 3],
  ['Phương', 3], ['Khánh', 2], ['Mai', 2], ['Bích', 2], ['Thúy', 2], ['Hải', 2], ['Diệu', 1],
];
/** A second middle name, for four-word names. */
const SECOND_MIDDLE: Readonly<Record<Gender, readonly string[]>> = {
  M: ['Anh', 'Minh', 'Quốc', 'Hoàng', 'Thanh', 'Đức'],
  F: ['Thu', 'Hồng', 'Ngọc', 'Phương', 'Thanh', 'Mai'],
};
const GIVEN: Readonly<Record<Gender, readonly string[]>> = {
  M: [
    'Hùng', 'Dũng', 'Tuấn', 'Hải', 'Sơn', 'Long', 'Thắng', 'Cường', 'Hoàng', 'Hiếu', 'Trung', 'Đức', 'Thành', 'Nam',
    'Phong', 'Quân', 'Lâm', 'Toàn', 'Tiến', 'Vinh', 'Bình', 'Hưng', 'Khánh', 'Lợi', 'Quý', 'Tâm', 'Tùng', 'Kiên',
    'Lực', 'Nghĩa', 'Phúc', 'Quang', 'Sáng', 'Thái', 'Thịnh', 'Thuận', 'Trí', 'Tú', 'Việt', 'Vũ', 'Hòa', 'Anh',
    'Chiến', 'Công', 'Đạt', 'Định', 'Huy', 'Luận', 'Nhân', 'Tài',
  ],
  F: [
    'Hoa', 'Lan', 'Hương', 'Hằng', 'Hà', 'Hạnh', 'Nga', 'Nhung', 'Thủy', 'Trang', 'Yến', 'Mai', 'Loan', 'Oanh',
    'Phương', 'Thảo', 'Hiền', 'Huyền', 'Linh', 'Ngân', 'Dung', 'Tâm', 'Vân', 'Anh', 'Quyên', 'Thương', 'Hồng',
    'Liên', 'Lý', 'Nhàn', 'Tuyết', 'Xuân', 'Giang', 'Châu', 'Hiếu', 'Lê', 'Na', 'Ngọc', 'Quế', 'Sen',
  ],
};

function fullName(random: Random, gender: Gender): string {
  const family = random.weighted(FAMILY);
  const middle = random.weighted(gender === 'M' ? MIDDLE_MEN : MIDDLE_WOMEN);
  const given = random.pick(GIVEN[gender]);
  // Four-word names: common for women ('Lê Thị Ngọc Loan'), rarer for men and never after 'Văn'.
  if (middle !== 'Văn' && random.chance(gender === 'F' ? 0.15 : 0.05)) {
    const second = random.pick(SECOND_MIDDLE[gender]);
    if (second !== middle && second !== given) return `${family} ${middle} ${second} ${given}`;
  }
  return `${family} ${middle} ${given}`;
}

/** Share of men by title: leadership about 60/40, commanders nearly all men, clerks mostly women. */
function menShare(title: string, role: Role): number {
  if (title === 'Chỉ huy trưởng Quân sự') return 0.97;
  if (title === 'Văn thư' || title === 'Kế toán' || title === 'Công chức Tài chính - Kế toán') return 0.25;
  if (role === 'head') return 0.68;
  if (role === 'deputy') return 0.58;
  return 0.48;
}

/** Age in years (before the retirement bound): heads older, "chính" grades past their first decade. */
function drawAge(random: Random, title: string, role: Role): number {
  if (role === 'head') return random.triangular(36, 52, 62);
  if (role === 'deputy') return random.triangular(31, 46, 61);
  if (title.endsWith(' chính')) return random.triangular(35, 47, 61);
  return random.triangular(25, 37, 60);
}

/**
 * The oldest age in months at `start` of someone who has not yet reached the retirement age: k
 * months earlier they were k months younger, but the age in force then was lower, by up to 4 months
 * a year, so the previous years bind too.
 */
function oldestWorkingAge(start: Month, gender: Gender): number {
  let limit = Infinity;
  for (let k = 0; k <= 36; k++) limit = Math.min(limit, (retirementAgeMonths(DEFAULT_RETIREMENT_TABLE, yearOf(start - k), gender) ?? Infinity) + k - 1);
  return limit;
}

function daysIn(year: number, month1: number): number {
  if (month1 === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month1) ? 30 : 31;
}

function dmy(random: Random, m: Month): string {
  const year = yearOf(m);
  const month = calendarMonthOf(m);
  const day = 1 + random.int(daysIn(year, month));
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

function qualification(random: Random, role: Role, commune: boolean): string {
  if (role === 'head') return random.chance(commune ? 0.15 : 0.4) ? 'Thạc sĩ' : 'Đại học';
  if (role === 'deputy') return random.chance(commune ? 0.08 : 0.25) ? 'Thạc sĩ' : 'Đại học';
  return random.weighted(commune
    ? [['Thạc sĩ', 3], ['Đại học', 85], ['Cao đẳng', 12]]
    : [['Thạc sĩ', 12], ['Đại học', 85], ['Cao đẳng', 3]]);
}

/** Lý luận chính trị: leaders at the higher levels, young staff often without any yet. */
function politicalTheory(random: Random, role: Role, commune: boolean): string | null {
  if (role === 'head') return random.chance(commune ? 0.2 : 0.65) ? 'Cao cấp' : 'Trung cấp';
  if (role === 'deputy') {
    return commune ? random.weighted([['Trung cấp', 9], ['Sơ cấp', 1]]) : random.weighted([['Cao cấp', 3], ['Trung cấp', 7]]);
  }
  return random.weighted<string | null>(commune
    ? [['Trung cấp', 40], ['Sơ cấp', 45], [null, 15]]
    : [['Trung cấp', 30], ['Sơ cấp', 45], [null, 25]]);
}

export interface GeneratedPeople {
  readonly rows: Cell[][];
  readonly records: PersonRecord[];
}

/** One row per person, unit by unit: head, deputies, staff, as planners list them. */
/**
 * `withPositions`: a "Vị trí việc làm" column after the concurrent titles (the two-level sample),
 * leaders' being LEADER_POSITION and staff's from their unit's `positions`.
 */
export function generatePeople(units: readonly PlannedUnit[], random: Random, start: Month, withPositions = false): GeneratedPeople {
  const total = units.reduce((n, u) => n + u.headcount, 0);
  const width = Math.max(5, String(total).length);
  const rows: Cell[][] = [];
  const records: PersonRecord[] = [];
  const oldestAge: Record<Gender, number> = { M: oldestWorkingAge(start, 'M'), F: oldestWorkingAge(start, 'F') };

  const add = (u: PlannedUnit, title: string, role: Role, concurrent: string | null, note: string | null, staffIndex = 0): void => {
    const gender: Gender = random.chance(menShare(title, role)) ? 'M' : 'F';
    // Nobody has reached the retirement age at the start month; those drawn past it are placed in
    // their last years instead, which gives the horizon its retirements.
    const limit = oldestAge[gender];
    let ageMonths = Math.round(drawAge(random, title, role) * 12) + random.int(12);
    if (ageMonths > limit) ageMonths = limit - random.int(48);
    const birth = start - ageMonths;
    const form = random.float();
    // A year alone reads as 1 January: written only when that does not put the person past the age.
    const yearAlone = form >= 0.96 && form < 0.99 && ageMonths + calendarMonthOf(birth) - 1 <= limit;
    const birthCell: Cell = form < 0.99 && !yearAlone ? dmy(random, birth) : yearAlone ? yearOf(birth) : null;
    const commune = u.level === 'Xã';
    let appointed: string | null = null;
    // Appointed to the current post within the last nine years, and not before the age of 28.
    const yearsPast28 = Math.floor(ageMonths / 12) - 28;
    if (role !== 'staff' && yearsPast28 > 0 && random.chance(0.85)) {
      appointed = dmy(random, start - 1 - random.int(Math.min(110, yearsPast28 * 12)));
    }
    const age = Math.floor(ageMonths / 12);
    if (note === null && gender === 'F' && age <= 38 && random.chance(0.06)) note = CARING_FOR_INFANT;
    const id = `CB${String(rows.length + 1).padStart(width, '0')}`;
    const { first, pool } = u.positions ?? { first: [], pool: [] };
    const position = !withPositions ? null
      : role !== 'staff' ? LEADER_POSITION
        : staffIndex < first.length ? first[staffIndex] : pool[(staffIndex - first.length) % pool.length] ?? null;
    rows.push([
      rows.length + 1, id, fullName(random, gender), birthCell, gender === 'M' ? 'Nam' : 'Nữ', u.id, title, concurrent,
      ...(withPositions ? [position] : []),
      qualification(random, role, commune), politicalTheory(random, role, commune), appointed, note,
    ]);
    records.push({ id, unitId: u.id, title, role, gender, age, note, position });
  };

  for (const u of units) {
    if (u.hasHead) add(u, u.titles.head, 'head', u.headConcurrent, null);
    for (let i = 0; i < u.deputies; i++) add(u, u.titles.deputy, 'deputy', null, !u.hasHead && i === 0 ? ACTING_HEAD : null);
    const staff = u.headcount - (u.hasHead ? 1 : 0) - u.deputies;
    const { staffFirst, staffPool } = u.titles;
    for (let i = 0; i < staff; i++) {
      const title = i < staffFirst.length ? staffFirst[i] : staffPool[(i - staffFirst.length) % staffPool.length];
      add(u, title, 'staff', null, null, i);
    }
  }
  return { rows, records };
}
