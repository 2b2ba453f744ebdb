/// <reference types="office-js" />
import ExcelJS from 'exceljs';
import { readInput } from '../../src/app/planner';
import { sampleWorkbookChanges } from '../../src/app/sampleWorkbook';
import { generateProvince } from '../../src/sample';
import type { CellScalar, SheetDescription } from '../../src/sheets/layout';
import { STORE_SHEET_NAME } from '../../src/sheets/storeName';
import { storeSheet } from '../../src/sheets/store';
import { ExcelWorkbook } from '../../src/workbook/excel';
import {
  ForeignSheetError,
  InterruptedWriteError,
  WorkbookProtectedError,
  storeText,
  type RecoveredWrite,
  type SheetChanges,
} from '../../src/workbook/workbook';
import { XlsxWorkbookReader } from '../../src/workbook/xlsxRead';
import { XlsxWorkbookWriter } from '../../src/workbook/xlsxWrite';
import { FakeExcel, PAYLOAD_LIMIT, type Faults, type OperationInfo } from './fakeExcel';

/**
 * What the office-js writer and reader guarantee when Excel refuses, fails or goes away: nothing of the
 * planner's is lost, altered or left half-written. Small workbooks and a small chunk size, so that every
 * sync of a write can be made to fail, in every way the fake can fail it.
 */

const CHUNK_BYTES = 6_000;
const STORE_1 = '{"format":"staffing-planner/scenarios","version":1,"scenarios":[]}';
const STORE_2 = '{"format":"staffing-planner/scenarios","version":1,"scenarios":[],"mapping":{"units":null}}';

/** A sheet like the ones the planner writes: a title, a table with text, numbers and text that looks like a formula. */
function result(name: string, table: string, version: number, visibility: SheetDescription['visibility'] = 'visible'): SheetDescription {
  const rows = Array.from({ length: 24 }, (_, i): CellScalar[] => [`M${i}`, `Nguyễn Văn Ánh ${i} (${version})`, i * version, `=${name} ${i}`]);
  return {
    name,
    blocks: [
      { row: 1, col: 1, values: [[`${name}, lần ${version}`]], style: 'title' },
      { row: 3, col: 1, values: [['Mã', 'Họ và tên', 'Số', 'Ghi chú']], style: 'header' },
      { row: 4, col: 1, values: rows, numberFormats: [null, null, '#,##0', null] },
    ],
    tables: [{ name, row: 3, col: 1, rows: rows.length + 1, columns: 4 }].map((t) => ({ ...t, name: table })),
    columnWidths: [8, 28, 8, 20],
    freeze: { rows: 3, columns: 0 },
    tabColor: '1F4E79',
    visibility,
  };
}

/** The planner's own sheets: notes, and a unit table. */
function plannerSheets(fake: FakeExcel): void {
  fake.addSheet('Ghi chú');
  fake.setCells('Ghi chú', 1, 1, [['ghi chú của tôi'], ['=1+1']]);
  fake.addSheet('Đơn vị');
  fake.setCells('Đơn vị', 1, 1, [['Mã đơn vị', 'Tên đơn vị'], ['U1', 'Sở Nội vụ'], ['U2', 'Sở Tài chính']]);
  fake.addTable('Đơn vị', 'DonVi', 1, 1, 3, 2);
}

interface Scene {
  readonly fake: FakeExcel;
  readonly changes: SheetChanges;
  /** The sheets the write puts in place, as a recovery names them. */
  readonly sheets: readonly string[];
}

/** A write that replaces two sheets (the planner looking at one), removes one, adds one and replaces the store. */
async function replacing(): Promise<Scene> {
  const fake = new FakeExcel();
  plannerSheets(fake);
  await workbookOf(fake).apply({
    remove: [],
    write: [result('KB Tóm tắt', 'SP_KB_Summary', 1), result('KB Cán bộ', 'SP_KB_People', 1, 'hidden'), result('Cũ', 'SP_Old', 1)],
    store: STORE_1,
  });
  // The planner put their notes between our sheets, and is looking at one that will be replaced.
  fake.move(fake.sheetNamed('Ghi chú'), 3);
  fake.activate(fake.sheetNamed('KB Tóm tắt'));
  const write = [result('KB Tóm tắt', 'SP_KB_Summary', 2), result('KB2 Tóm tắt', 'SP_KB2_Summary', 2), result('KB Cán bộ', 'SP_KB_People', 2, 'hidden')];
  return { fake, changes: { remove: ['Cũ'], write, store: STORE_2 }, sheets: write.map((s) => s.name) };
}

