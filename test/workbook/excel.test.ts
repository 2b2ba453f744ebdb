/// <reference types="office-js" />
import { printedCorner } from '../../src/sheets/layout';
import { headerFooterCode } from '../../src/sheets/print';
import ExcelJS from 'exceljs';
import { planChanges, planSheets, readInput, runScenarios, writePlan, type PlanResults, type PlannerInput, type WriteOptions } from '../../src/app/planner';
import { sampleWorkbookChanges } from '../../src/app/sampleWorkbook';
import type { Scenario } from '../../src/domain/scenario';
import type { ScenarioDocument } from '../../src/format/scenarioDocument';
import { parseScenarioDocument } from '../../src/format/scenarioParse';
import { generateProvince } from '../../src/sample';
import type { SheetDescription } from '../../src/sheets/layout';
import { sheetName } from '../../src/sheets/names';
import { STORE_SHEET_NAME } from '../../src/sheets/storeName';
import { STORE_CHUNK_LENGTH, storeSheet } from '../../src/sheets/store';
import { loadStaffing } from '../../src/tables/staffing';
import { problemMessage } from '../../src/tables/problems';
import { ExcelWorkbook, type ExcelRun } from '../../src/workbook/excel';
import { areasOf } from '../../src/workbook/excelRead';
import { columnPoints } from '../../src/workbook/excelWrite';
import { ForeignSheetError, storeText, type SheetChanges, type WorkbookWriter } from '../../src/workbook/workbook';
import { XlsxWorkbookReader } from '../../src/workbook/xlsxRead';
import { XlsxWorkbookWriter } from '../../src/workbook/xlsxWrite';
import { where } from '../tables/fixtures';
import { FakeExcel, type FakeExcelOptions, type SyncRecord } from './fakeExcel';

const START = '2026-01';
const TODAY = '2026-03-15';
const province = generateProvince({ startMonth: START });
/** The two tables, and the example scenarios in the store, each with its start month. */
const { write: sample, store: storeJson } = sampleWorkbookChanges(province, START);
const scenarios: Scenario[] = [...(JSON.parse(storeJson) as ScenarioDocument).scenarios];
/** A store as this tool writes it, with nothing in it. */
const EMPTY_STORE = '{"format":"staffing-planner/scenarios","version":1,"scenarios":[]}';

// The task pane passes Excel.run itself: its type fits the adapter's (checked by the compiler only).
const excelRunFits: ExcelRun | null = null as unknown as typeof Excel.run | null;
void excelRunFits;

/** The sample workbook open in Excel: the two tables, and the store in its very hidden sheet. */
function sampleFake(options: FakeExcelOptions = {}): FakeExcel {
  const fake = new FakeExcel(options);
  for (const sheet of sample) fake.addSheetFrom(sheet);
  fake.addSheetFrom(storeSheet(storeJson));
  return fake;
}

