import { sampleWorkbookChanges } from '../../src/app/sampleWorkbook';
import { generateProvince } from '../../src/sample/province';
import { STORE_SHEET_NAME } from '../../src/sheets/storeName';
import { storeSheet } from '../../src/sheets/store';
import { localDay } from '../../src/taskpane/session';
import { ExcelWorkbook } from '../../src/workbook/excel';
import { FakeExcel } from '../workbook/fakeExcel';

/**
 * Excel as the add-in meets it, in a browser page: office.js replaced by a stub whose `Excel.run` is
 * the in-memory fake of the Excel API, holding the sample workbook. The add-in's own entry
 * (src/taskpane/index.tsx) then starts exactly as in Excel, through the office-js adapter.
 * `?scene=damaged`: the store can no longer be read; `?scene=interrupted`: a write was cut short by a
 * lost connection, its journal and half-written sheets left in the workbook.
 */

const month = localDay(new Date()).slice(0, 7);
const changes = sampleWorkbookChanges(generateProvince({ startMonth: month }), month);
const fake = new FakeExcel();
for (const sheet of changes.write) fake.addSheetFrom(sheet);
fake.addSheetFrom(storeSheet(changes.store));

const params = new URLSearchParams(window.location.search);
const office = {
  HostType: { Excel: 'Excel' },
  context: {
    displayLanguage: params.get('lang') ?? 'vi-VN',
    // isDarkTheme as Office gives it where it can; without it, the background's luminance decides.
    officeTheme: {
      bodyBackgroundColor: params.get('background') ?? '#ffffff',
      ...(params.has('dark') ? { isDarkTheme: params.get('dark') === '1' } : {}),
    },
    requirements: { isSetSupported: fake.supports },
  },
  onReady: (callback: (info: { host: string }) => void) => {
    callback({ host: 'Excel' });
    return Promise.resolve({ host: 'Excel' });
  },
};
Object.assign(window, { Office: office, Excel: { run: fake.run }, harness: { fake, month } });

async function scene(name: string | null): Promise<void> {
  if (name === 'damaged') {
    const store = fake.sheetNamed(STORE_SHEET_NAME);
    store.cells.clear();
    fake.setCells(STORE_SHEET_NAME, 1, 1, [['{"format":"staffing-planner/scenarios","version":1,"scenarios":[{"code":']], ['@']);
  }
  if (name === 'interrupted') {
    // Prepare, the old store's first cell, one batch: the commit fails, and so does everything after.
    const base = fake.syncs.length;
    fake.faults = { failSync: base + 4, offlineFrom: base + 5 };
    const sheet = { name: 'NTH Tóm tắt', blocks: [{ row: 1, col: 1, values: [['Tóm tắt']] }], tables: [], columnWidths: [] };
    await new ExcelWorkbook(fake.run).apply({ remove: [], write: [sheet], store: changes.store }).catch(() => undefined);
    fake.faults = {};
  }
}

void scene(params.get('scene')).then(() => {
  performance.mark('office-ready');
  return import('../../src/taskpane/index');
});