/** A first write: new sheets and a new store, nothing set aside. */
async function first(): Promise<Scene> {
  const fake = new FakeExcel();
  plannerSheets(fake);
  const write = [result('KB Tóm tắt', 'SP_KB_Summary', 1), result('KB Cán bộ', 'SP_KB_People', 1)];
  return { fake, changes: { remove: [], write, store: STORE_1 }, sheets: write.map((s) => s.name) };
}

/** Saving scenarios: the store alone is replaced. */
async function storeOnly(): Promise<Scene> {
  const fake = new FakeExcel();
  plannerSheets(fake);
  fake.addSheetFrom(storeSheet(STORE_1));
  return { fake, changes: { remove: [], write: [], store: STORE_2 }, sheets: [] };
}

function workbookOf(fake: FakeExcel, chunkBytes = CHUNK_BYTES): ExcelWorkbook {
  return new ExcelWorkbook(fake.run, { chunkBytes, supports: fake.supports });
}

/** Everything the workbook holds but the ids of sheets and tables (a complete write makes new ones). */
function contents(fake: FakeExcel): string {
  return JSON.stringify(fake.snapshot(), (key, value: unknown) => (key === 'id' ? undefined : value));
}

function plannerIds(fake: FakeExcel): string[] {
  return ['Ghi chú', 'Đơn vị'].map((name) => fake.sheetNamed(name).id).concat(fake.findTable('DonVi')!.id);
}

/** The first differences between two contents, to read when a state is neither of those expected. */
function differences(a: unknown, b: unknown, path = '', found: string[] = []): string[] {
  if (found.length >= 8) return found;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (a !== b) found.push(`${path}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
    return found;
  }
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`, found);
  return found;
}

function expectOneOf(now: string, before: string, after: string, what: string): 'before' | 'after' {
  if (now === before) return 'before';
  if (now === after) return 'after';
  throw new Error(`${what}: the workbook is neither as before nor as after the write.\nvs before: ${differences(JSON.parse(before), JSON.parse(now)).join('\n')}\nvs after: ${differences(JSON.parse(after), JSON.parse(now)).join('\n')}`);
}

/** A fault that fails the `k`-th operation of sync `index`, and what `also` fails. */
function failing(fake: FakeExcel, index: number, k: number, also?: (op: OperationInfo) => boolean): (op: OperationInfo) => boolean {
  let n = 0;
  return (op) => (fake.syncs.length === index && ++n === k) || (also?.(op) ?? false);
}

interface Reference {
  readonly before: string;
  readonly after: string;
  /** Operations in each sync of the write, in order. */
  readonly operations: readonly number[];
}

async function reference(scene: () => Promise<Scene>): Promise<Reference> {
  const { fake, changes } = await scene();
  const before = contents(fake);
  const base = fake.syncs.length;
  await workbookOf(fake).apply(changes);
  return { before, after: contents(fake), operations: fake.syncs.slice(base).map((s) => s.operations) };
}

