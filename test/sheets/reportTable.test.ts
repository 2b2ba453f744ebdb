import { columnData, reportTable, sheetWidths } from '../../src/sheets/reportTable';
import { scenarioSheetNames, scenarioSheets, scenarioTabColor } from '../../src/sheets/scenarioSheets';
import { BASELINE, MERGE } from './fixtures';
import { SheetModel } from './sheetModel';

describe('reportTable', () => {
  const t = reportTable({
    name: 'T',
    row: 3,
    col: 2,
    columns: [{ header: 'Name' }, { header: 'n', format: '#,##0', sum: true, width: 7 }, { header: 'N' }],
    rows: [['a', 1, 'x'], ['b', null, 'y'], ['c', 4, 'z']],
    totalsLabel: 'Total',
  });

  it('lays out header, data and totals blocks under one table range', () => {
    expect(t.table).toEqual({ name: 'T', row: 3, col: 2, rows: 5, columns: 3, totalsRow: true });
    expect(t.blocks.map((b) => [b.row, b.style ?? null])).toEqual([[3, 'header'], [4, null], [7, 'total']]);
    expect(t.nextRow).toBe(8);
    expect(columnData(t, 1)).toEqual({ row: 4, col: 3, rows: 3, columns: 1 });
  });

  it('makes column names distinct ignoring case, as Excel requires', () => {
    expect(t.headers).toEqual(['Name', 'n', 'N (2)']);
  });

  it('sums the summed columns in the totals row', () => {
    expect(t.totalsRow).toEqual(['Total', 5, null]);
  });

  it('refuses text in a summed column and rows of the wrong width', () => {
    expect(() => reportTable({ name: 'T', row: 1, col: 1, columns: [{ header: 'a' }, { header: 'b', sum: true }], rows: [['x', 'y']], totalsLabel: 'T' })).toThrow();
    expect(() => reportTable({ name: 'T', row: 1, col: 1, columns: [{ header: 'a' }], rows: [['x', 'y']] })).toThrow();
  });

  it('gives each sheet column the widest width claimed for it', () => {
    expect(sheetWidths(t.widths, [[1, 20], [3, 12]])).toEqual([20, 10, 12, 10]);
  });
});

describe('scenarioSheets', () => {
  const sheets = scenarioSheets(MERGE, BASELINE, {
    lang: 'en',
    runDate: '2026-05-17',
    inputDescription: 'Units!A1:I5',
    fingerprint: 'f',
    scenarioText: ['merge', 'rotate'],
    operations: [{ type: 'merge' }, { type: 'rotation' }],
  });

  it('writes the five sheets of a scenario, named from its code, sharing one tab colour', () => {
    expect(sheets.map((s) => s.name)).toEqual(scenarioSheetNames('KB1', 'en'));
    expect(sheets.map((s) => s.name)).toEqual(['KB1 Summary', 'KB1 People', 'KB1 Timeline', 'KB1 Issues', 'KB1 Annex I', 'KB1 Annex II']);
    expect(new Set(sheets.map((s) => s.tabColor))).toEqual(new Set([scenarioTabColor('KB1')]));
    for (const s of sheets) new SheetModel(s).check();
  });

  it('uses table names that are distinct across the scenario', () => {
    const names = sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
  });
});
