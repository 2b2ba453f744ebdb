import { ForeignSheetError } from '../../src/workbook/workbook';
import ExcelJS from 'exceljs';
import { earlierFingerprint, scenarioFingerprint, type PlannerInput } from '../../src/app/planner';
import { fingerprint, tablesFingerprint } from '../../src/app/fingerprint';
import type { Staffing } from '../../src/domain/model';
import { simulateRequest } from '../../src/taskpane/simulate';
import { MemoryWorkbook } from '../../src/demo/memoryWorkbook';
import type { Scenario } from '../../src/domain/scenario';
import { CURRENT_VERSION, SCENARIO_FORMAT, serializeScenarioDocument, type ScenarioDocument } from '../../src/format/scenarioDocument';
import { parseScenarioDocument } from '../../src/format/scenarioParse';
import { STORE_SHEET_NAME } from '../../src/sheets/storeName';
import {
  EMPTY_DOCUMENT,
  loadInput,
  mappingForTable,
  markRuns,
  readAsStored,
  readHeaders,
  readStore,
  replaceDamagedStore,
  runState,
  saveStore,
  startRun,
  StoreReadOnlyError,
  workbookLang,
  writtenStore,
  type RunRequest,
  type Stage,
} from '../../src/taskpane/session';
import { exportScenarios, freeCode, importScenarios, scenarioProblems } from '../../src/taskpane/scenarioFiles';
import { CancelledError, type SimulationRequest, type Simulator } from '../../src/taskpane/simulation';
import type { TableInfo } from '../../src/workbook/workbook';
import { XlsxWorkbookWriter } from '../../src/workbook/xlsxWrite';
import { memoryWorkbook, sampleWorkbook, snapshot, TODAY } from '../app/sampleWorkbook';

const NOW = new Date('2026-01-15T08:30:00.000Z');

let input: PlannerInput;
let scenarios: readonly Scenario[];
let storeDoc: ScenarioDocument;

beforeAll(async () => {
  const workbook = await sampleWorkbook();
  input = await loadInput(workbook, undefined, TODAY);
  const store = await readStore(workbook, 'en');
  storeDoc = store.document;
  scenarios = storeDoc.scenarios;
});

/** A simulator that runs the planner in-process, as the worker would, and records what it was asked. */
function inProcess(): Simulator & { readonly requests: SimulationRequest[] } {
  const requests: SimulationRequest[] = [];
  return {
    requests,
    start(request, progress) {
      requests.push(request);
      return { done: Promise.resolve(simulateRequest(request, progress)), cancel() {} };
    },
  };
}

/** A simulation that never ends on its own; cancelling rejects it, as the worker simulator does. */
function neverEnding(): Simulator {
  return {
    start() {
      let reject: (e: Error) => void = () => {};
      const done = new Promise<never>((_, rej) => {
        reject = rej;
      });
      return { done, cancel: () => reject(new CancelledError()) };
    },
  };
}

function request(pick: readonly string[], over: Partial<RunRequest> = {}): RunRequest {
  return {
    input, scenarios: scenarios.filter((s) => pick.includes(s.code)), document: storeDoc, lang: 'en', now: NOW,
    comparisonOnly: false, write: true, ...over,
  };
}

function scenario(code: string, name: string): Scenario {
  return { code, name, operations: [{ type: 'quotaChange', month: '2026-06', units: { ids: ['HT-UB'] }, change: { mode: 'cut', value: 1 } }] };
}

describe('freeCode', () => {
  it('keeps a code nobody uses', () => {
    expect(freeCode('NTH', ['HN', 'LC'])).toBe('NTH');
  });

  it('numbers a taken code from 2, ignoring case', () => {
    expect(freeCode('NTH', ['nth'])).toBe('NTH-2');
    expect(freeCode('NTH', ['NTH', 'nth-2', 'NTH-3'])).toBe('NTH-4');
  });

  it('cuts the code so that the numbered one still has at most 12 characters', () => {
    expect(freeCode('ABCDEFGHIJKL', ['abcdefghijkl'])).toBe('ABCDEFGHIJ-2');
    const taken = ['ABCDEFGHIJKL', ...Array.from({ length: 8 }, (_, i) => `ABCDEFGHIJ-${i + 2}`)];
    expect(freeCode('ABCDEFGHIJKL', taken)).toBe('ABCDEFGHI-10');
    expect(freeCode('ABCDEFGHI-10', [])).toHaveLength(12);
  });
});

