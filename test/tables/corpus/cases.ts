import ExcelJS from 'exceljs';
import { problemMessage } from '../../../src/tables/problems';
import type { StaffingLoad } from '../../../src/tables/staffing';

/**
 * The corpus of bad (and a few good) planners' workbooks: each built by code with ExcelJS, written to
 * .xlsx, read back through the xlsx reader and the table readers, with the exact problems expected,
 * written `severity code sheet!ColumnRow` (`*` for no row or column, `-` for no sheet).
 */
export interface CorpusCase {
  /** File name, without extension. */
  readonly name: string;
  readonly build: (wb: ExcelJS.Workbook) => void;
  readonly expected: readonly string[];
  /** Further checks on what was read. */
  readonly check?: (load: StaffingLoad) => void;
  /** The scenario store's JSON the workbook holds, when it holds one. */
  readonly store?: string;
}

/** The day birth dates are checked against. */
export const CORPUS_AS_OF = '2025-06-15';

type Row = ExcelJS.CellValue[];

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

export const UNIT_HEADER: Row = ['Mã đơn vị', 'Tên đơn vị', 'Cấp', 'Loại đơn vị', 'Địa bàn', 'Trực thuộc', 'Biên chế'];

/** Units: header on row 1, units on rows 2–6 (columns A–G). */
export function unitRows(): Row[] {
  return [
    ['T01', 'Ban Tổ chức Tỉnh ủy', 'Tỉnh', 'Ban Tổ chức', 'Hà Tĩnh', null, 25],
    ['H01', 'Ban Tổ chức Huyện ủy Đức Thọ', 'Huyện', 'Ban Tổ chức', 'Đức Thọ', 'T01', 8],
    ['H02', 'Phòng Nội vụ huyện Đức Thọ', 'Huyện', 'Phòng Nội vụ', 'Đức Thọ', null, 6],
    ['X01', 'Đảng ủy xã Tùng Ảnh', 'Xã', 'Đảng ủy xã', 'Tùng Ảnh', 'H01', 5],
    ['X02', 'UBND xã Tùng Ảnh', 'Xã', 'UBND xã', 'Tùng Ảnh', null, 20],
  ];
}

export const PEOPLE_HEADER: Row = [
  'STT',
  'Mã cán bộ',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Đơn vị',
  'Chức vụ',
  'Chức vụ kiêm nhiệm',
  'Trình độ chuyên môn',
  'Ngày vào Đảng',
];

/** People: header on row 1, people on rows 2–8; A STT, B id, C name, D birth, E gender, F unit, G title, H concurrent, I–J extra. */
export function peopleRows(): Row[] {
  return [
    [1, 'CB001', 'Nguyễn Văn An', utc(1968, 3, 5), 'Nam', 'T01', 'Trưởng ban', null, 'Thạc sĩ', utc(1995, 5, 19)],
    [2, 'CB002', 'Trần Thị Bình', '12/08/1975', 'Nữ', 'T01', 'Phó Trưởng ban', null, 'Đại học', '03/02/2000'],
    [3, 'CB003', 'Lê Văn Cường', 1972, 'Nam', 'H01', 'Trưởng ban', null, 'Đại học', null],
    [4, 'CB004', 'Phạm Thị Dung', '1980-11-30', 'Nữ', 'H02', 'Trưởng phòng', null, 'Đại học', null],
    [5, 'CB005', 'Hoàng Văn Em', utc(1979, 1, 1), 'Nam', 'X01', 'Bí thư Đảng ủy', 'Chủ tịch HĐND xã', 'Đại học', null],
    [6, 'CB006', 'Võ Thị Giang', utc(1985, 7, 7), 'Nữ', 'X02', 'Chủ tịch UBND xã', null, 'Đại học', null],
    [7, 'CB007', 'Đặng Văn Hùng', utc(1990, 2, 14), 'Nam', 'X02', 'Công chức Văn phòng - Thống kê', null, 'Cao đẳng', null],
  ];
}

/** Writes rows from a top-left cell (1-based), leaving null cells empty. */
function put(ws: ExcelJS.Worksheet, rows: readonly Row[], row = 1, col = 1): void {
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      if (value !== null && value !== undefined) ws.getCell(row + r, col + c).value = value;
    });
  });
}

function sheet(wb: ExcelJS.Workbook, name: string, rows: readonly Row[], row = 1, col = 1): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  put(ws, rows, row, col);
  return ws;
}

/** The standard workbook, with its rows changed by the case. */
function standard(
  wb: ExcelJS.Workbook,
  change: { units?: (rows: Row[]) => Row[]; people?: (rows: Row[]) => Row[] } = {},
): void {
  sheet(wb, 'Đơn vị', (change.units ?? ((r) => r))([UNIT_HEADER, ...unitRows()]));
  sheet(wb, 'Cán bộ', (change.people ?? ((r) => r))([PEOPLE_HEADER, ...peopleRows()]));
}

