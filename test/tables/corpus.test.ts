import { storeText } from '../../src/workbook/workbook';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { loadStaffing } from '../../src/tables/staffing';
import { problemMessage } from '../../src/tables/problems';
import { XlsxWorkbookReader } from '../../src/workbook/xlsxRead';
import { CORPUS, CORPUS_AS_OF } from './corpus/cases';
import { writeCorpus } from './corpus/write';
import { where } from './fixtures';

describe('the corpus of planners\' workbooks, written to .xlsx and read back', () => {
  let dir: string;
  let files: Map<string, string>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'staffing-corpus-'));
    files = await writeCorpus(dir);
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('holds at least 30 workbooks with distinct names', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
  });

  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', async (name, corpusCase) => {
    const reader = await XlsxWorkbookReader.fromFile(files.get(name) ?? '');
    const load = await loadStaffing(reader, {}, { asOf: CORPUS_AS_OF });
    expect(where(load.problems)).toEqual(corpusCase.expected);
    // Errors block the run; warnings do not.
    expect(load.staffing === null).toBe(load.problems.some((p) => p.severity === 'error'));
    for (const problem of load.problems) {
      expect(problemMessage(problem, 'vi')).not.toMatch(/[{}]/);
      expect(problemMessage(problem, 'en')).not.toMatch(/[{}]/);
    }
    corpusCase.check?.(load);
    expect(storeText(await reader.readStore())).toBe(corpusCase.store ?? null);
  });
});