describe('importScenarios', () => {
  it('adds scenarios under free codes, reports the renamed ones, and leaves their content as it was', () => {
    const incoming = [scenario('NTH', 'Một kịch bản khác'), scenario('nth-2', 'Kịch bản thứ hai'), scenario('MOI', 'Kịch bản mới')];
    const existing = [scenario('NTH', 'Nhất thể hóa'), scenario('NTH-2', 'Nhất thể hóa 2')];
    const result = importScenarios(exportScenarios(incoming), existing, 'en');
    expect(result.problems).toEqual([]);
    expect(result.scenarios.map((s) => s.code)).toEqual(['NTH-3', 'nth-2-2', 'MOI']);
    expect(result.renamed).toEqual([{ from: 'NTH', to: 'NTH-3' }, { from: 'nth-2', to: 'nth-2-2' }]);
    expect(result.scenarios.map((s) => ({ ...s, code: '' }))).toEqual(incoming.map((s) => ({ ...s, code: '' })));
  });

  it('gives a 12-character code that clashes a free code of at most 12 characters', () => {
    const result = importScenarios(exportScenarios([scenario('KB-HUYEN-XA1', 'Mới')]), [scenario('kb-huyen-xa1', 'Cũ')], 'vi');
    expect(result.renamed).toEqual([{ from: 'KB-HUYEN-XA1', to: 'KB-HUYEN-X-2' }]);
    expect(result.scenarios[0].code.length).toBeLessThanOrEqual(12);
  });

  it("takes the scenarios of a workbook's store, without its mapping and runs", () => {
    const store = serializeScenarioDocument({ ...storeDoc, mapping: { units: null }, runs: [{ code: 'NTH', fingerprint: 'x', ranAt: NOW.toISOString() }] });
    const result = importScenarios(store, [], 'en');
    expect(result.problems).toEqual([]);
    expect(result.renamed).toEqual([]);
    expect(result.scenarios).toEqual(storeDoc.scenarios);
  });

  it('reports the problems of a bad file and imports nothing', () => {
    const notJson = importScenarios('{"format": "staffing-planner/scenarios", ', scenarios, 'en');
    expect(notJson.scenarios).toEqual([]);
    expect(notJson.renamed).toEqual([]);
    expect(notJson.problems.map((p) => p.code)).toEqual(['invalidJson']);

    const otherFormat = importScenarios(JSON.stringify({ format: 'staffing-planner/result', version: 1 }), scenarios, 'en');
    expect(otherFormat.scenarios).toEqual([]);
    expect(otherFormat.problems.map((p) => p.code)).toEqual(['wrongFormat']);

    const duplicates = importScenarios(JSON.stringify({ format: SCENARIO_FORMAT, version: 1, scenarios: [scenario('A', 'a'), scenario('a', 'b')] }), [], 'vi');
    expect(duplicates.scenarios).toEqual([]);
    expect(duplicates.problems.map((p) => [p.code, p.path])).toEqual([['duplicateCode', '$.scenarios[1].code']]);

    // An .xlsx without a store is read as '' by the pane.
    expect(importScenarios('', [], 'en').problems.map((p) => p.code)).toEqual(['invalidJson']);
  });

  // BUG: only codes are made free; a name already used in the workbook is imported as it is, so the
  // combined list has duplicate names. The pane saves it as is (ScenariosStep.importFile → saveStore),
  // and the next readStore finds the store damaged: empty document, read-only. Re-importing one's own
  // export loses every scenario from view.
  it('imports a scenario whose name is already used so that the workbook can still be saved and read back', async () => {
    const workbook = await sampleWorkbook();
    // A colleague's versions of the same scenarios: same codes and names, other descriptions.
    const theirs = scenarios.map((s) => ({ ...s, description: `${s.description ?? ''} (bản của đồng nghiệp)` }));
    const result = importScenarios(exportScenarios(theirs), scenarios, 'en');
    expect(result.skipped).toBe(0);
    const combined = [...scenarios, ...result.scenarios];
    expect(scenarioProblems(storeDoc, combined, 'en')).toEqual([]);
    await saveStore(workbook, { ...storeDoc, scenarios: combined }, 'en');
    const back = await readStore(workbook, 'en');
    expect(back.problems).toEqual([]);
    expect(back.document.scenarios).toHaveLength(12);
  });
});

describe('importScenarios of a copy', () => {
  it("leaves out the scenarios the workbook already holds, whatever their code, and renames only real clashes", () => {
    // A colleague's copy of this workbook: the same scenarios (one under another code, keys in another
    // order), and one they changed.
    const [first, second, third] = scenarios;
    const reordered = Object.fromEntries(Object.entries(second).reverse()) as unknown as Scenario;
    const changed = { ...third, name: `${third.name} (sửa)`, operations: [] };
    const copy = [first, { ...reordered, code: 'KHAC' }, changed];
    const result = importScenarios(exportScenarios(copy), scenarios, 'vi');
    expect(result.problems).toEqual([]);
    expect(result.skipped).toBe(2);
    expect(result.scenarios.map((s) => ({ ...s, code: '' }))).toEqual([{ ...changed, code: '' }]);
    expect(result.renamed).toEqual([{ from: third.code, to: freeCode(third.code, scenarios.map((s) => s.code)) }]);
    // Importing one's own export adds nothing.
    const again = importScenarios(exportScenarios(scenarios), scenarios, 'en');
    expect({ added: again.scenarios.length, skipped: again.skipped, renamed: again.renamed }).toEqual({ added: 0, skipped: scenarios.length, renamed: [] });
  });
});