/** Sets one cell of a table given as rows (row 0 is the header), returning the rows. */
function set(rows: Row[], row: number, col: number, value: ExcelJS.CellValue): Row[] {
  rows[row][col] = value;
  return rows;
}

function dropColumns(rows: Row[], ...columns: number[]): Row[] {
  return rows.map((r) => r.filter((_, c) => !columns.includes(c)));
}

const nfd = (rows: Row[]): Row[] => rows.map((r) => r.map((v) => (typeof v === 'string' ? v.normalize('NFD') : v)));

const expectEqual = (actual: unknown, expected: unknown): void => {
  expect(actual).toEqual(expected);
};

export const CORPUS: readonly CorpusCase[] = [
  {
    name: 'good-plain-ranges',
    build: (wb) => standard(wb),
    expected: [],
    check: (load) => {
      expectEqual(load.staffing?.units.length, 5);
      expectEqual(
        load.staffing?.people.map((p) => [p.id, p.birthDate, p.gender, p.unitId, p.role]),
        [
          ['CB001', '1968-03-05', 'M', 'T01', 'head'],
          ['CB002', '1975-08-12', 'F', 'T01', 'deputy'],
          ['CB003', '1972-01-01', 'M', 'H01', 'head'],
          ['CB004', '1980-11-30', 'F', 'H02', 'head'],
          ['CB005', '1979-01-01', 'M', 'X01', 'head'],
          ['CB006', '1985-07-07', 'F', 'X02', 'head'],
          ['CB007', '1990-02-14', 'M', 'X02', 'staff'],
        ],
      );
      expectEqual(load.staffing?.people[0].extra, { 'Trình độ chuyên môn': 'Thạc sĩ', 'Ngày vào Đảng': '1995-05-19' });
      expectEqual(load.staffing?.people[1].extra['Ngày vào Đảng'], '2000-02-03');
      expectEqual(load.staffing?.people[4].concurrentTitles, ['Chủ tịch HĐND xã']);
    },
  },
  {
    name: 'good-excel-tables-beside-notes',
    build: (wb) => {
      sheet(wb, 'Hướng dẫn', [['Bảng biên chế năm 2025'], ['Người lập: Phòng Tổ chức']]);
      wb.addWorksheet('Cán bộ').addTable({
        name: 'CanBo',
        ref: 'B3',
        columns: PEOPLE_HEADER.map((h) => ({ name: String(h) })),
        rows: peopleRows(),
      });
      wb.addWorksheet('Đơn vị').addTable({
        name: 'DonVi',
        ref: 'A1',
        columns: UNIT_HEADER.map((h) => ({ name: String(h) })),
        rows: unitRows(),
      });
    },
    expected: [],
    check: (load) => {
      expectEqual(load.tables.units?.name, 'DonVi');
      expectEqual(load.tables.people?.name, 'CanBo');
      expectEqual(load.mapping.people?.headerRows, [3]);
      expectEqual(load.staffing?.people[6].source, { sheet: 'Cán bộ', row: 10 });
    },
  },
  {
    name: 'missing-unit-columns',
    build: (wb) => standard(wb, { units: (rows) => dropColumns(rows, 2, 6) }),
    expected: ['error missingColumn Đơn vị!*1', 'error missingColumn Đơn vị!*1'],
    check: (load) => {
      expectEqual(load.problems.map((p) => p.params.field), ['level', 'quota']);
      expect(problemMessage(load.problems[0], 'en')).toContain('Add a column with one of the headers “Cấp”, “Level”, “Cấp đơn vị”, “Cấp hành chính”');
      expect(problemMessage(load.problems[0], 'vi')).toContain('Hãy thêm cột có một trong các tiêu đề “Cấp”, “Level”, “Cấp đơn vị”, “Cấp hành chính”');
    },
  },
  {
    name: 'missing-people-columns',
    build: (wb) => standard(wb, { people: (rows) => dropColumns(rows, 4, 6) }),
    expected: ['error missingColumn Cán bộ!*1', 'error missingColumn Cán bộ!*1'],
    check: (load) => expectEqual(load.problems.map((p) => p.params.field), ['title', 'gender']),
  },
  {
    name: 'no-people-table',
    build: (wb) => {
      sheet(wb, 'Đơn vị', [UNIT_HEADER, ...unitRows()]);
      sheet(wb, 'Ghi chú', [['Danh sách cán bộ gửi sau']]);
    },
    expected: ['error noPeopleTable -!**'],
  },
  {
    name: 'empty-sheets',
    build: (wb) => {
      wb.addWorksheet('Sheet1');
      wb.addWorksheet('Sheet2');
    },
    expected: ['error noUnitTable -!**', 'error noPeopleTable -!**'],
  },
  {
    name: 'header-without-rows',
    build: (wb) => {
      sheet(wb, 'Đơn vị', [UNIT_HEADER, ...unitRows()]);
      sheet(wb, 'Cán bộ', [PEOPLE_HEADER]);
    },
    expected: ['error emptyTable Cán bộ!*1'],
  },
  {
    name: 'duplicate-unit-id',
    build: (wb) => standard(wb, { units: (rows) => [...rows, ['h02', 'Phòng Nội vụ (cũ)', 'Huyện', null, null, null, 3]] }),
    expected: ['error duplicateUnitId Đơn vị!A7'],
    check: (load) => expectEqual(load.problems[0].params, { id: 'h02', firstId: 'H02', firstCell: 'A4' }),
  },
  {
    name: 'duplicate-person-id',
    build: (wb) => standard(wb, { people: (rows) => set(rows, 7, 1, 'CB002') }),
    expected: ['error duplicatePersonId Cán bộ!B8'],
    check: (load) => expectEqual(load.problems[0].params, { id: 'CB002', firstId: 'CB002', firstCell: 'B3', variant: 'samePersonId' }),
  },
  {
    name: 'full-width-ids-typed-with-an-input-method',
    build: (wb) =>
      standard(wb, {
        units: (rows) => set(set(rows, 4, 5, 'Ｈ０１'), 5, 0, 'Ｘ０２'),
        people: (rows) => set(set(set(rows, 6, 5, 'X０2'), 7, 5, 'x02'), 7, 1, 'ＣＢ００１'),
      }),
    expected: ['error duplicatePersonId Cán bộ!B8'],
    check: (load) => {
      expectEqual(load.problems[0].params, { id: 'ＣＢ００１', firstId: 'CB001', firstCell: 'B2' });
      expect(problemMessage(load.problems[0], 'en')).toContain('person ID “ＣＢ００１” is the same as “CB001” in cell B2');
    },
  },
  {
    name: 'full-width-ids-resolved-as-written',
    build: (wb) =>
      standard(wb, {
        units: (rows) => set(set(rows, 4, 5, 'Ｈ０１'), 5, 0, 'Ｘ０２'),
        people: (rows) => set(set(rows, 6, 5, 'X０2'), 7, 5, 'x02'),
      }),
    expected: [],
    check: (load) => {
      expectEqual(load.staffing?.units.map((u) => [u.id, u.parent]).slice(3), [['X01', 'H01'], ['Ｘ０２', null]]);
      expectEqual(load.staffing?.people.slice(5).map((p) => p.unitId), ['Ｘ０２', 'Ｘ０２']);
    },
  },
  {
    name: 'unknown-unit',
    build: (wb) => standard(wb, { people: (rows) => set(set(rows, 3, 5, 'H99'), 5, 5, 'Phòng Tư pháp') }),
    expected: ['error unknownUnit Cán bộ!F4', 'error unknownUnit Cán bộ!F6'],
  },
  {
    name: 'unit-referenced-by-name',
    build: (wb) => standard(wb, { people: (rows) => set(set(rows, 4, 5, 'phòng nội vụ  huyện đức thọ'), 7, 5, 'UBND XÃ TÙNG ẢNH') }),
    expected: [],
    check: (load) => expectEqual(load.staffing?.people.map((p) => p.unitId), ['T01', 'T01', 'H01', 'H02', 'X01', 'X02', 'X02']),
  },
  {
    name: 'ambiguous-unit-name',
    build: (wb) =>
      standard(wb, {
        units: (rows) => [...rows, ['X03', 'UBND xã Tùng Ảnh', 'Xã', 'UBND xã', 'Tùng Ảnh (cũ)', null, 10]],
        people: (rows) => set(rows, 7, 5, 'UBND xã Tùng Ảnh'),
      }),
    expected: ['error ambiguousUnitName Cán bộ!F8'],
    check: (load) => expectEqual(load.problems[0].params.ids, 'X02, X03'),
  },
  {
    name: 'negative-quota',
    build: (wb) => standard(wb, { units: (rows) => set(rows, 3, 6, -2) }),
    expected: ['error negativeNumber Đơn vị!G4'],
  },
  {
    name: 'text-quota',
    build: (wb) => standard(wb, { units: (rows) => set(set(set(rows, 1, 6, 'mười hai'), 2, 6, '12 người'), 3, 6, '1.234') }),
    expected: ['error notANumber Đơn vị!G2', 'error notANumber Đơn vị!G3'],
    check: (load) => expectEqual(load.problems.map((p) => p.params.value), ['mười hai', '12 người']),
  },
  {
    name: 'fractional-quota-and-bad-deputy-cap',
    build: (wb) =>
      standard(wb, {
        units: (rows) => {
          const withCap = rows.map((r, i) => [...r, i === 0 ? 'Số cấp phó tối đa' : 2]);
          set(withCap, 1, 6, 2.5);
          set(withCap, 2, 7, -1);
          return set(withCap, 3, 7, 'hai');
        },
      }),
    expected: ['error notWholeNumber Đơn vị!G2', 'error negativeNumber Đơn vị!H3', 'error notANumber Đơn vị!H4'],
  },
  {
    name: 'quota-and-deputy-cap-above-their-bounds',
    build: (wb) =>
      standard(wb, {
        units: (rows) => {
          const withCap = rows.map((r, i) => [...r, i === 0 ? 'Số cấp phó tối đa' : 3]);
          set(withCap, 1, 6, 250000);
          return set(withCap, 4, 7, 2000);
        },
      }),
    expected: ['error numberTooLarge Đơn vị!G2', 'error numberTooLarge Đơn vị!H5'],
    check: (load) =>
      expectEqual(load.problems.map((p) => p.params), [
        { field: 'quota', value: '250000', max: 100000 },
        { field: 'deputyCap', value: '2000', max: 1000 },
      ]),
  },
  {
    name: 'blank-unit-id-with-people',
    build: (wb) => standard(wb, { units: (rows) => set(rows, 5, 0, null) }),
    // X02 (UBND xã Tùng Ảnh) lost its id: two people name it by id, none is reported again.
    expected: ['error emptyRequiredCell Đơn vị!A6'],
    check: (load) => expectEqual(load.staffing, null),
  },
  {
    name: 'empty-required-cells',
    build: (wb) => standard(wb, { units: (rows) => set(rows, 2, 2, null), people: (rows) => set(set(rows, 2, 2, '   '), 4, 6, null) }),
    expected: ['error emptyRequiredCell Đơn vị!C3', 'error emptyRequiredCell Cán bộ!C3', 'error emptyRequiredCell Cán bộ!G5'],
  },
  {
    name: 'unreadable-dates',
    build: (wb) =>
      standard(wb, {
        people: (rows) => set(set(set(set(rows, 1, 3, '31/02/1970'), 2, 3, 'không rõ'), 3, 3, '05/03/68'), 4, 9, 'đầu năm 2001'),
      }),
    expected: [
      'error unreadableDate Cán bộ!D2',
      'error unreadableDate Cán bộ!D3',
      'error unreadableDate Cán bộ!D4',
      'warning unreadableDate Cán bộ!J5',
    ],
    check: (load) => expectEqual(load.problems.map((p) => p.params.value), ['31/02/1970', 'không rõ', '05/03/68', 'đầu năm 2001']),
  },
  {
    name: 'text-dates-in-every-form',
    build: (wb) =>
      standard(wb, {
        people: (rows) => {
          const forms: ExcelJS.CellValue[] = ['05/03/1968', '5/3/1968', '05-03-1968', '05.03.1968', '1968-03-05', '1968', 24902];
          forms.forEach((form, i) => set(rows, i + 1, 3, form));
          return rows;
        },
      }),
    // Born in March 1968, the women of rows 3, 5 and 7 reached the retirement age in 2024-07, before the day of reading.
    expected: ['warning pastRetirementAge Cán bộ!D3', 'warning pastRetirementAge Cán bộ!D5', 'warning pastRetirementAge Cán bộ!D7'],
    check: (load) =>
      expectEqual(load.staffing?.people.map((p) => p.birthDate), [
        '1968-03-05',
        '1968-03-05',
        '1968-03-05',
        '1968-03-05',
        '1968-03-05',
        '1968-01-01',
        '1968-03-05',
      ]),
  },
  {
    name: 'error-values',
    build: (wb) =>
      standard(wb, {
        units: (rows) => set(rows, 2, 6, { error: '#N/A' } as ExcelJS.CellErrorValue),
        people: (rows) => {
          set(rows, 3, 2, { formula: 'VLOOKUP(B4,X:Y,2,0)', result: { error: '#REF!' } } as ExcelJS.CellValue);
          set(rows, 4, 8, { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue);
          return rows;
        },
      }),
    expected: ['error errorValue Đơn vị!G3', 'error errorValue Cán bộ!C4', 'warning errorValue Cán bộ!I5'],
    check: (load) => expectEqual(load.problems.map((p) => p.params.value), ['#N/A', '#REF!', '#DIV/0!']),
  },
  {
    name: 'two-heads-in-one-unit',
    build: (wb) => standard(wb, { people: (rows) => set(rows, 7, 6, 'Chủ tịch UBND xã') }),
    expected: ['error twoHeads Cán bộ!G8'],
    check: (load) => expectEqual(load.problems[0].params, { unitId: 'X02', name: 'Đặng Văn Hùng', firstRow: 7 }),
  },
  {
    name: 'merged-two-row-header-with-split-birth-columns',
    build: (wb) => {
      sheet(wb, 'Đơn vị', [UNIT_HEADER, ...unitRows()]);
      const ws = sheet(wb, 'Cán bộ', [
        ['STT', 'Mã CB', 'Họ và tên', 'Ngày sinh', null, 'Đơn vị', 'Chức vụ'],
        [null, null, null, 'Nam', 'Nữ', null, null],
        [1, 'CB001', 'Nguyễn Văn An', utc(1968, 3, 5), null, 'T01', 'Trưởng ban'],
        [2, 'CB002', 'Trần Thị Bình', null, '12/08/1975', 'T01', 'Phó Trưởng ban'],
        [3, 'CB003', 'Lê Thị Cúc', null, 1972, 'H01', 'Chuyên viên'],
      ]);
      ws.mergeCells('D1:E1');
      for (const col of ['A', 'B', 'C', 'F', 'G']) ws.mergeCells(`${col}1:${col}2`);
    },
    expected: [],
    check: (load) => {
      expectEqual(load.mapping.people?.headerRows, [1, 2]);
      expectEqual(load.staffing?.people.map((p) => [p.gender, p.birthDate, p.source?.row]), [
        ['M', '1968-03-05', 3],
        ['F', '1975-08-12', 4],
        ['F', '1972-01-01', 5],
      ]);
    },
  },
  {
    name: 'split-birth-columns-with-bad-cells',
    build: (wb) => {
      sheet(wb, 'Đơn vị', [UNIT_HEADER, ...unitRows()]);
      sheet(wb, 'Cán bộ', [
        ['Mã CB', 'Họ và tên', 'Nam', 'Nữ', 'Đơn vị', 'Chức vụ'],
        ['CB001', 'Nguyễn Văn An', '1968', '1968', 'T01', 'Chuyên viên'],
        ['CB002', 'Trần Thị Bình', null, '31/04/1975', 'T01', 'Chuyên viên'],
        ['CB003', 'Lê Văn Cường', null, null, 'H01', 'Chuyên viên'],
      ]);
    },
    expected: [
      'warning bothSplitDates Cán bộ!C2',
      'error unreadableDate Cán bộ!D3',
      'warning missingBirthDate Cán bộ!C4',
    ],
  },
  {
    name: 'numbered-row-under-header',
    build: (wb) =>
      standard(wb, {
        units: (rows) => [rows[0], ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'], ...rows.slice(1)],
        people: (rows) => [rows[0], ['A', 'B', 1, 2, 3, 4, 5, 6, 7, 8], ...set(rows, 7, 5, 'X99').slice(1)],
      }),
    expected: ['error unknownUnit Cán bộ!F9'],
    check: (load) => expectEqual(load.staffing, null),
  },
  {
    name: 'header-not-on-first-row',
    build: (wb) => {
      sheet(wb, 'Đơn vị', [['DANH SÁCH ĐƠN VỊ'], ['(Kèm theo Tờ trình số 12/TTr-BTC)'], [], UNIT_HEADER, ...unitRows()], 1, 2);
      const people = [PEOPLE_HEADER, ...peopleRows()];
      set(people, 2, 4, 'Không rõ');
      sheet(wb, 'Cán bộ', [['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['Danh sách cán bộ, công chức năm 2025'], ...people]);
    },
    expected: ['warning unknownGender Cán bộ!E5'],
    check: (load) => {
      expectEqual(load.mapping.units?.headerRows, [4]);
      expectEqual(load.mapping.units?.columns.unitId, 2);
      expectEqual(load.staffing?.units[0].source, { sheet: 'Đơn vị', row: 5 });
    },
  },
  {
    name: 'blank-rows-inside-trailing-and-formatted',
    build: (wb) => {
      standard(wb, { people: (rows) => [...rows.slice(0, 4), [], [null, null, '  '], ...rows.slice(4), [], []] });
      // Formatting below the data makes no rows.
      const ws = wb.getWorksheet('Cán bộ');
      if (ws === undefined) return;
      ws.getCell('C40').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.getCell('A60').numFmt = '0';
    },
    expected: [],
    check: (load) => expectEqual(load.staffing?.people.map((p) => p.source?.row), [2, 3, 4, 7, 8, 9, 10]),
  },
  {
    name: 'totals-row-under-units',
    build: (wb) => standard(wb, { units: (rows) => [...rows, [null, 'Tổng cộng', null, null, null, null, 64]] }),
    expected: [],
    check: (load) => expectEqual(load.staffing?.units.length, 5),
  },
  {
    name: 'injection-strings-kept-as-text',
    build: (wb) =>
      standard(wb, {
        people: (rows) => {
          set(rows, 1, 2, '=1+1');
          set(rows, 2, 2, '@SUM(A1:A3)');
          set(rows, 3, 2, '+1');
          set(rows, 4, 8, '-1+2');
          return set(rows, 5, 8, '=HYPERLINK("http://x","y")');
        },
      }),
    expected: [],
    check: (load) => {
      const people = load.staffing?.people ?? [];
      expectEqual(people.slice(0, 3).map((p) => p.name), ['=1+1', '@SUM(A1:A3)', '+1']);
      expectEqual(people[3].extra['Trình độ chuyên môn'], '-1+2');
      expectEqual(people[4].extra['Trình độ chuyên môn'], '=HYPERLINK("http://x","y")');
    },
  },
  {
    name: 'huge-strings',
    build: (wb) =>
      standard(wb, {
        people: (rows) => {
          set(rows, 1, 2, `Nguyễn ${'Văn '.repeat(100)}An`);
          return set(rows, 2, 8, 'Đại học.'.repeat(5000));
        },
      }),
    expected: ['warning textTooLong Cán bộ!I3'],
    check: (load) => {
      expectEqual(load.staffing?.people[0].name.length, 409);
      expectEqual(load.problems[0].params, { header: 'Trình độ chuyên môn', length: 40000 });
      expectEqual((load.staffing?.people[1].extra['Trình độ chuyên môn'] as string).length, 40000);
    },
  },
  {
    name: 'nfd-decomposed-vietnamese',
    build: (wb) =>
      standard(wb, {
        units: nfd,
        people: (rows) => nfd(set(rows, 4, 5, 'Phòng Nội vụ huyện Đức Thọ')),
      }),
    expected: [],
    check: (load) => {
      expectEqual(load.staffing?.people[3].unitId, 'H02');
      expectEqual(load.staffing?.people[0].name, 'Nguyễn Văn An'.normalize('NFC'));
      expectEqual(load.staffing?.units[1].name, 'Ban Tổ chức Huyện ủy Đức Thọ'.normalize('NFC'));
      expectEqual(Object.keys(load.staffing?.people[0].extra ?? {}), ['Trình độ chuyên môn', 'Ngày vào Đảng'].map((h) => h.normalize('NFC')));
    },
  },
  {
    name: 'english-headers',
    build: (wb) => {
      sheet(wb, 'Units', [['Unit ID', 'Unit name', 'Level', 'Type', 'Locality', 'Parent', 'Quota', 'Deputy cap'], ...unitRows().map((r) => [...r, 2])]);
      sheet(wb, 'People', [
        ['No.', 'Person ID', 'Full name', 'Date of birth', 'Gender', 'Unit', 'Title', 'Role', 'Concurrent titles'],
        [1, 'P1', 'Nguyen Van An', '1968-03-05', 'Male', 'T01', 'Director', 'head', 'Member of the standing board; Chair'],
        [2, 'P2', 'Tran Thi Binh', '1975-08-12', 'F', 'T01', 'Deputy director', 'deputy', null],
      ]);
    },
    expected: [],
    check: (load) => {
      expectEqual(load.staffing?.units[0].deputyCap, 2);
      expectEqual(load.staffing?.people.map((p) => [p.role, p.gender]), [
        ['head', 'M'],
        ['deputy', 'F'],
      ]);
      expectEqual(load.staffing?.people[0].concurrentTitles, ['Member of the standing board', 'Chair']);
    },
  },
  {
    name: 'unknown-and-missing-gender',
    build: (wb) => standard(wb, { people: (rows) => set(set(set(rows, 1, 4, 'khác'), 2, 4, null), 3, 4, 'Nữ giới') }),
    expected: ['warning unknownGender Cán bộ!E2', 'warning missingGender Cán bộ!E3'],
    check: (load) => expectEqual(load.staffing?.people.slice(0, 3).map((p) => p.gender), [null, null, 'F']),
  },
  {
    name: 'missing-birth-dates',
    build: (wb) => standard(wb, { people: (rows) => set(set(rows, 2, 3, null), 6, 3, '') }),
    expected: ['warning missingBirthDate Cán bộ!D3', 'warning missingBirthDate Cán bộ!D7'],
    check: (load) => expectEqual(load.problems.map((p) => p.params.name), ['Trần Thị Bình', 'Võ Thị Giang']),
  },
  {
    name: 'no-birth-date-column',
    build: (wb) => standard(wb, { people: (rows) => dropColumns(rows, 3) }),
    expected: ['warning noBirthDateColumn Cán bộ!*1'],
  },
  {
    name: 'implausible-birth-dates',
    build: (wb) => standard(wb, { people: (rows) => set(set(set(rows, 1, 3, '01/01/2031'), 2, 3, '20/06/2007'), 3, 3, 1940) }),
    // Born 1940, a man of 85 is past the retirement age: that warning says it all for him.
    expected: ['error birthDateInFuture Cán bộ!D2', 'warning implausibleAge Cán bộ!D3', 'warning pastRetirementAge Cán bộ!D4'],
    check: (load) => expectEqual(load.problems.map((p) => p.params.age ?? null), [null, 17, null]),
  },
  {
    name: 'generated-person-ids',
    build: (wb) => standard(wb, { people: (rows) => dropColumns(rows, 1) }),
    expected: ['warning generatedPersonIds Cán bộ!**'],
    check: (load) => {
      expectEqual(load.problems[0].params, { count: 7, first: 'R2', last: 'R8', headers: '“Mã cán bộ”, “Mã CB”, “ID”, “Person ID”' });
      expectEqual(load.staffing?.people[6].id, 'R8');
    },
  },
  {
    name: 'unknown-parent-and-loop',
    build: (wb) =>
      standard(wb, {
        units: (rows) => {
          set(rows, 1, 5, 'X02');
          set(rows, 5, 5, 'Ban Tổ chức Tỉnh ủy');
          set(rows, 3, 5, 'Sở Nội vụ');
          return rows;
        },
      }),
    expected: ['error parentCycle Đơn vị!F2', 'error unknownParent Đơn vị!F4', 'error parentCycle Đơn vị!F6'],
  },
  {
    name: 'rich-text-hyperlinks-and-formulas',
    build: (wb) =>
      standard(wb, {
        units: (rows) => {
          set(rows, 1, 1, { richText: [{ text: 'Ban Tổ chức ', font: { bold: true } }, { text: 'Tỉnh ủy' }] });
          set(rows, 2, 0, { text: 'H01', hyperlink: '#Sheet1!A1' });
          set(rows, 3, 6, { formula: 'G2-2', result: 6 } as ExcelJS.CellValue);
          return rows;
        },
      }),
    expected: [],
    check: (load) => {
      expectEqual(load.staffing?.units[0].name, 'Ban Tổ chức Tỉnh ủy');
      expectEqual(load.staffing?.units[1].id, 'H01');
      expectEqual(load.staffing?.units[2].quota, 6);
    },
  },
  {
    name: 'merged-unit-cells-in-data',
    build: (wb) => {
      standard(wb);
      // Planners merge a unit cell over the people of that unit; only the top cell holds the value.
      wb.getWorksheet('Cán bộ')?.mergeCells('F2:F3');
    },
    expected: ['error emptyRequiredCell Cán bộ!F3'],
  },
  {
    name: 'tool-sheets-ignored-and-store-read',
    build: (wb) => {
      standard(wb);
      sheet(wb, '_nháp', [UNIT_HEADER, ['Z1', 'Nháp', 'Xã', null, null, null, -5]]);
      const store = wb.addWorksheet('_staffing_planner', { state: 'veryHidden' });
      store.getCell('A1').value = '{"format":"staffing-planner/scenarios","version":1,';
      store.getCell('A2').value = '"scenarios":[]}';
    },
    expected: [],
    store: '{"format":"staffing-planner/scenarios","version":1,"scenarios":[]}',
    check: (load) => expectEqual(load.tables.units?.sheet, 'Đơn vị'),
  },
  {
    name: 'tables-only-on-sheets-left-to-tools',
    build: (wb) => {
      sheet(wb, '_Đơn vị', [UNIT_HEADER, ...unitRows()]);
      sheet(wb, '_Cán bộ', [PEOPLE_HEADER, ...peopleRows()]);
      sheet(wb, 'Ghi chú', [['Bảng sẽ gửi sau']]);
      const store = wb.addWorksheet('_staffing_planner', { state: 'veryHidden' });
      store.getCell('A1').value = '{"format":"staffing-planner/scenarios","version":1,"scenarios":[]}';
    },
    expected: ['error noUnitTable -!**', 'error noPeopleTable -!**'],
    store: '{"format":"staffing-planner/scenarios","version":1,"scenarios":[]}',
    check: (load) => {
      expectEqual(load.problems.map((p) => p.params), [{ skippedSheets: '“_Đơn vị”, “_Cán bộ”' }, { skippedSheets: '“_Đơn vị”, “_Cán bộ”' }]);
      const en = problemMessage(load.problems[1], 'en');
      expect(en).toMatch(/^No people table was found\./);
      expect(en).toContain('Sheets whose name starts with “_” are left to other tools and were not searched: “_Đơn vị”, “_Cán bộ”.');
      expect(en).toContain('rename the sheet without the leading “_”');
      expect(en).not.toContain('_staffing_planner');
      const vi = problemMessage(load.problems[0], 'vi');
      expect(vi).toContain('không được tìm: “_Đơn vị”, “_Cán bộ”');
      expect(vi).toContain('hãy đổi tên trang');
    },
  },
  {
    name: 'second-people-table-on-another-sheet',
    build: (wb) => {
      standard(wb);
      sheet(wb, 'Cán bộ hợp đồng', [
        ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Đơn vị', 'Chức vụ'],
        ['Lý Văn Khoa', '01/02/1980', 'Nam', 'X02', 'Nhân viên hợp đồng'],
      ], 3, 2);
      sheet(wb, 'Đơn vị cũ', [UNIT_HEADER, ['Z01', 'Phòng cũ', 'Huyện', null, null, null, 3]]);
    },
    expected: ['warning otherUnitTable Đơn vị cũ!A1', 'warning otherPeopleTable Cán bộ hợp đồng!B3'],
    check: (load) => {
      expectEqual(load.tables.people?.sheet, 'Cán bộ');
      expectEqual(load.problems.map((p) => p.params), [
        { range: 'A1:G2', readSheet: 'Đơn vị', readRange: 'A1:G6' },
        { range: 'B3:F4', readSheet: 'Cán bộ', readRange: 'A1:J8' },
      ]);
      const en = problemMessage(load.problems[1], 'en');
      expect(en).toBe(
        'Sheet “Cán bộ hợp đồng”, row 3, column B: the range B3:F4 also reads as a people table, but only one people table is read: A1:J8 on sheet “Cán bộ”, and the people here are left out. Put all the people in one table, or, to read this one instead, choose it as the people table in the column mapping.',
      );
      const vi = problemMessage(load.problems[0], 'vi');
      expect(vi).toContain('vùng A1:G2 cũng có dạng bảng đơn vị, nhưng chỉ một bảng đơn vị được đọc: A1:G6 ở trang tính “Đơn vị”');
      expect(vi).toContain('chọn nó làm bảng đơn vị trong phần ghép cột');
    },
  },
  {
    name: 'result-sheets-of-an-earlier-run-are-not-input',
    build: (wb) => {
      standard(wb);
      // What a run writes: tables named SP_<code>_<kind>, whose headers name people and units too.
      wb.addWorksheet('KB1 Cán bộ').addTable({
        name: 'SP_KB1_People',
        ref: 'A4',
        columns: ['Tháng', 'Mã cán bộ', 'Họ và tên', 'Thay đổi', 'Mã đơn vị', 'Đơn vị', 'Chức vụ'].map((name) => ({ name })),
        rows: [[utc(2026, 3, 1), 'CB005', 'Hoàng Văn Em', 'Luân chuyển', 'X01', 'Đảng ủy xã Tùng Ảnh', 'Bí thư Đảng ủy']],
      });
      wb.addWorksheet('KB1 Tóm tắt').addTable({
        name: 'SP_KB1_Summary',
        ref: 'A4',
        columns: UNIT_HEADER.map((h) => ({ name: String(h) })),
        rows: unitRows(),
      });
    },
    expected: [],
    check: (load) => expectEqual([load.tables.units?.sheet, load.tables.people?.sheet], ['Đơn vị', 'Cán bộ']),
  },
  {
    name: 'year-only-and-month-year-birth-dates',
    build: (wb) => standard(wb, { people: (rows) => set(set(rows, 1, 3, 1966), 2, 3, '10/1971') }),
    expected: [],
    check: (load) =>
      expectEqual(load.staffing?.people.slice(0, 2).map((p) => [p.birthDate, p.birthMonth]), [
        ['1966-01-01', 1966 * 12],
        ['1971-10-01', 1971 * 12 + 9],
      ]),
  },
  {
    name: 'role-column-and-unknown-role',
    build: (wb) =>
      standard(wb, {
        people: (rows) =>
          rows.map((r, i) => [...r, i === 0 ? 'Vai trò' : i === 2 ? 'lãnh đạo' : i === 7 ? 'Phó' : null]),
      }),
    expected: ['warning unknownRole Cán bộ!K3'],
    check: (load) => expectEqual(load.staffing?.people.map((p) => p.role), ['head', 'deputy', 'head', 'head', 'head', 'head', 'deputy']),
  },
];
