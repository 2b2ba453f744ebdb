import { storeText } from '../../src/workbook/workbook';
import ExcelJS from 'exceljs';
import { sampleWorkbookChanges } from '../../src/app/sampleWorkbook';
import { MemoryWorkbook } from '../../src/demo/memoryWorkbook';
import { generateProvince, type SampleProvince } from '../../src/sample/province';
import { XlsxWorkbookWriter } from '../../src/workbook/xlsxWrite';

/** The sample workbook shared by the planner and task-pane tests: a small province (800 people). */

export const START_MONTH = '2026-01';
/** The host's today, that birth dates are checked against. */
export const TODAY = '2026-01-15';

let province: SampleProvince | null = null;

/** Generated once per test file (module registries are per file in jest). */
export function sampleProvince(): SampleProvince {
  province ??= generateProvince({ startMonth: START_MONTH, people: 800 });
  return province;
}

/** A fresh workbook holding the sample's two tables and its scenario store, as a planner receives it. */
export async function sampleWorkbook(): Promise<MemoryWorkbook> {
  const wb = new ExcelJS.Workbook();
  await new XlsxWorkbookWriter(wb).apply(sampleWorkbookChanges(sampleProvince(), START_MONTH));
  return memoryWorkbook(wb);
}

/** A workbook made with ExcelJS, saved and opened in the demo's workbook. */
export async function memoryWorkbook(wb: ExcelJS.Workbook): Promise<MemoryWorkbook> {
  return MemoryWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** Everything a test compares to tell that a workbook was left as it was. */
export async function snapshot(workbook: MemoryWorkbook): Promise<{ sheets: string[]; store: string | null; tables: [string, string][]; cell: unknown }> {
  return {
    sheets: await workbook.sheetNames(),
    store: storeText(await workbook.readStore()),
    tables: [...(await workbook.tableSheets()).entries()].sort(),
    cell: (await workbook.readRange('Đơn vị', 2, 1, 1, 2))[0],
  };
}
