import type { RawCell } from '../../src/tables/cells';
import { detectTables, type TableCandidate } from '../../src/tables/detect';

const candidate = (sheet: string, cells: RawCell[][], name: string | null = null): TableCandidate => ({
  info: { sheet, name, row: 1, col: 1, rows: cells.length, columns: cells[0]?.length ?? 0 },
  cells,
});

const unitTable = candidate('Đơn vị', [
  ['Mã ĐV', 'Tên đơn vị', 'Cấp', 'Loại', 'Địa bàn', 'Biên chế'],
  ['H01', 'Ban Tổ chức', 'Huyện', 'Ban Tổ chức', 'Đức Thọ', 8],
]);
const peopleTable = candidate('Cán bộ', [
  ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Mã đơn vị', 'Đơn vị', 'Chức vụ'],
  [1, 'Nguyễn Văn An', '05/03/1968', 'Nam', 'H01', 'Ban Tổ chức', 'Trưởng ban'],
]);
const notes = candidate('Ghi chú', [['Ghi chú'], ['Bảng cập nhật đến 30/6']]);

describe('detectTables', () => {
  it('proposes the unit table and the people table whatever their order, with scores', () => {
    const detection = detectTables([notes, peopleTable, unitTable]);
    expect(detection.units).toEqual({ index: 2, info: unitTable.info, score: 10 });
    expect(detection.people).toEqual({ index: 1, info: peopleTable.info, score: 8 });
    expect(detection.scores).toEqual([
      { index: 0, units: 0, people: 0 },
      { index: 1, units: 4, people: 8 },
      { index: 2, units: 10, people: 0 },
    ]);
  });

  it('does not take a people table for the unit table when there is none', () => {
    const detection = detectTables([peopleTable, notes]);
    expect(detection.units).toBeNull();
    expect(detection.people?.index).toBe(0);
  });

  it('prefers the earlier of two equally good candidates (Excel tables are listed first)', () => {
    const detection = detectTables([candidate('Đơn vị', unitTable.cells as RawCell[][], 'DonVi'), unitTable, peopleTable]);
    expect(detection.units?.index).toBe(0);
  });

  it('never takes the result tables this tool writes (SP_…) for input', () => {
    const results = candidate('NTH Cán bộ', peopleTable.cells as RawCell[][], 'SP_NTH_People');
    const summary = candidate('NTH Tóm tắt', unitTable.cells as RawCell[][], 'SP_NTH_Summary');
    const detection = detectTables([results, summary, peopleTable]);
    expect(detection.scores.slice(0, 2)).toEqual([{ index: 0, units: 0, people: 0 }, { index: 1, units: 0, people: 0 }]);
    expect(detection.people?.index).toBe(2);
    expect(detection.units).toBeNull();
  });

  it('proposes nothing in a workbook without tables', () => {
    expect(detectTables([])).toEqual({ units: null, people: null, scores: [] });
  });
});
