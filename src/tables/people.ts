import { calendarMonthOf, monthOf, yearOf, type Month } from '../domain/month';
import { lastWorkingMonth } from '../domain/retirement';
import { DEFAULT_RETIREMENT_TABLE } from '../domain/settings';
import type { Gender, Person, Role, Scalar } from '../domain/model';
import { inferRole } from '../domain/roles';
import { idKey } from '../domain/text';
import { isBlankCell, isMark, readDate, readGender, readRole, readTitleList, type DateRead } from './cells';
import { recordRows, RecordReader, TableProblems, type GridInput } from './grid';
import { headerWords, typicalHeaders, type HeaderLayout, type PersonField } from './headers';
import type { UnitDirectory } from './units';

/** Age bounds outside which a birth date is probably mistyped. */
const MIN_PLAUSIBLE_AGE = 18;
const MAX_PLAUSIBLE_AGE = 80;

/** The day birth dates are checked against (no clock in this layer: the caller says what today is). */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

interface PersonRecord {
  readonly reader: RecordReader<PersonField>;
  readonly id: string | null;
  readonly name: string | null;
  readonly unitReference: string | null;
  unitId: string | null;
  readonly title: string | null;
  readonly role: Role | null;
  readonly birth: DateRead | null;
  readonly gender: Gender | null;
  readonly concurrentTitles: string[];
  /** The month the person leaves, given by the table instead of the statutory one. */
  readonly leavesFrom: Month | null;
  readonly extra: Record<string, Scalar>;
}

export interface PeopleRead {
  /** The people of rows without errors, in table order. */
  readonly people: Person[];
  readonly rowCount: number;
}

/**
 * Reads the people table's rows, resolves each person's unit against the unit table (by id, then by
 * name), and checks ids are unique and each unit has at most one head.
 */
export function readPeople(
  grid: GridInput,
  layout: HeaderLayout<PersonField>,
  problems: TableProblems,
  units: UnitDirectory | null,
  today: CalendarDay,
): PeopleRead {
  const context = birthContext(layout);
  const records = recordRows(grid.cells, layout, problems, 'people').map((gridRow) =>
    readPersonRow(new RecordReader(problems, layout, grid.cells[gridRow], gridRow), context, today),
  );

  if (layout.columns.personId === undefined && records.length > 0) {
    problems.add('warning', 'generatedPersonIds', null, null, {
      count: records.length,
      first: records[0].id ?? '',
      last: records[records.length - 1].id ?? '',
      headers: typicalHeaders('people', 'personId'),
    });
  }
  if (!context.hasBirthDates && records.length > 0) {
    problems.add('warning', 'noBirthDateColumn', layout.headerRows[layout.headerRows.length - 1], null, {
      headers: typicalHeaders('people', 'birthDate'),
    });
  }
  reportDuplicateIds(records);
  for (const record of records) {
    if (record.unitReference === null || units === null) continue;
    const found = units.lookup(record.unitReference);
    if (found.kind === 'found') record.unitId = found.id;
    else if (found.kind === 'ambiguous') {
      record.reader.report('error', 'ambiguousUnitName', 'unit', { field: 'unit', value: record.unitReference, ids: found.ids.join(', ') });
    } else if (found.kind === 'unknown') record.reader.report('error', 'unknownUnit', 'unit', { value: record.unitReference });
  }
  reportSecondHeads(records, layout);

  const people: Person[] = [];
  for (const r of records) {
    if (!r.reader.ok || r.id === null || r.name === null || r.unitId === null || r.title === null || r.role === null) continue;
    people.push({
      id: r.id,
      name: r.name,
      birthDate: r.birth?.iso ?? null,
      birthMonth: r.birth === null ? null : monthOf(r.birth.year, r.birth.month),
      gender: r.gender,
      unitId: r.unitId,
      title: r.title,
      role: r.role,
      concurrentTitles: r.concurrentTitles,
      // Only when given: a table without the column reads (and fingerprints) as before.
      ...(r.leavesFrom === null ? {} : { leavesFrom: r.leavesFrom }),
      extra: r.extra,
      source: { sheet: grid.sheet, row: r.reader.sheetRow },
    });
  }
  return { people, rowCount: records.length };
}

interface BirthContext {
  /** The table tells birth dates at all (else one table-level warning instead of one per person). */
  readonly hasBirthDates: boolean;
  readonly hasGender: boolean;
  /** Where "missing birth date" and "unknown gender" point. */
  readonly birthField: PersonField | null;
  readonly genderField: PersonField | null;
}