describe.each([
  ['replacing, removing and adding sheets and the store', replacing],
  ['a first write', first],
  ['saving the store alone', storeOnly],
])('a write (%s) cut short at any sync, in any way, ends as before it or as after it', (_, scene) => {
  let ref: Reference;
  beforeAll(async () => {
    ref = await reference(scene);
  });

  it('has a write of several syncs to cut short', () => {
    expect(ref.operations.length).toBeGreaterThanOrEqual(3);
    expect(ref.before).not.toBe(ref.after);
  });

  /** The faults tried at sync `s` (1-based, within the write), with those of the sync's operations that fail. */
  function faultsAt(fake: FakeExcel, base: number, s: number): [string, Faults][] {
    const ops = ref.operations[s - 1];
    const at = [...new Set([1, Math.ceil(ops / 2), ops])];
    return [
      ['fails', { failSync: base + s }],
      ['runs, its answer lost', { loseSync: base + s }],
      ...at.map((k): [string, Faults] => [`fails at operation ${k} of ${ops}`, { failOperation: failing(fake, base + s, k) }]),
    ];
  }

  it('undone at once when Excel answers again: the write reports what it left', async () => {
    for (let s = 1; s <= ref.operations.length; s++) {
      for (let f = 0; ; f++) {
        const { fake, changes } = await scene();
        const base = fake.syncs.length;
        const cases = faultsAt(fake, base, s);
        if (f >= cases.length) break;
        const [what, faults] = cases[f];
        const ids = plannerIds(fake);
        fake.faults = faults;
        const error = await workbookOf(fake).apply(changes).then(() => null, (e: unknown) => e);
        fake.faults = {};
        const state = expectOneOf(contents(fake), ref.before, ref.after, `sync ${s} ${what}`);
        // Resolved: the write is complete; rejected with the fault's own error: nothing of it is left.
        expect([`sync ${s} ${what}`, state]).toEqual([`sync ${s} ${what}`, error === null ? 'after' : 'before']);
        expect(error).not.toBeInstanceOf(InterruptedWriteError);
        expect(await workbookOf(fake).recoverInterruptedWrite()).toEqual([]);
        expect(plannerIds(fake)).toEqual(ids);
      }
    }
  });

  it('with the connection lost from then on, repaired when the pane starts again', async () => {
    const found = new Set<string>();
    for (let s = 1; s <= ref.operations.length; s++) {
      for (let f = 0; ; f++) {
        const { fake, changes, sheets } = await scene();
        const base = fake.syncs.length;
        const cases = faultsAt(fake, base, s);
        if (f >= cases.length) break;
        const [what, faults] = cases[f];
        const ids = plannerIds(fake);
        // The undo cannot run either: every sync after the fault fails.
        fake.faults = { ...faults, offlineFrom: base + s + 1 };
        const error = await workbookOf(fake).apply(changes).then(() => null, (e: unknown) => e);
        expect(error).not.toBeNull();
        fake.faults = {};
        const recovered = await workbookOf(fake).recoverInterruptedWrite();
        const state = expectOneOf(contents(fake), ref.before, ref.after, `sync ${s} ${what}, then offline`);
        if (recovered.length > 0) {
          const expected: RecoveredWrite = { outcome: state === 'after' ? 'completed' : 'restored', sheets };
          expect([`sync ${s} ${what}`, recovered]).toEqual([`sync ${s} ${what}`, [expected]]);
        }
        found.add(`${recovered[0]?.outcome ?? 'nothing to repair'}, ${state}`);
        // Again: nothing left to do, nothing changed.
        const repaired = contents(fake);
        expect(await workbookOf(fake).recoverInterruptedWrite()).toEqual([]);
        expect(contents(fake)).toBe(repaired);
        expect(plannerIds(fake)).toEqual(ids);
      }
    }
    // Every way of ending was met: restored, completed (not for a first write, whose commit ends it),
    // nothing to repair before anything was written, and after a commit whose answer was lost.
    const ends = ['restored, before', 'nothing to repair, before', 'nothing to repair, after'];
    if (scene !== first) ends.push('completed, after');
    expect([...found].sort()).toEqual(ends.sort());
  });

  it('with the undo itself cut short at any of its operations, then repaired when the pane starts again', async () => {
    for (let s = 1; s <= ref.operations.length; s++) {
      for (let m = 1; ; m++) {
        const { fake, changes } = await scene();
        const base = fake.syncs.length;
        const ids = plannerIds(fake);
        // Sync s fails; the undo reads the workbook (s + 1), and its repair (s + 2) fails at operation m.
        let fired = false;
        const repair = failing(fake, base + s + 2, m);
        fake.faults = { failSync: base + s, failOperation: (op) => (fired ||= repair(op)) };
        const error = await workbookOf(fake).apply(changes).then(() => null, (e: unknown) => e);
        fake.faults = {};
        if (!fired) {
          // The undo had fewer operations (or none to make): it is whole.
          expectOneOf(contents(fake), ref.before, ref.after, `sync ${s}, undo whole`);
          break;
        }
        expect(error).toBeInstanceOf(InterruptedWriteError);
        // A write now is refused until the workbook is repaired.
        await expect(workbookOf(fake).apply(changes)).rejects.toBeInstanceOf(InterruptedWriteError);
        // The repair at start is itself cut short, at each of its operations in turn, then runs whole.
        for (let r = 1; ; r++) {
          let hit = false;
          const startRepair = failing(fake, fake.syncs.length + 3, r);
          fake.faults = { failOperation: (op) => (hit ||= startRepair(op)) };
          const attempt = await workbookOf(fake).recoverInterruptedWrite().then(() => null, (e: unknown) => e);
          fake.faults = {};
          if (!hit) {
            expect(attempt).toBeNull();
            break;
          }
          expect(attempt).not.toBeNull();
          if (r > 40) throw new Error('the repair never ends');
        }
        expectOneOf(contents(fake), ref.before, ref.after, `sync ${s}, undo cut at ${m}`);
        expect(await workbookOf(fake).recoverInterruptedWrite()).toEqual([]);
        expect(plannerIds(fake)).toEqual(ids);
        if (m > 60) throw new Error('the undo never ends');
      }
    }
  });
});