/** The same workbook saved by the .xlsx adapter and opened again. */
async function sampleXlsx(): Promise<XlsxWorkbookReader> {
  const workbook = new ExcelJS.Workbook();
  await new XlsxWorkbookWriter(workbook).apply({ remove: [], write: sample, store: storeJson });
  return XlsxWorkbookReader.fromBuffer((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The whole workbook as JSON text: comparing texts is much faster than comparing 80,000 cells deeply. */
function frozen(fake: FakeExcel): string {
  return JSON.stringify(fake.snapshot());
}

function expectUnchanged(fake: FakeExcel, before: string): void {
  const after = frozen(fake);
  if (after === before) return;
  // jest's diff of 80,000 cells takes minutes: list the first differences instead.
  expect(differences(JSON.parse(before), JSON.parse(after), '')).toEqual([]);
}

function differences(a: unknown, b: unknown, path: string, found: string[] = []): string[] {
  if (found.length >= 10) return found;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (a !== b) found.push(`${path}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
    return found;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`, found);
  return found;
}

function since(fake: FakeExcel, from: number): SyncRecord[] {
  return fake.syncs.slice(from);
}

/** A writer that hands everything to the workbook and keeps the changes it was asked to apply. */
function recording(workbook: ExcelWorkbook): WorkbookWriter & { changes: SheetChanges[] } {
  const changes: SheetChanges[] = [];
  return {
    changes,
    sheetNames: () => workbook.sheetNames(),
    tableSheets: () => workbook.tableSheets(),
    apply: (c, progress) => {
      changes.push(c);
      return workbook.apply(c, progress);
    },
  };
}

interface Run {
  readonly input: PlannerInput;
  readonly previous: ScenarioDocument | null;
  readonly plan: PlanResults;
  readonly options: WriteOptions;
}

/**
 * Reads the sample as the task pane does and simulates its first scenario; `follow` people it changes
 * (the first four), to write where they are too.
 */
async function readAndRun(workbook: ExcelWorkbook, lang: 'vi' | 'en' = 'vi', follow = false): Promise<Run> {
  const previous = parseScenarioDocument(storeText(await workbook.readStore())!, 'vi').document;
  const input = await readInput(workbook, previous?.mapping, TODAY);
  const chosen = [scenarios[0]];
  const plan = runScenarios(input.staffing!, chosen, START);
  const followed = follow ? [...new Set(plan.results[0].changes.map((c) => c.personId))].slice(0, 4) : [];
  return { input, previous, plan, options: { lang, runDate: TODAY, ranAt: `${TODAY}T08:00:00.000Z`, input, scenarios: chosen, follow: followed } };
}

describe('reading through office-js gives what the .xlsx reader gives', () => {
  let xlsx: XlsxWorkbookReader;
  beforeAll(async () => {
    xlsx = await sampleXlsx();
  });

  it('lists the same tables, in two syncs', async () => {
    const fake = sampleFake();
    const tables = await new ExcelWorkbook(fake.run).listTables();
    expect(tables).toEqual(await xlsx.listTables());
    expect(tables.map((t) => [t.sheet, t.name, t.rows])).toEqual([['Đơn vị', 'DonVi', province.units.rows.length + 1], ['Cán bộ', 'CanBo', 6467]]);
    expect(fake.syncs).toHaveLength(2);
  });

  it('reads each table to the same cells, in row chunks whose answers stay near the chunk size', async () => {
    const fake = sampleFake();
    const chunkBytes = 150_000;
    const workbook = new ExcelWorkbook(fake.run, { chunkBytes });
    for (const t of await xlsx.listTables()) {
      const from = fake.syncs.length;
      const cells = await workbook.readRange(t.sheet, t.row, t.col, t.rows, t.columns);
      expect(cells).toEqual(await xlsx.readRange(t.sheet, t.row, t.col, t.rows, t.columns));
      const syncs = since(fake, from);
      for (const s of syncs) expect(s.responseBytes).toBeLessThan(chunkBytes * 1.25);
      // The first chunk is guessed small; the others are sized from what the chunks before weighed.
      const total = syncs.reduce((sum, s) => sum + s.responseBytes, 0);
      expect(syncs.length).toBeLessThanOrEqual(Math.ceil(total / chunkBytes) + 2);
    }
    expect(fake.syncs.length).toBeGreaterThan(8);
  });

  it('reads the store; null when the workbook has none', async () => {
    const fake = sampleFake();
    expect(await new ExcelWorkbook(fake.run).readStore()).toEqual(await xlsx.readStore());
    expect(fake.syncs).toHaveLength(2);
    const bare = new FakeExcel();
    bare.addSheet('Sheet1');
    expect(await new ExcelWorkbook(bare.run).readStore()).toEqual({ kind: 'none' });
  });

  it('gives readInput the same staffing and fingerprint', async () => {
    const fake = sampleFake();
    const viaExcel = await readInput(new ExcelWorkbook(fake.run), null, TODAY);
    const viaXlsx = await readInput(xlsx, null, TODAY);
    expect(viaExcel.staffing?.people).toHaveLength(6466);
    expect(viaExcel.staffing).toEqual(viaXlsx.staffing);
    expect(viaExcel.fingerprint).toBe(viaXlsx.fingerprint);
    expect(viaExcel.description).toBe(viaXlsx.description);
    expect(viaExcel.problems).toEqual(viaXlsx.problems);
  });

  it('lists a sheet without tables by its used range and skips very hidden and "_" sheets', async () => {
    const fake = new FakeExcel();
    const wb = new ExcelJS.Workbook();
    const both = (sheet: string, row: number, col: number, values: (string | number | null)[][], state: 'visible' | 'veryHidden' = 'visible') => {
      if (!fake.findSheet(sheet)) fake.addSheet(sheet, state === 'veryHidden' ? 'VeryHidden' : 'Visible');
      fake.setCells(sheet, row, col, values);
      const ws = wb.getWorksheet(sheet) ?? wb.addWorksheet(sheet, { state });
      values.forEach((line, i) => line.forEach((v, j) => { if (v !== null) ws.getCell(row + i, col + j).value = v; }));
    };
    both('Ghi chú', 3, 2, [['Mã', 'Tên'], ['A1', null], [null, 7]]);
    both('_tool', 1, 1, [['x']]);
    both('Bí mật', 1, 1, [['Mã đơn vị', 'Tên đơn vị'], ['U1', 'Một']], 'veryHidden');
    both('Trống', 1, 1, [[null]]);
    const tables = await new ExcelWorkbook(fake.run).listTables();
    expect(tables).toEqual([{ sheet: 'Ghi chú', name: null, row: 3, col: 2, rows: 3, columns: 2 }]);
    expect(tables).toEqual(await new XlsxWorkbookReader(wb).listTables());
  });

  it('returns error values as { error } and text starting with "#" as text, loading value types only then', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Data');
    fake.setCells('Data', 1, 1, [['Mã', 'Ghi chú'], [{ error: '#N/A' }, '#1 in the list'], [12, true]]);
    const workbook = new ExcelWorkbook(fake.run);
    expect(await workbook.readRange('Data', 1, 1, 3, 2)).toEqual([['Mã', 'Ghi chú'], [{ error: '#N/A' }, '#1 in the list'], [12, true]]);
    expect(fake.syncs).toHaveLength(2);
    await workbook.readRange('Data', 3, 1, 1, 2);
    expect(fake.syncs).toHaveLength(3);
  });
});

describe('cells a merged range hides', () => {
  const PEOPLE = [
    ['Mã CB', 'Họ và tên', 'Đơn vị', 'Năm sinh', 'Giới tính', 'Chức vụ'],
    ['A1', 'Nguyễn Văn An', 'H02', 1975, 'Nam', 'Chuyên viên'],
    ['A2', 'Trần Thị Bình', 'H01', 1980, 'Nữ', 'Chuyên viên'],
    ['A3', 'Lê Văn Cường', 'H01', 1970, 'Nam', 'Chuyên viên'],
    ['A4', 'Phạm Thị Dung', 'H01', 1985, 'Nữ', 'Chuyên viên'],
    ['A5', 'Hồ Văn Em', 'H02', 1990, 'Nam', 'Chuyên viên'],
  ];

  /** A unit table, and a people table whose unit column is merged over rows 3 to 5 when `merged`. */
  function staffingFake(options: FakeExcelOptions, merged: boolean): FakeExcel {
    const fake = new FakeExcel(options);
    fake.addSheet('Đơn vị');
    fake.setCells('Đơn vị', 1, 1, [['Mã ĐV', 'Tên đơn vị', 'Cấp', 'Biên chế'], ['H01', 'Ban Tổ chức', 'Huyện', 8], ['H02', 'Phòng Nội vụ', 'Huyện', 6]]);
    fake.addSheet('Cán bộ');
    fake.setCells('Cán bộ', 1, 1, PEOPLE);
    if (merged) fake.mergeCells('Cán bộ', 'C3:C5');
    return fake;
  }

  const load = (fake: FakeExcel, supports = fake.supports) => loadStaffing(new ExcelWorkbook(fake.run, { supports }), {}, { asOf: TODAY });

  it('are reported as part of their merged range, with how to fix it, in one sync more', async () => {
    const fake = staffingFake({ api: 13 }, true);
    const read = await load(fake);
    expect(fake.valueAt('Cán bộ', 4, 3)).toBe('');
    expect(where(read.problems)).toEqual(['error emptyRequiredCell Cán bộ!C4', 'error emptyRequiredCell Cán bộ!C5']);
    expect(read.problems.map((p) => [p.params.variant, p.params.range])).toEqual([['mergedCell', 'C3:C5'], ['mergedCell', 'C3:C5']]);
    expect(problemMessage(read.problems[0], 'en')).toBe(
      'Sheet “Cán bộ”, row 4, column C: the unit of the person cell is part of the merged range C3:C5, so only the range’s top-left cell holds the value and this cell reads as empty. Unmerge it (Home → Merge & Center → Unmerge Cells) and fill in each cell.',
    );
    // listTables 2, the first rows of each table 1 each, each table in full 1 each: 6; the merged areas 1.
    expect(fake.syncs).toHaveLength(7);
  });

  it('cost no sync when no required cell reads empty', async () => {
    const newer = staffingFake({ api: 13 }, false);
    const older = staffingFake({ api: 9 }, false);
    expect((await load(newer)).problems).toEqual([]);
    expect((await load(older)).problems).toEqual([]);
    expect([newer.syncs.length, older.syncs.length]).toEqual([6, 6]);
  });

  it('are reported empty as before on a host without ExcelApi 1.13, which is not asked', async () => {
    // The fake throws ApiNotFound for a call its API version lacks: the read would fail.
    for (const [fake, supports] of [[staffingFake({ api: 12 }, true), undefined], [staffingFake({ api: 13 }, true), () => false]] as const) {
      const read = await load(fake, supports);
      expect(where(read.problems)).toEqual(['error emptyRequiredCell Cán bộ!C4', 'error emptyRequiredCell Cán bộ!C5']);
      expect(read.problems.map((p) => p.params.variant)).toEqual([undefined, undefined]);
      expect(problemMessage(read.problems[0], 'en')).not.toContain('merged');
      expect(fake.syncs).toHaveLength(6);
    }
  });

  it('are reported empty as before when Excel will not list the merged areas, after one sync', async () => {
    const fake = staffingFake({ api: 13, faults: { failOperation: (op) => op.path.includes('getMergedAreasOrNullObject') } }, true);
    const read = await load(fake);
    expect(read.problems.map((p) => [p.code, p.params.variant])).toEqual([['emptyRequiredCell', undefined], ['emptyRequiredCell', undefined]]);
    expect(fake.syncs.map((s) => s.failed)).toEqual([null, null, null, null, null, null, 'GeneralException']);
  });

  it('are found in blocks of rows halved while Excel refuses more than 512 merged areas at once', async () => {
    // 1,200 people, the unit and title columns each merged by pairs of rows: 1,000 areas in the first
    // 1,000 rows (refused), 500 in each block of 500 rows.
    const rows = Array.from({ length: 1_200 }, (_, i) => [`P${i}`, `Người ${i}`, 'H01', 1980, 'Nam', 'Chuyên viên']);
    const fake = staffingFake({ api: 13 }, false);
    fake.setCells('Cán bộ', 2, 1, rows);
    for (let r = 2; r <= 1_200; r += 2) {
      fake.mergeCells('Cán bộ', `C${r}:C${r + 1}`);
      fake.mergeCells('Cán bộ', `F${r}:F${r + 1}`);
    }
    const read = await load(fake);
    expect(read.problems).toHaveLength(1_200);
    expect(read.problems.every((p) => p.code === 'emptyRequiredCell' && p.params.variant === 'mergedCell')).toBe(true);
    // Rows 1000 and 1001 merged across the first blocks' boundary: found in the block of its top.
    expect(read.problems.filter((p) => p.row === 1_001).map((p) => p.params.range)).toEqual(['C1000:C1001', 'F1000:F1001']);
    // The people table's 1,201 rows (the unit table has no cell to explain): 2 blocks refused, then 3.
    const notes = fake.syncs.slice(6);
    expect(notes.map((s) => [s.failed, s.operations])).toEqual([['GeneralException', 2], [null, 3]]);
  });

  it('are read from the address Excel gives, whatever the sheet is named', () => {
    expect(areasOf('Sheet1!A1:B4, Sheet1!D1:D4').map((a) => a.ref)).toEqual(['A1:B4', 'D1:D4']);
    expect(areasOf("'Cán bộ, 2025'!$C$3:$C$5,'It''s ''x''!A1'!D7:E7").map((a) => [a.ref, a.top, a.left, a.bottom, a.right])).toEqual([
      ['C3:C5', 3, 3, 5, 3], ['D7:E7', 7, 4, 7, 5],
    ]);
    expect(areasOf('')).toEqual([]);
  });

  it('cost no sync more on the sample, whose tables are whole, with ExcelApi 1.13', async () => {
    const newer = sampleFake({ api: 13 });
    const older = sampleFake();
    const [a, b] = [await readInput(new ExcelWorkbook(newer.run, { supports: newer.supports }), null, TODAY), await readInput(new ExcelWorkbook(older.run, { supports: older.supports }), null, TODAY)];
    expect(a.problems).toEqual(b.problems);
    expect(newer.syncs.length).toBe(older.syncs.length);
  });
});

describe('a full run on the sample', () => {
  const fake = sampleFake();
  const workbook = new ExcelWorkbook(fake.run, { supports: fake.supports });
  const writer = recording(workbook);
  let run: Run;
  let readSyncs: SyncRecord[];
  let writeSyncs: SyncRecord[];
  let written: readonly SheetDescription[];
  const activeBefore = fake.active?.name;
  const progress: [number, number][] = [];

  beforeAll(async () => {
    run = await readAndRun(workbook, 'vi', true);
    readSyncs = [...fake.syncs];
    await writePlan(writer, run.plan, run.options, run.previous, (done, total) => progress.push([done, total]));
    writeSyncs = since(fake, readSyncs.length);
    written = writer.changes[0].write;
  });

  it('reads in 2 + 2 + 2 syncs and one per chunk of each table read in full', () => {
    // readStore 2; listTables 2; the first rows of each of the 2 tables 1 each; the tables in full.
    const fullReads = readSyncs.slice(6);
    expect(fullReads.length).toBeGreaterThanOrEqual(2);
    expect(fullReads.length).toBeLessThanOrEqual(2 + Math.ceil(fullReads.reduce((s, x) => s + x.responseBytes, 0) / 1_500_000));
    expect(Math.max(...readSyncs.map((s) => s.responseBytes))).toBeLessThan(1_500_000);
    expect(run.input.staffing?.people).toHaveLength(6466);
  });

  it('sets each sheet to print A4 landscape, one page wide, with its titles, print area, header and footer', () => {
    for (const spec of written.filter((s) => s.print)) {
      const print = fake.sheetNamed(spec.name).print;
      const last = printedCorner(spec)!;
      expect(print).toMatchObject({
        orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        area: { row: 0, col: 0, rows: last.row, columns: last.col },
      });
      const rows = spec.print!.titleRows;
      expect(print.titleRows).toEqual(rows ? { row: rows.first - 1, rows: 1, col: 0, columns: 16_384 } : undefined);
      expect(print.headers).toEqual({
        leftHeader: headerFooterCode(spec.print!.header.left), rightHeader: '&A',
        leftFooter: headerFooterCode(spec.print!.footer.left), rightFooter: 'Trang &P/&N',
      });
    }
    const summary = written.find((s) => s.name === sheetName(scenarios[0].code, 'summary', 'vi'))!;
    expect(fake.sheetNamed(summary.name).print.titleColumns).toEqual({ row: 0, rows: 1_048_576, col: 0, columns: 2 });
    const comparison = written.find((s) => s.charts)!;
    expect(fake.sheetNamed(comparison.name).pageBreaks).toEqual(comparison.pageBreaks!.map((r) => r - 1));
    // The store does not print.
    expect(fake.sheetNamed(STORE_SHEET_NAME).print).toEqual({ headers: {} });
  });

  it('writes in 2 + 2 + chunks + 2 syncs, each request under 2 MB, calculation suspended while writing', () => {
    // planChanges reads the sheet and table names (2), apply reads the workbook (1) and the old store's
    // first cell (1: added so that a sheet of the planner's named like the store is never replaced),
    // writes its chunks, commits (1) and deletes what it replaced (1: the old store).
    const chunks = writeSyncs.filter((s) => s.suspendedCalculation);
    expect(writeSyncs).toHaveLength(2 + 2 + chunks.length + 2);
    expect(writeSyncs.slice(4, 4 + chunks.length)).toEqual(chunks);
    const bytes = chunks.reduce((sum, s) => sum + s.requestBytes, 0);
    // Greedy batches: any two in a row carry more than one chunk size.
    expect(chunks.length).toBeLessThanOrEqual(Math.floor((2 * bytes) / 1_500_000) + 1);
    expect(chunks.length).toBeGreaterThanOrEqual(Math.ceil(bytes / 1_500_000));
    expect(Math.max(...writeSyncs.map((s) => s.requestBytes))).toBeLessThan(1_550_000);
    expect(writeSyncs.slice(0, 4).every((s) => s.writes === 0)).toBe(true);
    expect(writeSyncs.slice(-2).map((s) => s.suspendedScreen)).toEqual([true, true]);
    expect(writeSyncs.every((s) => s.failed === null)).toBe(true);
    expect(progress.map(([d]) => d)).toEqual(Array.from({ length: chunks.length + 3 }, (_, i) => i + 1));
    expect(progress.every(([, t]) => t === chunks.length + 3)).toBe(true);
  });

  it('adds the scenario\'s sheets and the comparison after the planner\'s, the store in its place, nothing else', () => {
    const names = written.map((s) => s.name);
    expect(names).toEqual([...['summary', 'people', 'timeline', 'issues', 'annex', 'annexUnits'].map((k) => sheetName(scenarios[0].code, k as 'summary', 'vi')), 'So sánh', 'Theo dõi cán bộ']);
    expect(fake.sheetNames()).toEqual(['Đơn vị', 'Cán bộ', STORE_SHEET_NAME, ...names]);
    expect(fake.sheetNamed(STORE_SHEET_NAME).visibility).toBe('VeryHidden');
    expect(fake.sheets.filter((s) => s.name !== STORE_SHEET_NAME).every((s) => s.visibility === 'Visible')).toBe(true);
    expect(fake.active?.name).toBe(activeBefore);
  });

  it('puts every block\'s values in its cells; totals rows as SUBTOTAL formulas that add up to the layout\'s sums', () => {
    const wrong: string[] = [];
    for (const sheet of written) {
      const totals = new Set(sheet.tables.filter((t) => t.totalsRow).flatMap((t) => Array.from({ length: t.columns }, (_, j) => `${t.row + t.rows - 1}:${t.col + j}`)));
      for (const block of sheet.blocks) {
        block.values.forEach((line, i) => line.forEach((value, j) => {
          const [row, col] = [block.row + i, block.col + j];
          const got = fake.valueAt(sheet.name, row, col);
          if (got !== (value ?? '')) wrong.push(`${sheet.name}!${row},${col}: ${JSON.stringify(got)} ≠ ${JSON.stringify(value)}`);
          const formula = fake.formulaAt(sheet.name, row, col);
          const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
          if (isFormula !== (totals.has(`${row}:${col}`) && typeof value === 'number')) wrong.push(`${sheet.name}!${row},${col}: formula ${formula}`);
        }));
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    const withTotals = written.flatMap((s) => s.tables.filter((t) => t.totalsRow).map((t) => ({ s, t })));
    expect(withTotals.length).toBeGreaterThan(0);
    const formulas = withTotals.flatMap(({ s, t }) => Array.from({ length: t.columns }, (_, j) => fake.formulaAt(s.name, t.row + t.rows - 1, t.col + j)));
    expect(formulas.filter((f) => /^=SUBTOTAL\(109,\[[^\]]+\]\)$/.test(String(f))).length).toBeGreaterThan(0);
    expect(formulas.filter((f) => String(f).startsWith('=') && !String(f).startsWith('=SUBTOTAL(109,['))).toEqual([]);
  });

  it('formats text cells as text and other cells with their column\'s number format', () => {
    const wrong: string[] = [];
    for (const sheet of written) {
      for (const block of sheet.blocks) {
        block.values.forEach((line, i) => line.forEach((value, j) => {
          const column = block.numberFormats?.[j] ?? null;
          const expected = typeof value === 'string' ? '@' : column === null || column === '@' ? 'General' : column;
          const got = fake.numberFormatAt(sheet.name, block.row + i, block.col + j);
          if (got !== expected) wrong.push(`${sheet.name}!${block.row + i},${block.col + j}: ${got} ≠ ${expected}`);
        }));
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('writes what the .xlsx writer writes: values read back, tables, widths, header heights, frozen panes, tab colours', async () => {
    const book = new ExcelJS.Workbook();
    const xlsxWriter = new XlsxWorkbookWriter(book);
    for (const s of written) await xlsxWriter.writeSheet(s);
    const reader = new XlsxWorkbookReader(book);
    for (const s of written) {
      const ws = book.getWorksheet(s.name)!;
      const [rows, columns] = [ws.rowCount, ws.columnCount];
      const mine = await workbook.readRange(s.name, 1, 1, rows, columns);
      // ExcelJS keeps no cached result of 0 for a formula, which Excel computes.
      const uncached = (r: number, c: number) => {
        const v = ws.getCell(r, c).value;
        return v !== null && typeof v === 'object' && 'formula' in v && v.result === undefined;
      };
      const theirs = (await reader.readRange(s.name, 1, 1, rows, columns)).map((line, i) => line.map((v, j) => (v === null && uncached(i + 1, j + 1) ? 0 : v)));
      expect(mine).toEqual(theirs);
      const sheet = fake.sheetNamed(s.name);
      s.columnWidths.forEach((w, i) => expect(sheet.columnWidths.get(i)).toBe(columnPoints(w)));
      for (let r = 1; r <= rows; r++) expect(sheet.rowHeights.get(r - 1)).toBe(ws.getRow(r).height);
      expect(sheet.freeze).toEqual(s.freeze ?? null);
      expect(sheet.tabColor).toBe(s.tabColor ? `#${s.tabColor}` : '');
      const tables = fake.tables.filter((t) => t.sheet === sheet);
      expect(tables.map((t) => [t.name, t.row + 1, t.col + 1, t.rows, t.columns, t.showTotals, t.style])).toEqual(
        s.tables.map((t) => [t.name, t.row, t.col, t.rows, t.columns, t.totalsRow ?? false, 'TableStyleLight9']),
      );
    }
    expect(fake.tables.map((t) => t.name)).toEqual(['DonVi', 'CanBo', ...written.flatMap((s) => s.tables.map((t) => t.name))]);
    // Listed as the .xlsx reader lists them: totals rows left out.
    const ours = new Set(written.map((s) => s.name));
    const listed = (await workbook.listTables()).filter((t) => ours.has(t.sheet));
    expect(listed).toEqual(await reader.listTables());
    expect(listed.some((t) => written.some((s) => s.tables.some((x) => x.name === t.name && x.totalsRow && x.rows === t.rows + 1)))).toBe(true);
  });

  it('adds the conditional formats, the first listed on top, with the .xlsx writer\'s colours', () => {
    for (const s of written) {
      const expected = (s.conditionalFormats ?? []).flatMap((f): Record<string, unknown>[] => {
        const box = { row: f.range.row - 1, col: f.range.col - 1, rows: f.range.rows, columns: f.range.columns };
        const cell = (operator: string, look: 'good' | 'bad') => ({
          type: 'CellValue', box, rule: { formula1: '=0', operator },
          font: look === 'good' ? '#006100' : '#9C0006', fill: look === 'good' ? '#C6EFCE' : '#FFC7CE',
        });
        switch (f.rule.kind) {
          case 'signGoodPositive': return [cell('GreaterThan', 'good'), cell('LessThan', 'bad')];
          case 'signBadPositive': return [cell('GreaterThan', 'bad'), cell('LessThan', 'good')];
          case 'positiveBad': return [cell('GreaterThan', 'bad')];
          case 'textEquals': return [{ type: 'CellValue', box, rule: { formula1: `="${f.rule.text}"`, operator: 'EqualTo' } }];
          case 'dataBar': return [{ type: 'DataBar', box, bar: { fillColor: `#${f.rule.color}`, lower: { type: 'LowestValue' }, upper: { type: 'HighestValue' } } }];
        }
      });
      const got = fake.sheetNamed(s.name).conditionalFormats;
      expect(got.length).toBe(expected.length);
      got.forEach((g, i) => expect(g).toMatchObject(expected[i]));
    }
    expect(written.some((s) => (s.conditionalFormats ?? []).length > 0)).toBe(true);
  });

  it('draws the comparison\'s chart over its data, placed where the layout says', () => {
    const comparison = written.find((s) => s.name === 'So sánh')!;
    const spec = comparison.charts![0];
    const charts = fake.sheetNamed(comparison.name).charts;
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      type: 'ColumnClustered', title: spec.title, seriesBy: 'Columns',
      source: { row: spec.data.row - 1, col: spec.data.col - 1, rows: spec.data.rows, columns: spec.data.columns },
      position: {
        from: { row: spec.at.row - 1, col: spec.at.col - 1, rows: 1, columns: 1 },
        to: { row: spec.at.row + spec.at.rows - 2, col: spec.at.col + spec.at.columns - 2, rows: 1, columns: 1 },
      },
    });
    expect(charts[0].sheet).toBe(fake.sheetNamed(comparison.name));
  });

  it('stores the new store, very hidden, read back as written', async () => {
    expect(storeText(await workbook.readStore())).toBe(writer.changes[0].store);
    expect(JSON.parse(writer.changes[0].store!).runs[0].code).toBe(scenarios[0].code);
  });
});

describe('running again', () => {
  it('replaces the scenario\'s sheets where they are, keeping the tab order the planner made', async () => {
    const fake = sampleFake();
    const workbook = new ExcelWorkbook(fake.run);
    const first = await readAndRun(workbook);
    await writePlan(workbook, first.plan, first.options, first.previous);
    // The planner moves their unit sheet between ours and adds a sheet of their own at the end.
    fake.move(fake.sheetNamed('Đơn vị'), 4);
    fake.addSheet('Ghi chú');
    // The planner is looking at the scenario's people sheet.
    const people = sheetName(scenarios[0].code, 'people', 'vi');
    fake.activate(fake.sheetNamed(people));
    const order = fake.sheetNames();
    const ids = new Map(fake.sheets.map((s) => [s.name, s.id]));
    const again = await readAndRun(workbook);
    const before = fake.syncs.length;
    await writePlan(workbook, again.plan, again.options, again.previous);
    expect(fake.sheetNames()).toEqual(order);
    // …and still is, in its new version.
    expect([fake.active?.name, fake.active?.id === ids.get(people)]).toEqual([people, false]);
    // Ours are new sheets; the planner's are the same sheets, untouched.
    for (const name of order) {
      const same = fake.sheetNamed(name).id === ids.get(name);
      expect([name, same]).toEqual([name, ['Đơn vị', 'Cán bộ', 'Ghi chú'].includes(name)]);
    }
    // 6 sheets replaced (4 + comparison + store): still 2 + 2 + chunks + 2 syncs (the second of apply
    // reads the old store's first cell, to tell it from a sheet of the planner's).
    const syncs = since(fake, before);
    expect(syncs).toHaveLength(6 + syncs.filter((s) => s.suspendedCalculation).length);
    expect(fake.tables.map((t) => t.name).filter((n) => n.startsWith('_'))).toEqual([]);
  });

  it('in the other language, removes the sheets written in the first', async () => {
    const fake = sampleFake();
    const workbook = new ExcelWorkbook(fake.run);
    const first = await readAndRun(workbook);
    await writePlan(workbook, first.plan, first.options, first.previous);
    const english = await readAndRun(workbook, 'en');
    const names = (await writePlan(workbook, english.plan, english.options, english.previous)).names;
    expect(fake.sheetNames()).toEqual(['Đơn vị', 'Cán bộ', STORE_SHEET_NAME, ...names]);
    expect(names[0]).toBe(sheetName(scenarios[0].code, 'summary', 'en'));
  });

  it('never touches a sheet of the planner\'s with a clashing name: it fails before writing anything', async () => {
    const fake = sampleFake();
    fake.addSheet(sheetName(scenarios[0].code, 'people', 'vi'));
    fake.setCells(sheetName(scenarios[0].code, 'people', 'vi'), 1, 1, [['my notes']]);
    const workbook = new ExcelWorkbook(fake.run);
    const run = await readAndRun(workbook);
    const snapshot = frozen(fake);
    const before = fake.syncs.length;
    await expect(writePlan(workbook, run.plan, run.options, run.previous)).rejects.toBeInstanceOf(ForeignSheetError);
    expect(since(fake, before).every((s) => s.writes === 0)).toBe(true);
    expectUnchanged(fake, snapshot);
  });
});

describe('the notice on sheets whose results no longer hold', () => {
  it('goes before the title of each sheet of the scenario, in red, in 2 syncs and 1 to write, and comes off again', async () => {
    const fake = sampleFake();
    const workbook = new ExcelWorkbook(fake.run);
    const first = await readAndRun(workbook);
    await writePlan(workbook, first.plan, first.options, first.previous);
    const code = scenarios[0].code;
    const summary = sheetName(code, 'summary', 'vi');
    const title = fake.valueAt(summary, 1, 1);
    const notice = '⚠ KẾT QUẢ ĐÃ CŨ: bảng dữ liệu đã thay đổi sau lần chạy ngày 15/03/2026; hãy chạy lại kịch bản';
    // A sheet the planner deleted meanwhile is passed over.
    fake.deleteSheet(fake.sheetNamed(sheetName(code, 'issues', 'vi')));
    const sheets = (['summary', 'people', 'timeline', 'issues'] as const).map((k) => sheetName(code, k, 'vi'));
    const snapshot = frozen(fake);
    let before = fake.syncs.length;
    await workbook.apply({ remove: [], write: [], store: null, notices: sheets.map((sheet) => ({ sheet, notice })) });
    expect(since(fake, before)).toHaveLength(3);
    expect(fake.valueAt(summary, 1, 1)).toBe(`${notice} | ${title}`);
    expect(fake.styleAt(summary, 1, 1)).toMatchObject({ 'font.color': '#9C0006', 'font.bold': true, 'font.size': 14 });
    expect(fake.numberFormatAt(summary, 1, 1)).toBe('@');
    expect(String(fake.valueAt(sheetName(code, 'timeline', 'vi'), 1, 1))).toMatch(/^⚠ KẾT QUẢ ĐÃ CŨ: .* \| Kịch bản /);
    // Again: nothing to change, nothing written.
    before = fake.syncs.length;
    await workbook.apply({ remove: [], write: [], store: null, notices: sheets.map((sheet) => ({ sheet, notice })) });
    expect(since(fake, before).map((s) => s.writes)).toEqual([0, 0]);
    await workbook.apply({ remove: [], write: [], store: null, notices: sheets.map((sheet) => ({ sheet, notice: null })) });
    expect(fake.valueAt(summary, 1, 1)).toBe(title);
    expect(fake.styleAt(summary, 1, 1)).toMatchObject({ 'font.color': '#000000' });
    expect(frozen(fake)).not.toBe(snapshot);
    // A sheet written in the same change is left to it, whatever notice is given for it.
    const own: SheetDescription = { name: 'Ghi chú', blocks: [{ row: 1, col: 1, values: [['Ghi chú của tôi']] }], tables: [], columnWidths: [20] };
    await workbook.apply({ remove: [], write: [own], store: null, notices: [{ sheet: 'Ghi chú', notice }] });
    expect(fake.valueAt('Ghi chú', 1, 1)).toBe('Ghi chú của tôi');
  });
});

describe('all or nothing', () => {
  /** The sample with the first scenario written once: a write now replaces six sheets. */
  async function writtenOnce(options: FakeExcelOptions = {}) {
    const fake = sampleFake(options);
    const workbook = new ExcelWorkbook(fake.run, { chunkBytes: 300_000, supports: fake.supports });
    const first = await readAndRun(workbook);
    await writePlan(workbook, first.plan, first.options, first.previous);
    const again = await readAndRun(workbook);
    return { fake, workbook, again };
  }

  it('a sync failing in the middle of the chunks leaves the workbook exactly as it was', async () => {
    const { fake, workbook, again } = await writtenOnce();
    const snapshot = frozen(fake);
    // planChanges 2, apply's first two syncs (the second reads the old store's first cell), then
    // chunks: fail the third chunk.
    fake.faults = { failSync: fake.syncs.length + 7 };
    await expect(writePlan(workbook, again.plan, again.options, again.previous)).rejects.toMatchObject({ code: 'GeneralException' });
    expectUnchanged(fake, snapshot);
    // Two chunks written, then two syncs to undo them.
    expect(fake.syncs.slice(-3).map((s) => [s.failed, s.writes > 0])).toEqual([['GeneralException', true], [null, false], [null, true]]);
  });

  it('a cancel between two chunks stops the write and leaves the workbook exactly as it was', async () => {
    const { fake, workbook, again } = await writtenOnce();
    const snapshot = frozen(fake);
    const changes = await planChanges(workbook, planSheets(again.plan, again.options), again.options, again.previous);
    const abort = new AbortController();
    const seen: number[] = [];
    const write = workbook.apply(changes, (done) => {
      seen.push(done);
      // The planner cancels once two chunks are in.
      if (done === 3) abort.abort();
    }, abort.signal);
    await expect(write).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([1, 2, 3]);
    expectUnchanged(fake, snapshot);
  });

  it('a first write failing part-way leaves no sheet behind', async () => {
    const fake = sampleFake();
    const workbook = new ExcelWorkbook(fake.run, { chunkBytes: 300_000 });
    const run = await readAndRun(workbook);
    const snapshot = frozen(fake);
    let values = 0;
    fake.faults = { failOperation: (op) => op.action === 'set values' && ++values === 7 };
    await expect(writePlan(workbook, run.plan, run.options, run.previous)).rejects.toThrow(/fault injected/);
    expectUnchanged(fake, snapshot);
  });

  it('a commit failing half-way (renames done, one refused) is undone', async () => {
    const { fake, workbook, again } = await writtenOnce();
    const snapshot = frozen(fake);
    let refused = 0;
    fake.faults = { failOperation: (op) => op.action === 'set name' && op.args[0] === 'So sánh' && ++refused === 1 };
    await expect(writePlan(workbook, again.plan, again.options, again.previous)).rejects.toThrow(/fault injected/);
    expectUnchanged(fake, snapshot);
  });

  it('a commit that ran but whose answer was lost is undone', async () => {
    const { fake, workbook, again } = await writtenOnce();
    const snapshot = frozen(fake);
    fake.faults = { loseSync: (ops) => ops.some((op) => op.action === 'calculate') };
    await expect(writePlan(workbook, again.plan, again.options, again.previous)).rejects.toThrow(/lost/);
    expectUnchanged(fake, snapshot);
  });

  it('a cleanup refused at its first deletion is undone; refused after some, it is completed', async () => {
    const { fake, workbook, again } = await writtenOnce();
    const snapshot = frozen(fake);
    fake.faults = { failOperation: (op) => op.action === 'delete' && fake.syncs[fake.syncs.length - 1].suspendedScreen };
    await expect(writePlan(workbook, again.plan, again.options, again.previous)).rejects.toThrow(/fault injected/);
    expectUnchanged(fake, snapshot);

    let deletions = 0;
    fake.faults = { failOperation: (op) => op.action === 'delete' && ++deletions === 3 };
    const names = (await writePlan(workbook, again.plan, again.options, again.previous)).names;
    expect(fake.sheetNames()).toEqual(['Đơn vị', 'Cán bộ', STORE_SHEET_NAME, ...names]);
    expect(fake.sheets.filter((s) => s.name.startsWith('_sp'))).toEqual([]);
    expect(deletions).toBeGreaterThan(3);
  });

  it('writes a sheet of over 5 MB in chunks; sent whole, Excel refuses it and nothing is left', async () => {
    const rows = Array.from({ length: 70_000 }, (_, i) => [`${i}`, `Nguyễn Văn Ánh ${i}, Phòng Nội vụ huyện Kỳ Anh`, i]);
    const big: SheetDescription = {
      name: 'Lớn', blocks: [{ row: 1, col: 1, values: [['Mã', 'Tên', 'Số'], ...rows] }],
      tables: [{ name: 'SP_Big', row: 1, col: 1, rows: rows.length + 1, columns: 3 }], columnWidths: [],
    };
    const fake = new FakeExcel();
    fake.addSheet('Sheet1');
    const snapshot = frozen(fake);
    await expect(new ExcelWorkbook(fake.run, { chunkBytes: 8_000_000 }).apply({ remove: [], write: [big], store: EMPTY_STORE }))
      .rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expectUnchanged(fake, snapshot);
    const before = fake.syncs.length;
    await new ExcelWorkbook(fake.run).apply({ remove: [], write: [big], store: EMPTY_STORE });
    const syncs = since(fake, before);
    expect(Math.max(...syncs.map((s) => s.requestBytes))).toBeLessThan(1_550_000);
    expect(syncs.filter((s) => s.suspendedCalculation).length).toBeGreaterThanOrEqual(Math.ceil(5_000_000 / 1_500_000));
    expect(await new ExcelWorkbook(fake.run).readRange('Lớn', 70_001, 1, 1, 3)).toEqual([['69999', 'Nguyễn Văn Ánh 69999, Phòng Nội vụ huyện Kỳ Anh', 69999]]);
  });

  it('sets the heights of a long wrapped list in requests of their size, a run of rows of one height at a time', async () => {
    // 20,000 messages of two lengths in turn: each row its own height, as in a province's issues.
    const rows = Array.from({ length: 20_000 }, (_, i) => [`${i}`, i % 2 === 0 ? 'Ngắn' : 'Một nội dung dài '.repeat(8 + (i % 3))]);
    const list: SheetDescription = {
      name: 'Vấn đề', blocks: [{ row: 1, col: 1, values: [['Mã', 'Nội dung'], ...rows], style: 'wrapped' }],
      tables: [], columnWidths: [10, 40],
    };
    const fake = new FakeExcel();
    fake.addSheet('Sheet1');
    const before = fake.syncs.length;
    const chunkBytes = 300_000;
    await new ExcelWorkbook(fake.run, { chunkBytes }).apply({ remove: [], write: [list], store: EMPTY_STORE });
    const syncs = since(fake, before);
    // Queued with the list's first chunk, the 10,000 tall rows' heights made one request of 1.5 MB.
    expect(Math.max(...syncs.map((s) => s.requestBytes))).toBeLessThan(chunkBytes * 1.5);
    const sheet = fake.sheetNamed('Vấn đề');
    expect([sheet.rowHeights.get(1), sheet.rowHeights.get(2), sheet.rowHeights.get(3), sheet.rowHeights.get(4)]).toEqual([undefined, 60, undefined, 60]);
  });

  it('on ExcelApi 1.8 the screen is not suspended when the host says so, and without that the write fails cleanly', async () => {
    const fake = sampleFake({ api: 8 });
    const guarded = new ExcelWorkbook(fake.run, { supports: fake.supports });
    const run = await readAndRun(guarded);
    const snapshot = frozen(fake);
    await expect(writePlan(new ExcelWorkbook(fake.run), run.plan, run.options, run.previous)).rejects.toMatchObject({ code: 'ApiNotFound' });
    expectUnchanged(fake, snapshot);
    await writePlan(guarded, run.plan, run.options, run.previous);
    expect(fake.sheetNames()).toHaveLength(10);
  });
});

describe('text the planner typed', () => {
  const tricky = ['=1+1', '+84912345678', '-x', '@x', '12/05/1970', 'TRUE', '00123', '50%'];
  const sheet: SheetDescription = {
    name: 'Văn bản',
    blocks: [
      { row: 1, col: 1, values: [['Mã', 'Số']], style: 'header' },
      { row: 2, col: 1, values: tricky.map((t, i) => [t, i]), numberFormats: ['@', '@'] },
    ],
    tables: [{ name: 'SP_Text', row: 1, col: 1, rows: 1 + tricky.length, columns: 2 }],
    columnWidths: [12, 8],
  };

  it('stays text, and numbers stay numbers in a text column', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Sheet1');
    const workbook = new ExcelWorkbook(fake.run);
    await workbook.apply({ remove: [], write: [sheet], store: EMPTY_STORE });
    tricky.forEach((t, i) => {
      expect(fake.formulaAt('Văn bản', 2 + i, 1)).toBe(t);
      expect(fake.valueAt('Văn bản', 2 + i, 1)).toBe(t);
      expect(fake.valueAt('Văn bản', 2 + i, 2)).toBe(i);
    });
    expect(await workbook.readRange('Văn bản', 2, 1, tricky.length, 2)).toEqual(tricky.map((t, i) => [t, i]));
  });

  it('would not, written without the text format: the fake parses as Excel does', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Sheet1');
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, tricky.length, 1).values = tricky.map((t) => [t]);
      await context.sync();
    });
    expect(tricky.map((_, i) => fake.formulaAt('Sheet1', i + 1, 1))).toEqual(['=1+1', 84912345678, '=-x', '=@x', 25907, true, 123, 0.5]);
    expect(fake.valueAt('Sheet1', 3, 1)).toBe('#NAME?');
  });

  it('longer than a cell holds, or holding control characters, is written corrected, each cell named (Excel itself refuses it)', async () => {
    const fake = sampleFake();
    const workbook = new ExcelWorkbook(fake.run);
    const run = await readAndRun(workbook);
    const long: SheetDescription = { ...sheet, name: 'Ghi chú', blocks: [{ row: 1, col: 1, values: [['Mã', 'Ghi chú'], ['a\u001b', 'Hà Tĩnh '.repeat(5000)]] }], tables: [] };
    const changes = await planChanges(workbook, [long], run.options, run.previous);
    expect(changes.fixes.map((f) => [f.cell, f.kind])).toEqual([['A2', 'invalidCharacters'], ['B2', 'tooLong']]);
    await workbook.apply(changes);
    expect(fake.valueAt('Ghi chú', 2, 1)).toBe('a\ufffd');
    expect((fake.valueAt('Ghi chú', 2, 2) as string).length).toBe(32_767);
    // Sent as it was, the fake refuses it as Excel does.
    await expect(workbook.apply({ remove: [], write: [{ ...long, name: 'Khác' }], store: null })).rejects.toThrow(/text of 40000 characters/);
    expect(fake.sheetNames()).not.toContain('Khác');
  });
});