describe('exportScenarios', () => {
  it('round-trips through parseScenarioDocument, scenarios only', () => {
    const text = exportScenarios(scenarios);
    const parsed = parseScenarioDocument(text, 'en');
    expect(parsed.problems).toEqual([]);
    expect(parsed.document).toEqual({ format: SCENARIO_FORMAT, version: CURRENT_VERSION, scenarios });
    expect(parsed.document).not.toHaveProperty('mapping');
    expect(parsed.document).not.toHaveProperty('runs');
    expect(parsed.document!.scenarios.map((s) => s.code)).toEqual(['NTH', 'HN', 'LC', 'LCB', 'BP', 'TG']);
  });

  it('writes an empty list as a valid document', () => {
    expect(parseScenarioDocument(exportScenarios([]), 'vi')).toEqual({ document: EMPTY_DOCUMENT, problems: [] });
  });
});

describe('runState', () => {
  const doc: ScenarioDocument = {
    ...EMPTY_DOCUMENT,
    scenarios: [scenario('A', 'a'), scenario('B', 'b')],
    runs: [{ code: 'A', fingerprint: 'f1', ranAt: '2026-01-01T00:00:00Z' }],
  };

  it('is notRun without a run of that code', () => {
    expect(runState(doc, 'B', { fingerprint: 'f1' })).toBe('notRun');
    expect(runState(EMPTY_DOCUMENT, 'A', { fingerprint: 'f1' })).toBe('notRun');
  });

  it('is current when the run was on the same tables, outOfDate otherwise', () => {
    expect(runState(doc, 'A', { fingerprint: 'f1' })).toBe('current');
    expect(runState(doc, 'A', { fingerprint: 'f2' })).toBe('outOfDate');
  });

  it("reads a run stored by an earlier version by the tables' fingerprint as that version made it", () => {
    const staffing: Staffing = {
      units: [{ id: 'U', name: 'Unit', level: 'Xã', kind: null, locality: null, parent: null, quota: 1, deputyCap: null, extra: {}, source: { sheet: 'Đơn vị', row: 2 } }],
      people: [],
    };
    const tables = { fingerprint: tablesFingerprint(staffing), staffing };
    // The earlier fingerprint of these tables: of their JSON text, without where each record was read.
    const earlier = fingerprint('{"units":[{"id":"U","name":"Unit","level":"Xã","kind":null,"locality":null,"parent":null,"quota":1,"deputyCap":null,"extra":{}}],"people":[]}');
    expect(earlierFingerprint(staffing)).toBe(earlier);
    const stored = (f: string): ScenarioDocument => ({ ...doc, runs: [{ code: 'A', fingerprint: f, ranAt: '2026-01-01T00:00:00Z' }] });
    expect(runState(stored(earlier), 'A', tables)).toBe('current');
    expect(runState(stored('fedcba9876543210'), 'A', tables)).toBe('outOfDate');
    expect(runState(stored(tables.fingerprint), 'A', tables)).toBe('current');
    // Without the staffing (tables not read as such), only this version's fingerprint is known.
    expect(runState(stored(earlier), 'A', { fingerprint: tables.fingerprint })).toBe('outOfDate');
  });

  it("tells tables apart by every value read, an extra column headed \"source\" included, but not by where each record was read", () => {
    const unit = (extra: Record<string, string>, row: number): Staffing => ({
      units: [{ id: 'U', name: 'Unit', level: 'Xã', kind: null, locality: null, parent: null, quota: 1, deputyCap: null, extra, source: { sheet: 'Đơn vị', row } }],
      people: [],
    });
    expect(tablesFingerprint(unit({ source: 'NĐ 178' }, 2))).not.toBe(tablesFingerprint(unit({ source: 'NĐ 29' }, 2)));
    expect(tablesFingerprint(unit({ source: 'NĐ 178' }, 2))).toBe(tablesFingerprint(unit({ source: 'NĐ 178' }, 9)));
  });
});