describe('the journal of a write', () => {
  it('is a hidden sheet that the first batch adds first, marked committed last in the commit, and deleted last', async () => {
    const { fake, changes } = await replacing();
    const seen: { sync: number; op: OperationInfo }[] = [];
    fake.faults = { failOperation: (op) => (seen.push({ sync: fake.syncs.length, op }), false) };
    const base = fake.syncs.length;
    await workbookOf(fake).apply(changes);
    const writes = seen.filter((x) => x.op.action !== 'load');
    const firstWrite = writes[0];
    expect([firstWrite.op.action, firstWrite.op.args]).toEqual(['add', ['_sp1.j']]);
    const syncs = [...new Set(seen.map((x) => x.sync))];
    const commit = seen.filter((x) => x.sync === syncs[syncs.length - 2] && x.op.action !== 'load');
    expect(commit[commit.length - 1].op).toMatchObject({ action: 'set name', args: ['_sp1.c'] });
    const cleanup = seen.filter((x) => x.sync === syncs[syncs.length - 1]);
    expect(cleanup[cleanup.length - 1].op).toMatchObject({ action: 'delete', sheet: '_sp1.c' });
    expect(fake.syncs.length - base).toBe(syncs.length);
    expect(fake.sheetNames().filter((n) => n.startsWith('_sp'))).toEqual([]);
  });

  it.each([['the same ids', false], ['new ids (the workbook closed and opened again)', true]])(
    'is read from the workbook at start, the new sheets under their final names, with %s',
    async (_, reopened) => {
      const { fake, changes, sheets } = await replacing();
      const ref = await reference(replacing);
      const base = fake.syncs.length;
      // The commit runs all but its last operation (the mark): renamed, not committed.
      let n = 0;
      const commitOps = ref.operations[ref.operations.length - 2];
      fake.faults = { failOperation: () => fake.syncs.length === base + ref.operations.length - 1 && ++n === commitOps, offlineFrom: base + ref.operations.length };
      await expect(workbookOf(fake).apply(changes)).rejects.toBeInstanceOf(InterruptedWriteError);
      fake.faults = {};
      expect(fake.sheetNames()).toEqual(expect.arrayContaining(['KB Tóm tắt', 'KB2 Tóm tắt', '_sp1.j', '_sp1.o0']));
      if (reopened) for (const sheet of fake.sheets) (sheet as { id: string }).id = fake.newId('reopened');
      expect(await workbookOf(fake).recoverInterruptedWrite()).toEqual([{ outcome: 'restored', sheets }]);
      expect(contents(fake)).toBe(ref.before);
    },
  );

  it('waits, with the workbook as the failure left it, while the structure is protected', async () => {
    const { fake, changes } = await replacing();
    const ref = await reference(replacing);
    fake.faults = { failSync: fake.syncs.length + 4, offlineFrom: fake.syncs.length + 5 };
    await expect(workbookOf(fake).apply(changes)).rejects.toBeInstanceOf(InterruptedWriteError);
    fake.faults = {};
    fake.structureProtected = true;
    const left = contents(fake);
    await expect(workbookOf(fake).recoverInterruptedWrite()).rejects.toEqual(new WorkbookProtectedError(null));
    expect(contents(fake)).toBe(left);
    fake.structureProtected = false;
    expect((await workbookOf(fake).recoverInterruptedWrite()).map((r) => r.outcome)).toEqual(['restored']);
    expect(contents(fake)).toBe(ref.before);
  });

  it('costs one sync at start when there is nothing to repair', async () => {
    const { fake } = await replacing();
    const base = fake.syncs.length;
    expect(await workbookOf(fake).recoverInterruptedWrite()).toEqual([]);
    expect(fake.syncs.length - base).toBe(1);
  });
});

