import type { RawCell } from '../../src/tables/cells';
import type { GridInput } from '../../src/tables/grid';
import type { Problem } from '../../src/tables/problems';

/** A grid as read from `sheet`, its first cell at (row, col). */
export function grid(sheet: string, cells: RawCell[][], row = 1, col = 1): GridInput {
  return { sheet, row, col, cells };
}

/** The part of a problem the tests pin down: code, severity and place. */
export function where(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.severity} ${p.code} ${p.sheet || '-'}!${p.column ?? '*'}${p.row ?? '*'}`);
}

export const UNIT_HEADER: RawCell[] = ['Mã đơn vị', 'Tên đơn vị', 'Cấp', 'Loại đơn vị', 'Địa bàn', 'Trực thuộc', 'Biên chế'];

export const UNITS: RawCell[][] = [
  UNIT_HEADER,
  ['H01', 'Ban Tổ chức Huyện ủy Đức Thọ', 'Huyện', 'Ban Tổ chức', 'Đức Thọ', null, 8],
  ['H02', 'Phòng Nội vụ huyện Đức Thọ', 'Huyện', 'Phòng Nội vụ', 'Đức Thọ', null, 6],
  ['X01', 'UBND xã Tùng Ảnh', 'Xã', 'UBND xã', 'Tùng Ảnh', 'H02', 20],
];

export const PEOPLE_HEADER: RawCell[] = ['Mã cán bộ', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Đơn vị', 'Chức vụ'];

/** Adds a "Năm sinh" column (1975 for everyone), for tests about something other than birth dates. */
export function withBirthYear(rows: RawCell[][]): RawCell[][] {
  return rows.map((row, i) => [...row, i === 0 ? 'Năm sinh' : 1975]);
}