describe('the store', () => {
  it('round-trips a JSON text longer than a cell holds, split over cells of column A', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Sheet1');
    const workbook = new ExcelWorkbook(fake.run, { chunkBytes: 200_000 });
    const long = JSON.stringify({ format: 'staffing-planner/scenarios', note: 'Hà Tĩnh 😀 "=x" '.repeat(12_000) });
    expect(long.length).toBeGreaterThan(5 * STORE_CHUNK_LENGTH);
    await workbook.apply({ remove: [], write: [], store: long });
    const store = fake.sheetNamed(STORE_SHEET_NAME);
    expect(store.visibility).toBe('VeryHidden');
    const cells = Math.ceil(long.length / STORE_CHUNK_LENGTH);
    expect(fake.numberFormatAt(STORE_SHEET_NAME, cells, 1)).toBe('@');
    expect(fake.valueAt(STORE_SHEET_NAME, cells + 1, 1)).toBe('');
    const before = fake.syncs.length;
    expect(storeText(await workbook.readStore())).toBe(long);
    // 200 kB a chunk holds 2 cells of up to 96 kB: 1 sync to find the sheet, then one per 2 cells.
    expect(fake.syncs.length - before).toBe(1 + Math.ceil(cells / 2));
    await workbook.apply({ remove: [], write: [], store: EMPTY_STORE });
    expect(storeText(await workbook.readStore())).toBe(EMPTY_STORE);
    expect(fake.sheetNames()).toEqual(['Sheet1', STORE_SHEET_NAME]);
  });
});