describe('protection, found before anything is written', () => {
  async function refused(scene: Scene, expected: WorkbookProtectedError): Promise<void> {
    const { fake, changes } = scene;
    const before = contents(fake);
    const base = fake.syncs.length;
    await expect(workbookOf(fake).apply(changes)).rejects.toEqual(expected);
    await expect(workbookOf(fake).apply(changes)).rejects.toBeInstanceOf(WorkbookProtectedError);
    expect(fake.syncs.slice(base).every((s) => s.writes === 0)).toBe(true);
    expect(contents(fake)).toBe(before);
  }

  it("refuses a write while the workbook's structure is protected", async () => {
    const scene = await replacing();
    scene.fake.structureProtected = true;
    await refused(scene, new WorkbookProtectedError(null));
  });

  it('refuses a write that would replace a protected sheet of ours, remove one, or replace the protected store', async () => {
    for (const sheet of ['KB Tóm tắt', 'Cũ', STORE_SHEET_NAME]) {
      const scene = await replacing();
      scene.fake.sheetNamed(sheet).protected = true;
      await refused(scene, new WorkbookProtectedError(sheet));
    }
  });

  it("writes when a sheet of the planner's that it does not touch is protected", async () => {
    const { fake, changes } = await replacing();
    fake.sheetNamed('Ghi chú').protected = true;
    await workbookOf(fake).apply(changes);
    expect(fake.sheetNamed('Ghi chú').protected).toBe(true);
    expect(storeText(await workbookOf(fake).readStore())).toBe(STORE_2);
  });

  it('reads protection through the API in the same sync as the sheets', async () => {
    const { fake, changes } = await first();
    fake.sheetNamed('Đơn vị').protected = true;
    const base = fake.syncs.length;
    await workbookOf(fake).apply(changes);
    // The workbook, then batches, then the commit: no sync added for protection (and no store yet).
    expect(fake.syncs.slice(base).filter((s) => !s.suspendedCalculation)).toHaveLength(2);
  });
});