function birthContext(layout: HeaderLayout<PersonField>): BirthContext {
  const has = (f: PersonField): boolean => layout.columns[f] !== undefined;
  const split: PersonField | null = has('male') ? 'male' : has('female') ? 'female' : null;
  // Nam / Nữ columns under a "Giới tính" group hold marks, not birth dates.
  const splitHeader = split === null ? null : layout.headers[layout.columns[split] ?? -1];
  const splitIsGender = splitHeader !== null && ['gioi', 'gender', 'sex'].includes(headerWords(splitHeader)[0] ?? '');
  const hasBirthDates = has('birthDate') || (split !== null && !splitIsGender);
  return {
    hasBirthDates,
    hasGender: has('gender') || split !== null,
    birthField: has('birthDate') ? 'birthDate' : hasBirthDates ? split : null,
    genderField: has('gender') ? 'gender' : split,
  };
}

function readPersonRow(reader: RecordReader<PersonField>, context: BirthContext, today: CalendarDay): PersonRecord {
  const id = reader.has('personId') ? reader.text('personId', true) : `R${reader.sheetRow}`;
  const name = reader.text('fullName', true);
  const unitReference = reader.text('unit', true);
  const title = reader.text('title', true);
  const role = readPersonRole(reader, title);
  const { birth, gender } = readBirthAndGender(reader, context, name ?? '');
  const leaves = reader.read('leavesFrom', false, readDate);
  const leavesFrom = leaves === null ? null : monthOf(leaves.year, leaves.month);
  if (birth !== null) checkBirthDate(reader, context, birth, gender, name ?? '', today, leavesFrom);
  if (birth !== null && gender !== null && leavesFrom !== null) checkLaterRetirement(reader, birth, gender, name ?? '', leavesFrom);
  const titles = reader.read('concurrentTitles', false, readTitleList);
  return {
    reader,
    id,
    name,
    unitReference,
    unitId: null,
    title,
    role,
    birth,
    gender,
    concurrentTitles: titles ?? [],
    leavesFrom,
    extra: reader.extras(),
  };
}

/** From the role column when it says something readable, else from the title. */
function readPersonRole(reader: RecordReader<PersonField>, title: string | null): Role | null {
  const inferred = title === null ? null : inferRole(title);
  if (!reader.has('role')) return inferred;
  const read = readRole(reader.cell('role'));
  if (read.kind === 'value') return read.value;
  if (read.kind === 'empty') return inferred;
  if (read.code === 'unknownRole') {
    reader.report('warning', 'unknownRole', 'role', { value: read.value, inferred: inferred ?? '' });
    return inferred;
  }
  reader.reportInvalid('role', read);
  return null;
}

interface SplitRead {
  readonly gender: Gender;
  readonly birth: DateRead | null;
  /** The cell holds something that is neither a date nor a mark (reported); it still tells the gender. */
  readonly unreadable: boolean;
}

/** A split Nam / Nữ cell: whatever fills it gives the gender, and a date there is the birth date. */
function readSplitCell(reader: RecordReader<PersonField>, field: 'male' | 'female'): SplitRead | null {
  if (!reader.has(field)) return null;
  const cell = reader.cell(field);
  if (isBlankCell(cell)) return null;
  const gender: Gender = field === 'male' ? 'M' : 'F';
  if (isMark(cell)) return { gender, birth: null, unreadable: false };
  const read = readDate(cell);
  if (read.kind === 'invalid') reader.reportInvalid(field, read);
  return { gender, birth: read.kind === 'value' ? read.value : null, unreadable: read.kind === 'invalid' };
}

function readBirthAndGender(
  reader: RecordReader<PersonField>,
  context: BirthContext,
  name: string,
): { birth: DateRead | null; gender: Gender | null } {
  let unreadable = false;
  let birth: DateRead | null = null;
  if (reader.has('birthDate')) {
    const read = readDate(reader.cell('birthDate'));
    if (read.kind === 'value') birth = read.value;
    else if (read.kind === 'invalid') {
      reader.reportInvalid('birthDate', read);
      unreadable = true;
    }
  }

  const male = readSplitCell(reader, 'male');
  const female = readSplitCell(reader, 'female');
  if (male?.unreadable || female?.unreadable) unreadable = true;
  let split: SplitRead | null = male ?? female;
  if (male !== null && female !== null) {
    reader.report('warning', 'bothSplitDates', 'male');
    split = null;
    if (birth === null && male.birth?.iso === female.birth?.iso) birth = male.birth;
  }
  if (birth === null && split !== null) birth = split.birth;

  let gender: Gender | null = split?.gender ?? null;
  let genderWarned = male !== null && female !== null;
  if (reader.has('gender')) {
    const read = readGender(reader.cell('gender'));
    if (read.kind === 'value') {
      if (split !== null && split.gender !== read.value) {
        reader.report('warning', 'conflictingGender', 'gender', { gender: read.value, otherGender: split.gender });
      }
      gender = read.value;
    } else if (read.kind === 'invalid') {
      if (read.code === 'unknownGender') reader.report('warning', 'unknownGender', 'gender', { value: read.value });
      else reader.reportInvalid('gender', read);
      genderWarned = true;
    }
  }
  const birthMissing = birth === null && context.hasBirthDates && !unreadable;
  // With the gender told only by the Nam / Nữ birth-date columns, both empty is one thing missing, the
  // birth date: said once, not also as a gender to fill in a column the sheet does not have.
  const toldBySplit = !reader.has('gender') && male === null && female === null;
  if (gender === null && !genderWarned && context.hasGender && !(toldBySplit && birthMissing)) reader.report('warning', 'missingGender', context.genderField);
  if (birthMissing) reader.report('warning', 'missingBirthDate', context.birthField, { name });
  return { birth, gender };
}

