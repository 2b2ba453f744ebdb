import { sampleWorkbookChanges } from '../../src/app/sampleWorkbook';
import { generateProvince } from '../../src/sample/province';
import { storeSheet } from '../../src/sheets/store';
import { localDay } from '../../src/taskpane/session';
import { FakeExcel } from '../workbook/fakeExcel';

/**
 * Excel as the add-in meets it, in a browser page: office.js replaced by a stub whose `Excel.run` is
 * the in-memory fake of the Excel API, holding the sample workbook. The add-in's own entry
 * (src/taskpane/index.tsx) then starts exactly as in Excel, through the office-js adapter.
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
    officeTheme: { bodyBackgroundColor: params.get('background') ?? '#ffffff' },
    requirements: { isSetSupported: fake.supports },
  },
  onReady: (callback: (info: { host: string }) => void) => {
    callback({ host: 'Excel' });
    return Promise.resolve({ host: 'Excel' });
  },
};
Object.assign(window, { Office: office, Excel: { run: fake.run }, harness: { fake, month } });
performance.mark('office-ready');
void import('../../src/taskpane/index');