describe('a sheet of the planner\'s named like the store', () => {
  async function withForeign(a1: string | null): Promise<FakeExcel> {
    const fake = new FakeExcel();
    plannerSheets(fake);
    fake.addSheet('_Staffing_Planner');
    if (a1 !== null) fake.setCells('_Staffing_Planner', 1, 1, [[a1], ['thêm']]);
    return fake;
  }

  it.each([['my notes', 'ghi chú của tôi'], ['empty', null], ['JSON of another tool', '{"format":"other"}']])(
    'is never replaced by a store (%s): refused before anything is written',
    async (_, a1) => {
      const fake = await withForeign(a1);
      const before = contents(fake);
      const base = fake.syncs.length;
      const error = await workbookOf(fake).apply({ remove: [], write: [result('KB Tóm tắt', 'SP_KB_Summary', 1)], store: STORE_1 }).catch((e: unknown) => e);
      expect(error).toEqual(new ForeignSheetError('_Staffing_Planner', 'store'));
      expect(error).toMatchObject({ sheet: '_Staffing_Planner', role: 'store' });
      // The workbook, then the sheet's first cell; nothing written.
      expect(fake.syncs.slice(base).map((s) => s.writes)).toEqual([0, 0]);
      expect(contents(fake)).toBe(before);
    },
  );

  it('is left exactly as it is by a write that keeps the store', async () => {
    const fake = await withForeign('ghi chú của tôi');
    const sheet = fake.sheetNamed('_Staffing_Planner');
    const cells = JSON.stringify([...sheet.cells]);
    await workbookOf(fake).apply({ remove: [], write: [result('KB Tóm tắt', 'SP_KB_Summary', 1)], store: null });
    expect(fake.sheetNames()).toEqual(['Ghi chú', 'Đơn vị', '_Staffing_Planner', 'KB Tóm tắt']);
    expect([fake.sheetNamed('_Staffing_Planner') === sheet, sheet.visibility, JSON.stringify([...sheet.cells])]).toEqual([true, 'Visible', cells]);
  });

  it('a damaged store of ours is replaced when a store is written', async () => {
    const fake = new FakeExcel();
    plannerSheets(fake);
    fake.addSheetFrom(storeSheet('{"format":"staffing-planner/scenarios", "scenarios": [oops'));
    await workbookOf(fake).apply({ remove: [], write: [], store: STORE_2 });
    expect(storeText(await workbookOf(fake).readStore())).toBe(STORE_2);
  });
});

describe('reads that Excel would answer with more than 5 MB', () => {
  const LONG = 'Ghi chú rất dài về quá trình công tác của cán bộ. '.repeat(400);

  it('the fake refuses an answer over 5 MB, after running what was asked', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Dài');
    fake.setCells('Dài', 1, 1, Array.from({ length: 300 }, () => [LONG]));
    await expect(fake.run(async (context) => {
      context.workbook.worksheets.getItem('Dài').getRangeByIndexes(0, 0, 300, 1).load('values');
      await context.sync();
    })).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.syncs[0].responseBytes).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it('are read again in fewer rows: long texts after short rows', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Dài');
    const rows = Array.from({ length: 900 }, (_, i) => [`CB${i}`, i, i < 400 ? 'ngắn' : `${i} ${LONG}`]);
    fake.setCells('Dài', 1, 1, rows);
    const cells = await workbookOf(fake, 150_000).readRange('Dài', 1, 1, rows.length, 3);
    expect(cells).toEqual(rows);
    const refused = fake.syncs.filter((s) => s.failed !== null);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((s) => s.failed === 'RequestPayloadSizeLimitExceeded')).toBe(true);
    expect(fake.syncs.filter((s) => s.failed === null).every((s) => s.responseBytes <= PAYLOAD_LIMIT)).toBe(true);
  });

  it('a single row too large is read in halves of its columns', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Rộng');
    const line = Array.from({ length: 400 }, (_, j) => `${j} ${'x'.repeat(30_000)}`);
    fake.setCells('Rộng', 1, 1, [line]);
    expect(await workbookOf(fake).readRange('Rộng', 1, 1, 1, line.length)).toEqual([line]);
    expect(fake.syncs[0].failed).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.syncs.filter((s) => s.failed === null).length).toBeGreaterThanOrEqual(3);
  });

  it('readInput reads a people table whose later rows hold long notes, as the .xlsx reader does', async () => {
    const province = generateProvince({ startMonth: '2026-01', people: 800 });
    const note = province.people.header.indexOf('Ghi chú');
    expect(note).toBeGreaterThan(0);
    // The first chunks measure short rows; the next one holds some 250 notes of 26 kB.
    const long = (i: number) => i >= 250 && i < 520;
    const people = { ...province.people, rows: province.people.rows.map((r, i) => (long(i) ? r.map((v, j) => (j === note ? `${i} ${LONG}` : v)) : r)) };
    const { write } = sampleWorkbookChanges({ ...province, people }, '2026-01');
    const fake = new FakeExcel();
    for (const sheet of write) fake.addSheetFrom(sheet);
    const book = new ExcelJS.Workbook();
    await new XlsxWorkbookWriter(book).apply({ remove: [], write, store: null });

    const viaExcel = await readInput(workbookOf(fake, 100_000), null, '2026-01-15');
    const viaXlsx = await readInput(new XlsxWorkbookReader(book), null, '2026-01-15');
    expect(viaExcel.staffing?.people).toHaveLength(province.people.rows.length);
    // (Compared as a boolean: jest would print 20,000 characters.)
    expect(viaExcel.staffing?.people[300].extra['Ghi chú'] === `300 ${LONG}`.trim()).toBe(true);
    expect(viaExcel.staffing).toEqual(viaXlsx.staffing);
    expect(viaExcel.fingerprint).toBe(viaXlsx.fingerprint);
    expect(fake.syncs.some((s) => s.failed === 'RequestPayloadSizeLimitExceeded')).toBe(true);
    expect(fake.syncs.filter((s) => s.failed === null).every((s) => s.responseBytes <= PAYLOAD_LIMIT)).toBe(true);
  });
});