describe('selection and select', () => {
  it('reads the first area of the selection with its values', async () => {
    const fake = sampleFake();
    const workbook = new ExcelWorkbook(fake.run);
    fake.setSelection('Cán bộ', [2, 2, 3, 2], [10, 1, 1, 1]);
    const people = province.people.rows;
    expect(await workbook.selection()).toEqual({ sheet: 'Cán bộ', row: 2, col: 2, values: people.slice(0, 3).map((r) => [r[1], r[2]]) });
    expect(fake.syncs).toHaveLength(2);
  });

  it('reads whole rows or columns selected by their headers only where the sheet holds data', async () => {
    const fake = sampleFake();
    const workbook = new ExcelWorkbook(fake.run);
    // Rows 12 to 40 selected by their row headers: 29 rows of the people table's 12 columns.
    fake.setSelection('Cán bộ', [12, 1, 29, 16_384]);
    const rows = await workbook.selection();
    expect([rows?.row, rows?.col, rows?.values.length, rows?.values[0].length]).toEqual([12, 1, 29, 12]);
    expect(rows?.values[0][1]).toBe(province.people.rows[10][1]);
    // Column C selected by its header: the used rows only.
    fake.setSelection('Cán bộ', [1, 3, 1_048_576, 1]);
    const column = await workbook.selection();
    expect(column?.values).toHaveLength(6467);
    expect(column?.values[6466]).toEqual([people(6465, 2)]);
    expect(column?.values[1]).toEqual([people(0, 2)]);
    // The whole sheet: the top rows of the used range that fit in 10,000 cells.
    fake.setSelection('Cán bộ', [1, 1, 1_048_576, 16_384]);
    const all = await workbook.selection();
    expect([all?.values.length, all?.values[0].length]).toEqual([Math.floor(10_000 / 12), 12]);
  });

  it('is null when nothing readable is selected; falls back to the single selection before ExcelApi 1.9', async () => {
    const fake = sampleFake({ api: 8 });
    fake.selected = null;
    expect(await new ExcelWorkbook(fake.run, { supports: fake.supports }).selection()).toBeNull();
    fake.setSelection('Đơn vị', [1, 1, 1, 2]);
    expect(await new ExcelWorkbook(fake.run, { supports: fake.supports }).selection()).toEqual({ sheet: 'Đơn vị', row: 1, col: 1, values: [['Mã đơn vị', 'Tên đơn vị']] });
  });

  it('select shows the sheet and selects the cell, in one sync', async () => {
    const fake = sampleFake();
    const workbook = new ExcelWorkbook(fake.run);
    await workbook.select('Cán bộ', 5, 3);
    expect(fake.active?.name).toBe('Cán bộ');
    expect(fake.selected?.areas).toEqual([{ row: 4, col: 2, rows: 1, columns: 1 }]);
    expect(fake.syncs).toHaveLength(1);
  });
});