/**
 * A birth date after today is an error; one giving an age past the statutory retirement age (the
 * default table: a scenario may set its own) is a warning, since a run counts that person as retired
 * from its first month, in no figure; any other age outside 18–80 is a warning too. One per person:
 * past retirement age says it all for someone of 85.
 */
function checkBirthDate(
  reader: RecordReader<PersonField>, context: BirthContext, birth: DateRead, gender: Gender | null, name: string, today: CalendarDay,
  leavesFrom: Month | null,
): void {
  if (compare(birth, today) > 0) {
    // Nobody is born after the day the table is read: a typing slip, and no retirement can follow from it.
    reader.report('error', 'birthDateInFuture', context.birthField, { value: birth.iso, today: isoDay(today) });
    return;
  }
  const last = gender === null ? null : lastWorkingMonth(DEFAULT_RETIREMENT_TABLE, monthOf(birth.year, birth.month), gender);
  // Past the statutory age is said only when the table gives no month of its own (a later retirement).
  if (last !== null && last < monthOf(today.year, today.month) && leavesFrom === null) {
    reader.report('warning', 'pastRetirementAge', context.birthField, { name, value: birth.iso, lastMonth: monthText(last) });
    return;
  }
  const hadBirthday = today.month > birth.month || (today.month === birth.month && today.day >= birth.day);
  const age = today.year - birth.year - (hadBirthday ? 0 : 1);
  if (age < MIN_PLAUSIBLE_AGE || age > MAX_PLAUSIBLE_AGE) {
    reader.report('warning', 'implausibleAge', context.birthField, { value: birth.iso, age, min: MIN_PLAUSIBLE_AGE, max: MAX_PLAUSIBLE_AGE });
  }
}

/** NĐ 83/2022 (amended by NĐ 99/2024): a later retirement goes up to 60 for women, 65 for men. */
const LATER_RETIREMENT_AGE: Readonly<Record<Gender, number>> = { F: 60, M: 65 };

/**
 * A month of leaving later than the statutory one is a later retirement: past the age the decree allows,
 * a warning (a slip of the year, most often). The posts it lists are not checked: titles vary.
 */
function checkLaterRetirement(reader: RecordReader<PersonField>, birth: DateRead, gender: Gender, name: string, leavesFrom: Month): void {
  const born = monthOf(birth.year, birth.month);
  const statutory = lastWorkingMonth(DEFAULT_RETIREMENT_TABLE, born, gender);
  if (statutory === null || leavesFrom <= statutory + 1) return;
  const age = LATER_RETIREMENT_AGE[gender];
  // Gone from the month after the one in which that age is reached.
  const limit = born + age * 12 + 1;
  if (leavesFrom <= limit) return;
  reader.report('warning', 'laterRetirementBeyondLimit', 'leavesFrom', {
    name, value: monthText(leavesFrom), statutory: monthText(statutory + 1), age, limit: monthText(limit),
  });
}

/** 'MM/YYYY', as planners write months. */
function monthText(month: Month): string {
  return `${String(calendarMonthOf(month)).padStart(2, '0')}/${yearOf(month)}`;
}

function isoDay(day: CalendarDay): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

function compare(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Ids compare by idKey (NFKC, case, spacing); the later row is reported, naming the first cell. */
function reportDuplicateIds(records: readonly PersonRecord[]): void {
  const firstOf = new Map<string, PersonRecord>();
  for (const record of records) {
    if (record.id === null) continue;
    const key = idKey(record.id);
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, record);
    else {
      record.reader.report('error', 'duplicatePersonId', 'personId', {
        id: record.id, firstId: first.id ?? '', firstCell: first.reader.cellRef('personId'),
        ...(first.id === record.id ? { variant: 'samePersonId' } : {}),
      });
    }
  }
}

/** One head per unit, counting primary roles only (a concurrent title does not make a second head). */
function reportSecondHeads(records: readonly PersonRecord[], layout: HeaderLayout<PersonField>): void {
  const headOf = new Map<string, PersonRecord>();
  const where: PersonField = layout.columns.role !== undefined ? 'role' : 'title';
  for (const record of records) {
    if (record.role !== 'head' || record.unitId === null) continue;
    const first = headOf.get(record.unitId);
    if (first === undefined) headOf.set(record.unitId, record);
    else {
      record.reader.report('error', 'twoHeads', where, {
        unitId: record.unitId,
        name: record.name ?? '',
        firstRow: first.reader.sheetRow,
      });
    }
  }
}