describe('a row of a sheet larger than a batch', () => {
  it('is written in pieces of its columns, each batch within the chunk size', async () => {
    const chunkBytes = 8_000;
    const width = 60;
    const header = Array.from({ length: width }, (_, j) => `Cột ${j + 1}`);
    const rows = Array.from({ length: 3 }, (_, i) => Array.from({ length: width }, (_, j) => (j % 7 === 0 ? i * j : `${i}.${j} ${'Hà Tĩnh, '.repeat(30)}`)));
    const wide: SheetDescription = {
      name: 'Rộng',
      blocks: [{ row: 1, col: 1, values: [header, ...rows], style: 'header' }],
      tables: [{ name: 'SP_Wide', row: 1, col: 1, rows: 4, columns: width }],
      columnWidths: [],
    };
    const fake = new FakeExcel();
    fake.addSheet('Sheet1');
    const workbook = workbookOf(fake, chunkBytes);
    await workbook.apply({ remove: [], write: [wide], store: STORE_1 });
    const batches = fake.syncs.filter((s) => s.suspendedCalculation);
    expect(batches.length).toBeGreaterThan(4);
    expect(Math.max(...batches.map((s) => s.requestBytes))).toBeLessThanOrEqual(chunkBytes);
    expect(await workbook.readRange('Rộng', 1, 1, 4, width)).toEqual([header, ...rows]);
    expect(fake.numberFormatAt('Rộng', 2, 2)).toBe('@');
    expect(fake.tables.map((t) => [t.name, t.rows, t.columns])).toEqual([['SP_Wide', 4, width]]);
  });
});