function people(row: number, col: number): string | number | null {
  return province.people.rows[row][col];
}

describe('the fake behaves as Excel does where the adapter could go wrong', () => {
  it('lists the merged areas whose top-left cell is in a range, a null object for none, and refuses more than 512', async () => {
    const fake = new FakeExcel({ api: 13 });
    fake.addSheet('Cán bộ');
    fake.setCells('Cán bộ', 1, 1, [['x', 'y'], ['a', 'b'], ['c', 'd']]);
    fake.mergeCells('Cán bộ', 'A1:A2');
    fake.mergeCells('Cán bộ', 'B2:B3');
    expect([fake.valueAt('Cán bộ', 2, 1), fake.valueAt('Cán bộ', 2, 2), fake.valueAt('Cán bộ', 3, 2)]).toEqual(['', 'b', '']);
    expect(() => fake.mergeCells('Cán bộ', 'A2:B2')).toThrow(/overlaps/);
    const areas = (row: number, rows: number) => fake.run(async (context) => {
      const found = context.workbook.worksheets.getItem('Cán bộ').getRangeByIndexes(row, 0, rows, 2).getMergedAreasOrNullObject().load('address');
      await context.sync();
      return found.isNullObject ? null : found.address;
    });
    expect(await areas(0, 3)).toBe("'Cán bộ'!A1:A2, 'Cán bộ'!B2:B3");
    // A2:B3 holds the top of B2:B3 only; row 3 the top of none.
    expect(await areas(1, 2)).toBe("'Cán bộ'!B2:B3");
    expect(await areas(2, 1)).toBeNull();
    const many = new FakeExcel({ api: 13 });
    many.addSheet('Data');
    for (let r = 1; r <= 513; r++) many.mergeCells('Data', `A${r}:B${r}`);
    await expect(many.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRangeByIndexes(0, 0, 513, 2).getMergedAreasOrNullObject().load('address');
      await context.sync();
    })).rejects.toMatchObject({ code: 'GeneralException' });
    const older = new FakeExcel({ api: 12 });
    older.addSheet('Data');
    await expect(older.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRangeByIndexes(0, 0, 1, 1).getMergedAreasOrNullObject();
      await context.sync();
    })).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('throws PropertyNotLoaded for a property read before load and sync', async () => {
    const fake = sampleFake();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Cán bộ').getRangeByIndexes(0, 0, 2, 2);
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['STT', 'Mã cán bộ'], [1, people(0, 1)]]);
    });
  });

  it('refuses a request over 5 MB before running any of it', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Sheet1');
    const big = Array.from({ length: 100_000 }, (_, i) => [`${i} Nguyễn Văn Ánh, Phòng Nội vụ huyện Kỳ Anh`, i]);
    await expect(fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRangeByIndexes(0, 0, 1, 1).values = [['first']];
      ws.getRangeByIndexes(0, 0, big.length, 2).values = big;
      await context.sync();
    })).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.valueAt('Sheet1', 1, 1)).toBe('');
    expect(fake.syncs[0].requestBytes).toBeGreaterThan(5_000_000);
  });

  it('keeps a format set earlier in the batch, not one set after the values', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Sheet1');
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRangeByIndexes(0, 0, 1, 1).numberFormat = [['@']];
      ws.getRangeByIndexes(0, 0, 1, 2).values = [['=1+1', '=1+1']];
      ws.getRangeByIndexes(0, 1, 1, 1).numberFormat = [['@']];
      await context.sync();
    });
    expect([fake.formulaAt('Sheet1', 1, 1), fake.formulaAt('Sheet1', 1, 2)]).toEqual(['=1+1', '=1+1']);
    expect([fake.valueAt('Sheet1', 1, 1), fake.valueAt('Sheet1', 1, 2)]).toEqual(['=1+1', '#NAME?']);
  });

  it('enforces Excel\'s names and refuses to delete a very hidden sheet', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Data');
    fake.addSheet('Secret', 'VeryHidden');
    const attempt = (f: (context: Excel.RequestContext) => void) => fake.run(async (context) => {
      f(context);
      await context.sync();
    });
    await expect(attempt((c) => c.workbook.worksheets.add('DATA'))).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(attempt((c) => c.workbook.worksheets.add('x'.repeat(32)))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(attempt((c) => c.workbook.worksheets.add('a/b'))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(attempt((c) => c.workbook.worksheets.getItem('Secret').delete())).rejects.toMatchObject({ code: 'InvalidOperation' });
    await expect(attempt((c) => c.workbook.worksheets.getItem('Data').delete())).rejects.toMatchObject({ code: 'InvalidOperation' });
    fake.setCells('Data', 1, 1, [['A', 'B'], [1, 2]]);
    fake.addTable('Data', 'Sales', 1, 1, 2, 2);
    await expect(attempt((c) => {
      const ws = c.workbook.worksheets.getItem('Data');
      ws.getRangeByIndexes(5, 0, 2, 1).values = [['C'], [3]];
      ws.tables.add(ws.getRangeByIndexes(5, 0, 2, 1), true).name = 'SALES';
    })).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    // The batch was not a transaction: the values and the table came before the refused name.
    expect(fake.valueAt('Data', 6, 1)).toBe('C');
    expect(fake.tables.map((t) => t.name)).toEqual(['Sales', 'Table1']);
  });
});