describe('scenarioProblems', () => {
  it('finds none for the sample scenarios', () => {
    expect(scenarioProblems(storeDoc, scenarios, 'en')).toEqual([]);
  });

  it('finds what the store would reject: a code used twice (ignoring case), a month out of range', () => {
    const twice = scenarioProblems(storeDoc, [...scenarios, scenario('nth', 'Khác')], 'en');
    expect(twice.map((p) => [p.code, p.path])).toEqual([['duplicateCode', '$.scenarios[6].code']]);
    const far: Scenario = { code: 'XA', name: 'Xa', operations: [{ type: 'abolish', month: '2300-01', units: { ids: ['X'] } }] };
    const outOfRange = scenarioProblems(EMPTY_DOCUMENT, [far], 'vi');
    expect(outOfRange.map((p) => [p.code, p.path])).toEqual([['monthOutOfRange', '$.scenarios[0].operations[0].month']]);
    expect(outOfRange[0].message).toContain('2300-01');
  });
});

describe('readStore, saveStore and replaceDamagedStore', () => {
  async function withStore(store: string): Promise<MemoryWorkbook> {
    const wb = new ExcelJS.Workbook();
    await new XlsxWorkbookWriter(wb).apply({ remove: [], write: [], store });
    return memoryWorkbook(wb);
  }

  /** A workbook whose sheet named like the store is the planner's own: their notes. */
  function withForeignSheet(): Promise<MemoryWorkbook> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Đơn vị').getCell('A1').value = 'Mã đơn vị';
    wb.addWorksheet('_Staffing_Planner').getCell('A1').value = 'ghi chú của tôi';
    return memoryWorkbook(wb);
  }

  /** Every sheet's name and first cell, and the store as read: what saving must leave alone. */
  async function contents(workbook: MemoryWorkbook): Promise<unknown> {
    return { sheets: workbook.workbook.worksheets.map((ws) => [ws.name, ws.state, ws.getCell('A1').value]), store: await workbook.readStore() };
  }

  const DAMAGED = '{"format": "staffing-planner/scenarios", "version": 1, "scen';
  const NEWER = JSON.stringify({ format: SCENARIO_FORMAT, version: CURRENT_VERSION + 1, scenarios: [scenario('A', 'a')] });

  it('gives an empty, writable document for a workbook without a store', async () => {
    const state = await readStore(await memoryWorkbook(new ExcelJS.Workbook()), 'en');
    expect(state).toEqual({ kind: 'none', document: EMPTY_DOCUMENT, newer: false, damaged: false, foreign: null, readOnly: false, problems: [] });
  });

  it('gives the sample store as written', () => {
    expect(storeDoc.scenarios).toHaveLength(6);
    expect(storeDoc.scenarios.every((s) => s.settings?.startMonth === '2026-01')).toBe(true);
  });

  it('reports a damaged store, read-only, with an empty document', async () => {
    const broken = await readStore(await withStore(DAMAGED), 'en');
    expect(broken.document).toEqual(EMPTY_DOCUMENT);
    expect([broken.kind, broken.damaged, broken.newer, broken.readOnly]).toEqual(['store', true, false, true]);
    expect(broken.problems.map((p) => p.code)).toEqual(['invalidJson']);
    // The JSON ends early, in the only cell: that cell is named, with the start of what it holds.
    expect(broken.changedCell).toEqual({ place: '_staffing_planner!A1', text: `${DAMAGED}` });

    const noted = new ExcelJS.Workbook();
    await new XlsxWorkbookWriter(noted).apply({ remove: [], write: [], store: JSON.stringify(storeDoc) });
    noted.getWorksheet('_staffing_planner')!.getCell('A3').value = 'Ghi chú: đã duyệt';
    const withNote = await readStore(await memoryWorkbook(noted), 'vi');
    expect([withNote.damaged, withNote.changedCell]).toEqual([true, { place: '_staffing_planner!A3', text: 'Ghi chú: đã duyệt' }]);

    const invalid = { format: SCENARIO_FORMAT, version: 1, scenarios: [scenario('A', 'a'), scenario('A', 'b')] };
    const state = await readStore(await withStore(JSON.stringify(invalid)), 'vi');
    expect(state.document).toEqual(EMPTY_DOCUMENT);
    expect([state.damaged, state.readOnly]).toEqual([true, true]);
    expect(state.problems.map((p) => p.code)).toEqual(['duplicateCode']);
  });

  it('shows a store written by a newer version read-only, with its document', async () => {
    const state = await readStore(await withStore(NEWER), 'en');
    expect([state.kind, state.damaged, state.newer, state.readOnly]).toEqual(['store', false, true, true]);
    expect(state.document).toEqual(JSON.parse(NEWER));
    expect(state.problems.map((p) => p.code)).toEqual(['newerVersion']);
  });

  it("names a sheet of the planner's that has the store's name, read-only, never read as a store", async () => {
    const state = await readStore(await withForeignSheet(), 'vi');
    expect(state).toEqual({ kind: 'foreign', document: EMPTY_DOCUMENT, newer: false, damaged: false, foreign: '_Staffing_Planner', readOnly: true, problems: [] });
  });

  it('saves the document in the store and only there', async () => {
    const workbook = await sampleWorkbook();
    const before = await snapshot(workbook);
    const doc: ScenarioDocument = { ...storeDoc, scenarios: [scenario('A', 'a')], runs: [{ code: 'A', fingerprint: 'f', ranAt: NOW.toISOString() }] };
    const saved = await saveStore(workbook, doc, 'en');
    expect(saved).toEqual(writtenStore(doc));
    expect(await readStore(workbook, 'en')).toEqual({ kind: 'store', document: doc, newer: false, damaged: false, foreign: null, readOnly: false, problems: [] });
    const after = await snapshot(workbook);
    expect(after.sheets).toEqual(before.sheets);
    expect(after.tables).toEqual(before.tables);
    expect(after.cell).toEqual(before.cell);
    expect(workbook.workbook.getWorksheet(STORE_SHEET_NAME)?.state).toBe('veryHidden');
  });

  it('never saves over a damaged or newer store, nor over the planner\'s sheet of that name: nothing is written', async () => {
    for (const workbook of [await withStore(DAMAGED), await withStore(NEWER), await withForeignSheet()]) {
      const before = await contents(workbook);
      const state = await readStore(workbook, 'en');
      const saving = saveStore(workbook, { ...EMPTY_DOCUMENT, scenarios: [scenario('B', 'b')] }, 'en');
      await expect(saving).rejects.toBeInstanceOf(StoreReadOnlyError);
      await expect(saving).rejects.toMatchObject({ store: state });
      expect(await contents(workbook)).toEqual(before);
    }
  });

  it('replaces a damaged store only when asked, and then by an empty one', async () => {
    const workbook = await withStore(DAMAGED);
    expect(await replaceDamagedStore(workbook, 'en')).toEqual(writtenStore(EMPTY_DOCUMENT));
    expect(await readStore(workbook, 'en')).toEqual(writtenStore(EMPTY_DOCUMENT));
  });

  it('replaces nothing else: a newer store, a readable one, the planner\'s sheet', async () => {
    for (const workbook of [await withStore(NEWER), await sampleWorkbook(), await withForeignSheet()]) {
      const before = await contents(workbook);
      expect(await replaceDamagedStore(workbook, 'en')).toEqual(await readStore(workbook, 'en'));
      expect(await contents(workbook)).toEqual(before);
    }
  });
});