describe('the fake models protection as Excel does', () => {
  const attempt = (fake: FakeExcel, f: (context: Excel.RequestContext) => void) => fake.run(async (context) => {
    f(context);
    await context.sync();
  });

  it('refuses to add, delete, rename, move, hide or show sheets while the structure is protected', async () => {
    const fake = new FakeExcel();
    plannerSheets(fake);
    fake.addSheet('Ẩn', 'Hidden');
    await attempt(fake, (c) => c.workbook.protection.protect());
    const sheets = (c: Excel.RequestContext) => c.workbook.worksheets;
    for (const f of [
      (c: Excel.RequestContext) => sheets(c).add('Mới'),
      (c: Excel.RequestContext) => sheets(c).getItem('Ghi chú').delete(),
      (c: Excel.RequestContext) => { sheets(c).getItem('Ghi chú').name = 'Khác'; },
      (c: Excel.RequestContext) => { sheets(c).getItem('Ghi chú').position = 1; },
      (c: Excel.RequestContext) => { sheets(c).getItem('Ghi chú').visibility = 'Hidden'; },
      (c: Excel.RequestContext) => { sheets(c).getItem('Ẩn').visibility = 'Visible'; },
    ]) {
      await expect(attempt(fake, f)).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    // Cells can still be written: the structure is not the sheets' contents.
    await attempt(fake, (c) => { sheets(c).getItem('Ghi chú').getRangeByIndexes(5, 0, 1, 1).values = [['x']]; });
    await expect(fake.run(async (c) => {
      const p = c.workbook.protection.load('protected');
      await c.sync();
      return p.protected;
    })).resolves.toBe(true);
    await attempt(fake, (c) => c.workbook.protection.unprotect());
    await attempt(fake, (c) => sheets(c).add('Mới'));
    expect(fake.sheetNames()).toContain('Mới');
  });

  it('refuses writes into a protected sheet, not renaming, hiding or deleting it; a password guards unprotect', async () => {
    const fake = new FakeExcel();
    plannerSheets(fake);
    await attempt(fake, (c) => c.workbook.worksheets.getItem('Đơn vị').protection.protect({}, 'mật khẩu'));
    const sheet = (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Đơn vị');
    for (const f of [
      (c: Excel.RequestContext) => { sheet(c).getRangeByIndexes(0, 0, 1, 1).values = [['x']]; },
      (c: Excel.RequestContext) => { sheet(c).getRangeByIndexes(0, 0, 1, 1).numberFormat = [['@']]; },
      (c: Excel.RequestContext) => { sheet(c).getRangeByIndexes(0, 0, 1, 1).format.font.bold = true; },
      (c: Excel.RequestContext) => { sheet(c).tables.getItem('DonVi').name = 'Khac'; },
      (c: Excel.RequestContext) => { sheet(c).tables.add(sheet(c).getRangeByIndexes(10, 0, 2, 1), true); },
    ]) {
      await expect(attempt(fake, f)).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    expect(fake.valueAt('Đơn vị', 1, 1)).toBe('Mã đơn vị');
    const loaded = await fake.run(async (c) => {
      const sheets = c.workbook.worksheets.load('items/name,items/protection/protected');
      await c.sync();
      return sheets.items.map((ws) => [ws.name, ws.protection.protected]);
    });
    expect(loaded).toEqual([['Ghi chú', false], ['Đơn vị', true]]);
    await expect(attempt(fake, (c) => sheet(c).protection.unprotect('sai'))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await attempt(fake, (c) => { sheet(c).name = 'Đơn vị (cũ)'; });
    await attempt(fake, (c) => c.workbook.worksheets.getItem('Đơn vị (cũ)').protection.unprotect('mật khẩu'));
    await attempt(fake, (c) => { c.workbook.worksheets.getItem('Đơn vị (cũ)').getRangeByIndexes(0, 0, 1, 1).values = [['x']]; });
    expect(fake.valueAt('Đơn vị (cũ)', 1, 1)).toBe('x');
  });

  it('loses the connection from a sync on: it and every later one fail before running', async () => {
    const fake = new FakeExcel({ faults: { offlineFrom: 2 } });
    fake.addSheet('Sheet1');
    await attempt(fake, (c) => { c.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1).values = [['a']]; });
    for (let i = 0; i < 2; i++) {
      await expect(attempt(fake, (c) => { c.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1).values = [['b']]; }))
        .rejects.toMatchObject({ code: 'GeneralException' });
    }
    expect(fake.valueAt('Sheet1', 1, 1)).toBe('a');
  });
});

describe("a sheet of the planner's named like a journal", () => {
  it('is neither taken for one nor touched: writes go on, and nothing is repaired', async () => {
    const { fake, changes } = await replacing();
    fake.addSheet('_sp1.j');
    fake.setCells('_sp1.j', 1, 1, [['việc cần làm']]);
    const sheet = fake.sheetNamed('_sp1.j');
    expect(await workbookOf(fake).recoverInterruptedWrite()).toEqual([]);
    await workbookOf(fake).apply(changes);
    expect(await workbookOf(fake).recoverInterruptedWrite()).toEqual([]);
    expect([fake.findSheet('_sp1.j') === sheet, fake.valueAt('_sp1.j', 1, 1)]).toEqual([true, 'việc cần làm']);
    expect(storeText(await workbookOf(fake).readStore())).toBe(STORE_2);
  });
});
