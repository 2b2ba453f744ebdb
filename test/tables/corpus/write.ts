import ExcelJS from 'exceljs';
import path from 'path';
import { CORPUS } from './cases';

/** Writes every workbook of the corpus into `dir` as <name>.xlsx; returns the files' paths by case name. */
export async function writeCorpus(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const c of CORPUS) {
    const wb = new ExcelJS.Workbook();
    c.build(wb);
    const file = path.join(dir, `${c.name}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.set(c.name, file);
  }
  return files;
}