describe('mappingForTable, readHeaders', () => {
  it('maps the sample tables as detection would', async () => {
    const workbook = await sampleWorkbook();
    const [units, people] = await workbook.listTables();
    expect(await mappingForTable(workbook, units, 'units')).toEqual({
      sheet: 'Đơn vị', headerRows: [1],
      columns: { unitId: 1, unitName: 2, level: 3, kind: 4, locality: 5, parent: 7, quota: 8, deputyCap: 9 },
    });
    expect(await mappingForTable(workbook, people, 'people')).toEqual({
      sheet: 'Cán bộ', headerRows: [1],
      columns: { personId: 2, fullName: 3, birthDate: 4, gender: 5, unit: 6, title: 7, concurrentTitles: 8 },
    });
  });

  /** A header-row range that does not start at A1: a title, then a two-row header from B3. */
  async function offsetWorkbook(): Promise<{ workbook: MemoryWorkbook; table: TableInfo }> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nhân sự');
    ws.getCell('B1').value = 'DANH SÁCH CÁN BỘ';
    ws.getRow(3).values = [null, 'Mã cán bộ', 'Họ và tên', 'Ngày sinh', null, 'Đơn vị', 'Chức vụ', 2025];
    ws.getRow(4).values = [null, null, null, 'Nam', 'Nữ', null, null, 2025];
    ws.mergeCells('D3:E3');
    ws.getRow(5).values = [null, 'CB1', 'Lê Văn A', '1980-01-01', null, 'U1', 'Chuyên viên', 1];
    const workbook = await memoryWorkbook(wb);
    const [table] = await workbook.listTables();
    return { workbook, table };
  }

  it('places the header and columns of a table that starts elsewhere in worksheet numbers', async () => {
    const { workbook, table } = await offsetWorkbook();
    expect(table).toEqual({ sheet: 'Nhân sự', name: null, row: 1, col: 2, rows: 5, columns: 7 });
    expect(await mappingForTable(workbook, table, 'people')).toEqual({
      sheet: 'Nhân sự', headerRows: [3, 4],
      columns: { personId: 2, fullName: 3, male: 4, female: 5, unit: 6, title: 7 },
    });
  });

  it('names the columns by their header rows joined, once each', async () => {
    const { workbook, table } = await offsetWorkbook();
    expect(await readHeaders(workbook, table, [3, 4])).toEqual([
      { column: 2, text: 'Mã cán bộ' },
      { column: 3, text: 'Họ và tên' },
      { column: 4, text: 'Ngày sinh - Nam' },
      { column: 5, text: 'Nữ' },
      { column: 6, text: 'Đơn vị' },
      { column: 7, text: 'Chức vụ' },
      { column: 8, text: '2025' },
    ]);
    expect((await readHeaders(workbook, table, [1])).map((h) => h.text)).toEqual(['DANH SÁCH CÁN BỘ', '', '', '', '', '', '']);
  });

  it('gives the header row alone and no column for a table with no recognisable header', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ghi chú');
    ws.getCell('C2').value = 'abc';
    ws.getCell('D3').value = 'xyz';
    const workbook = await memoryWorkbook(wb);
    const [table] = await workbook.listTables();
    expect(await mappingForTable(workbook, table, 'units')).toEqual({ sheet: 'Ghi chú', headerRows: [2], columns: {} });
  });
});

