import type { Gender, Person, Scalar, Staffing, Unit } from '../domain/model';
import { monthOf } from '../domain/month';
import { inferRole } from '../domain/roles';
import { readDate } from '../tables/cells';
import type { Cell } from './people';
import type { SampleProvince, SampleTable } from './province';

/**
 * The sample read straight into the model, without the header-mapping layer: for engine tests and
 * benchmarks that want a realistic province and know its columns. Reading a planner's workbook goes
 * through src/tables, which is what the sample workbook exercises.
 */

/** 'dd/mm/yyyy' or a year alone (read as 1 January) → ISO, as the tables layer reads them; else null. */
function sampleDate(cell: Cell): string | null {
  const read = readDate(cell);
  return read.kind === 'value' ? read.value.iso : null;
}

function columns(table: SampleTable): (row: Cell[], header: string) => Cell {
  const index = new Map(table.header.map((h, i) => [h, i]));
  return (row, header) => {
    const i = index.get(header);
    if (i === undefined) throw new Error(`The sample table ${table.tableName} has no column '${header}'`);
    return row[i];
  };
}

function text(cell: Cell): string {
  return cell === null ? '' : String(cell);
}

function extras(table: SampleTable, row: Cell[], mapped: ReadonlySet<string>, dates: ReadonlySet<string>): Record<string, Scalar> {
  const extra: Record<string, Scalar> = {};
  table.header.forEach((h, i) => {
    if (!mapped.has(h)) extra[h] = dates.has(h) ? sampleDate(row[i]) : row[i];
  });
  return extra;
}

const UNIT_FIELDS = new Set(['Mã đơn vị', 'Tên đơn vị', 'Cấp', 'Loại đơn vị', 'Địa bàn', 'Trực thuộc', 'Biên chế', 'Số cấp phó tối đa']);
const PERSON_FIELDS = new Set(['Mã cán bộ', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Mã đơn vị', 'Chức vụ', 'Chức vụ kiêm nhiệm']);
const PERSON_DATES = new Set(['Ngày bổ nhiệm']);

export function toStaffing(province: SampleProvince): Staffing {
  const u = columns(province.units);
  const units: Unit[] = province.units.rows.map((row, i) => ({
    id: text(u(row, 'Mã đơn vị')),
    name: text(u(row, 'Tên đơn vị')),
    level: text(u(row, 'Cấp')),
    kind: u(row, 'Loại đơn vị') as string | null,
    locality: u(row, 'Địa bàn') as string | null,
    parent: u(row, 'Trực thuộc') as string | null,
    quota: Number(u(row, 'Biên chế')),
    deputyCap: u(row, 'Số cấp phó tối đa') as number | null,
    extra: extras(province.units, row, UNIT_FIELDS, new Set()),
    source: { sheet: province.units.sheet, row: i + 2 },
  }));

  const p = columns(province.people);
  const people: Person[] = province.people.rows.map((row, i) => {
    const birthDate = sampleDate(p(row, 'Ngày sinh'));
    const title = text(p(row, 'Chức vụ'));
    const concurrent = p(row, 'Chức vụ kiêm nhiệm');
    const gender: Gender | null = p(row, 'Giới tính') === 'Nam' ? 'M' : p(row, 'Giới tính') === 'Nữ' ? 'F' : null;
    return {
      id: text(p(row, 'Mã cán bộ')),
      name: text(p(row, 'Họ và tên')),
      birthDate,
      birthMonth: birthDate === null ? null : monthOf(Number(birthDate.slice(0, 4)), Number(birthDate.slice(5, 7))),
      gender,
      unitId: text(p(row, 'Mã đơn vị')),
      title,
      role: inferRole(title),
      concurrentTitles: concurrent === null ? [] : [String(concurrent)],
      extra: extras(province.people, row, PERSON_FIELDS, PERSON_DATES),
      source: { sheet: province.people.sheet, row: i + 2 },
    };
  });
  return { units, people };
}
