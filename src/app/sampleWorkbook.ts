import type { ScenarioDocument } from '../format/scenarioDocument';
import { CURRENT_VERSION, SCENARIO_FORMAT, serializeScenarioDocument } from '../format/scenarioDocument';
import type { SheetChanges } from '../workbook/workbook';
import { PackageWorkbookReader } from '../workbook/packageRead';
import { emptyWorkbookPackage, PackageWorkbookWriter } from '../workbook/packageWrite';
import type { Codec } from '../workbook/zip';
import type { SheetDescription } from '../sheets/layout';
import type { SampleProvince, SampleTable } from '../sample/province';

/** The sample's two input tables as sheets, as a planner would keep them: real Excel tables. */
function tableSheet(t: SampleTable): SheetDescription {
  const widths = t.header.map((h, c) => {
    const longest = t.rows.slice(0, 200).reduce((w, row) => Math.max(w, String(row[c] ?? '').length), h.length);
    return Math.min(40, Math.max(8, longest + 2));
  });
  return {
    name: t.sheet,
    blocks: [{ row: 1, col: 1, values: [t.header, ...t.rows], style: undefined }],
    tables: [{ name: t.tableName, row: 1, col: 1, rows: t.rows.length + 1, columns: t.header.length }],
    columnWidths: widths,
    freeze: { rows: 1, columns: 0 },
  };
}

export function sampleSheets(province: SampleProvince): SheetDescription[] {
  return [tableSheet(province.units), tableSheet(province.people)];
}

/**
 * The sample workbook as a planner would receive it: the two tables, and the example scenarios in the
 * store, each carrying the start month so it simulates the same whenever the file is opened.
 */
export function sampleWorkbookChanges(province: SampleProvince, startMonth: string): SheetChanges & { readonly store: string } {
  const scenarios = province.scenarios.map((s) => ({ ...s, settings: { ...s.settings, startMonth } }));
  const document: ScenarioDocument = { format: SCENARIO_FORMAT, version: CURRENT_VERSION, scenarios };
  return { remove: [], write: sampleSheets(province), store: serializeScenarioDocument(document) };
}

/** The sample workbook as an .xlsx file, written as the command line writes its results. */
export async function sampleWorkbookFile(province: SampleProvince, startMonth: string, codec?: Codec): Promise<Uint8Array> {
  const writer = new PackageWorkbookWriter(PackageWorkbookReader.open(emptyWorkbookPackage(codec)), codec);
  await writer.apply(sampleWorkbookChanges(province, startMonth));
  return writer.bytes;
}