describe('startRun', () => {
  it('writes the sheets planSheets lays out, and the store with the run and the input fingerprint', async () => {
    const workbook = await sampleWorkbook();
    const simulator = inProcess();
    const calls: [Stage, number, number, string][] = [];
    const outcome = await startRun(workbook, simulator, request(['NTH']), (...call) => calls.push(call)).done;

    const [asked] = simulator.requests;
    expect(asked).toMatchObject({ startMonth: '2026-01', runDate: '2026-01-15', ranAt: NOW.toISOString(), lang: 'en', comparisonOnly: false });
    const expected = ['NTH Summary', 'NTH People', 'NTH Timeline', 'NTH Issues', 'NTH Annex I', 'NTH Annex II', 'Comparison'];
    expect(outcome.sheets).toEqual(expected);
    expect(await workbook.sheetNames()).toEqual(['Đơn vị', 'Cán bộ', STORE_SHEET_NAME, ...expected]);
    expect(outcome.summary.results.map((r) => [r.code, r.firstMonth, r.lastMonth])).toEqual([['NTH', '2026-01', '2030-12']]);

    const store = await readStore(workbook, 'en');
    expect(store.problems).toEqual([]);
    expect(store.document).toEqual(outcome.document);
    const nth = store.document.scenarios.find((s) => s.code === 'NTH')!;
    expect(store.document.runs).toEqual([{ code: 'NTH', fingerprint: input.fingerprint, scenario: scenarioFingerprint(nth), ranAt: NOW.toISOString() }]);
    expect(store.document.scenarios.map((s) => s.code)).toEqual(['NTH', 'HN', 'LC', 'LCB', 'BP', 'TG']);
    expect(store.document.mapping).toEqual(JSON.parse(JSON.stringify(input.mapping)));
    expect(runState(store.document, 'NTH', input)).toBe('current');
    // Editing the scenario after the run makes its sheets no longer its own.
    const edited = { ...store.document, scenarios: store.document.scenarios.map((s) => (s.code === 'NTH' ? { ...s, name: 'Sửa lại' } : s)) };
    expect(runState(edited, 'NTH', input)).toBe('edited');
    expect(runState(store.document, 'NTH', { fingerprint: 'other tables' })).toBe('outOfDate');
    expect(runState(store.document, 'HN', input)).toBe('notRun');

    expect(calls[0][0]).toBe('simulating');
    const writing = calls.filter((c) => c[0] === 'writing');
    expect(writing).toEqual([
      ['writing', 0, 8, ''],
      ...expected.map((name, i): [Stage, number, number, string] => ['writing', i + 1, 8, name]),
      ['writing', 8, 8, ''],
    ]);
    expect(calls.indexOf(writing[0])).toBe(calls.length - writing.length);
  });

  it("puts the notice on a run's sheets once its scenario is saved edited, or its tables change, and takes it off", async () => {
    const workbook = await sampleWorkbook();
    const outcome = await startRun(workbook, inProcess(), request(['NTH']), () => {}).done;
    const title = () => workbook.workbook.getWorksheet('NTH Timeline')?.getCell('A1').value;
    expect(title()).toBe('Scenario NTH: Bí thư đồng thời là Chủ tịch UBND xã — month by month');
    const edited = { ...outcome.document, scenarios: outcome.document.scenarios.map((s) => (s.code === 'NTH' ? { ...s, name: 'Sửa lại' } : s)) };
    const saved = await saveStore(workbook, edited, 'en');
    await markRuns(workbook, saved, null, 'en');
    expect(title()).toBe('⚠ OUT OF DATE: the scenario was edited after this run of 15/01/2026; run it again | Scenario NTH: Bí thư đồng thời là Chủ tịch UBND xã — month by month');
    // Put back as it was run, the tables read again, and changed: out of date for that reason.
    const back = await saveStore(workbook, outcome.document, 'en');
    await markRuns(workbook, back, null, 'en');
    expect(title()).toMatch(/^⚠ OUT OF DATE: the scenario was edited/);
    await markRuns(workbook, back, { fingerprint: 'other tables' }, 'en');
    expect(title()).toBe('⚠ OUT OF DATE: the input tables changed after this run of 15/01/2026; run the scenario again | Scenario NTH: Bí thư đồng thời là Chủ tịch UBND xã — month by month');
    await markRuns(workbook, back, input, 'en');
    expect(title()).toBe('Scenario NTH: Bí thư đồng thời là Chủ tịch UBND xã — month by month');
    // Tables read as the run read them, whatever order the store keeps the mapping's keys in; not
    // unreadable ones, nor columns still being tried.
    const stored = await readStore(workbook, 'en');
    expect(readAsStored(await loadInput(workbook, stored.document.mapping, TODAY), stored)).toBe(true);
    expect(readAsStored({ ...input, staffing: null }, stored)).toBe(false);
    const tried = JSON.parse(JSON.stringify(stored.document.mapping)) as { people: { columns: Record<string, number> } };
    delete tried.people.columns.gender;
    expect(readAsStored(await loadInput(workbook, tried, TODAY), stored)).toBe(false);
    // A store the pane does not save over: nothing written.
    const before = await snapshot(workbook);
    await markRuns(workbook, { ...back, readOnly: true }, { fingerprint: 'other tables' }, 'en');
    expect(await snapshot(workbook)).toEqual(before);
  });

  it('follows people: says where each is in every column, and writes that sheet after the comparison', async () => {
    const workbook = await sampleWorkbook();
    const plain = await startRun(workbook, inProcess(), request(['NTH'], { write: false }), () => {}).done;
    expect(plain.whereabouts).toBeNull();
    const someone = input.staffing!.people[0].id;
    const outcome = await startRun(workbook, inProcess(), request(['NTH'], { comparisonOnly: true, follow: [someone] }), () => {}).done;
    expect(outcome.sheets).toEqual(['Comparison', 'People followed']);
    expect(outcome.whereabouts?.columns).toEqual(['Baseline', 'NTH']);
    const [person] = outcome.whereabouts!.people;
    expect(person.id).toBe(someone);
    expect(person.rows[0].month).toBe('2026-01');
    expect(person.rows[0].places[0]).toContain(input.staffing!.people[0].title);
    const sheet = await workbook.readRange('People followed', 4, 1, 2, 5);
    expect(sheet[0]).toEqual(['Person ID', 'Full name', 'Born', 'From', 'Baseline']);
    expect(sheet[1][0]).toBe(someone);
    expect(sheet[1][4]).toBe(person.rows[0].places[0]);
  });

  it('writes nothing when asked only for the summary', async () => {
    const workbook = await sampleWorkbook();
    const before = await snapshot(workbook);
    const outcome = await startRun(workbook, inProcess(), request(['NTH', 'TG'], { write: false }), () => {}).done;
    expect(outcome.sheets).toEqual([]);
    expect(outcome.document).toBe(storeDoc);
    expect(outcome.summary.results.map((r) => r.code)).toEqual(['NTH', 'TG']);
    expect(await snapshot(workbook)).toEqual(before);
  });

  it('writes only the comparison sheet, and records no run, for comparisonOnly', async () => {
    const workbook = await sampleWorkbook();
    const before = await snapshot(workbook);
    const outcome = await startRun(workbook, inProcess(), request(['NTH', 'TG'], { comparisonOnly: true }), () => {}).done;
    expect(outcome.sheets).toEqual(['Comparison']);
    expect(await workbook.sheetNames()).toEqual([...before.sheets, 'Comparison']);
    const store = await readStore(workbook, 'en');
    expect(store.document.runs).toEqual([]);
    expect(runState(store.document, 'NTH', input)).toBe('notRun');
  });

  it('rejects with CancelledError when cancelled while simulating, and writes nothing', async () => {
    const workbook = await sampleWorkbook();
    const before = await snapshot(workbook);
    const stages: Stage[] = [];
    const handle = startRun(workbook, neverEnding(), request(['NTH']), (stage) => stages.push(stage));
    handle.cancel();
    await expect(handle.done).rejects.toBeInstanceOf(CancelledError);
    expect(stages).not.toContain('writing');
    expect(await snapshot(workbook)).toEqual(before);
  });

  it('rejects with CancelledError when cancelled while writing, and leaves the workbook as it was', async () => {
    const workbook = await sampleWorkbook();
    const before = await snapshot(workbook);
    let written = 0;
    const handle = startRun(workbook, inProcess(), request(['NTH', 'HN']), (stage, done) => {
      // Cancelled once the first sheets are in.
      if (stage === 'writing' && done > 0 && ++written === 2) handle.cancel();
    });
    await expect(handle.done).rejects.toBeInstanceOf(CancelledError);
    expect(written).toBe(2);
    expect(await snapshot(workbook)).toEqual(before);
  });

  /** The sample, whose store someone changed after the pane read it (the pane still shows `storeDoc`). */
  async function storeChanged(change: 'damaged' | 'newer' | 'foreign'): Promise<MemoryWorkbook> {
    const workbook = await sampleWorkbook();
    const book = workbook.workbook;
    if (change === 'foreign') {
      book.removeWorksheet(book.getWorksheet(STORE_SHEET_NAME)!.id);
      book.addWorksheet('_Staffing_planner').getCell('A1').value = 'ghi chú của tôi';
    } else {
      const text = change === 'damaged'
        ? '{"format": "staffing-planner/scenarios", broken'
        : JSON.stringify({ format: SCENARIO_FORMAT, version: CURRENT_VERSION + 1, scenarios: [scenario('NTH', 'Mới')] });
      await new XlsxWorkbookWriter(book).apply({ remove: [], write: [], store: text });
    }
    return workbook;
  }

  it.each(['damaged', 'newer', 'foreign'] as const)('on a %s store, writes the sheets and leaves the store exactly as it is, the run not recorded', async (change) => {
    const workbook = await storeChanged(change);
    const storeBefore = await workbook.readStore();
    const outcome = await startRun(workbook, inProcess(), request(['NTH']), () => {}).done;
    expect(outcome.sheets).toEqual(['NTH Summary', 'NTH People', 'NTH Timeline', 'NTH Issues', 'NTH Annex I', 'NTH Annex II', 'Comparison']);
    for (const sheet of outcome.sheets) expect(workbook.workbook.getWorksheet(sheet)).toBeDefined();
    expect(await workbook.readStore()).toEqual(storeBefore);
    expect(outcome.recorded).toBe(false);
    expect(outcome.store).toEqual(await readStore(workbook, 'en'));
    expect([outcome.store?.damaged, outcome.store?.newer, outcome.store?.foreign]).toEqual([change === 'damaged', change === 'newer', change === 'foreign' ? '_Staffing_planner' : null]);
    if (change === 'foreign') expect(workbook.workbook.getWorksheet('_Staffing_planner')?.getCell('A1').value).toBe('ghi chú của tôi');
  });

  it('records the run in a readable store', async () => {
    const outcome = await startRun(await sampleWorkbook(), inProcess(), request(['NTH']), () => {}).done;
    expect(outcome.recorded).toBe(true);
    expect(outcome.store).toEqual(writtenStore(outcome.document));
  });

  it("never overwrites a planner's own sheet named like one of ours: workbook unchanged", async () => {
    const workbook = await sampleWorkbook();
    const own = workbook.workbook.addWorksheet('NTH Summary');
    own.getCell('A1').value = 'ghi chú của tôi';
    const before = await snapshot(workbook);
    const outcome = startRun(workbook, inProcess(), request(['NTH']), () => {}).done;
    await expect(outcome).rejects.toBeInstanceOf(ForeignSheetError);
    await expect(outcome).rejects.toMatchObject({ sheet: 'NTH Summary', message: expect.stringContaining('"NTH Summary"') });
    expect(await snapshot(workbook)).toEqual(before);
    expect(workbook.workbook.getWorksheet('NTH Summary')?.getCell('A1').value).toBe('ghi chú của tôi');
  });
});

describe('workbookLang', () => {
  const withUnits = (names: string[]): PlannerInput => ({
    staffing: { units: names.map((name, i) => ({ id: `U${i}`, name, level: 'X', kind: null, locality: null, parent: null, quota: 1, deputyCap: null, extra: {} })), people: [] },
  }) as unknown as PlannerInput;

  it('writes the sheets in Vietnamese for units named in Vietnamese, whatever the pane shows', () => {
    expect(workbookLang(withUnits(['Ban Tổ chức Huyện ủy Kỳ Anh']), 'en')).toBe('vi');
    expect(workbookLang(withUnits(['Phong Noi vu', 'Organization Board']), 'vi')).toBe('en');
  });

  it('falls back to the pane language without readable tables', () => {
    expect(workbookLang(null, 'en')).toBe('en');
    expect(workbookLang(withUnits([]), 'vi')).toBe('vi');
  });
});
