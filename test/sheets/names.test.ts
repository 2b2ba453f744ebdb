import {
  comparisonSheetName,
  isValidSheetName,
  isValidTableName,
  MAX_SHEET_NAME_LENGTH,
  SECOND_TABLE_SUFFIX,
  sheetName,
  tableName,
  type ScenarioSheetKind,
} from '../../src/sheets/names';

const KINDS: ScenarioSheetKind[] = ['summary', 'people', 'timeline', 'issues'];

describe('sheetName', () => {
  it('starts with the scenario code and names the kind in the workbook language', () => {
    expect(KINDS.map((k) => sheetName('KB1', k, 'vi'))).toEqual(['KB1 Tóm tắt', 'KB1 Cán bộ', 'KB1 Diễn biến', 'KB1 Vấn đề']);
    expect(KINDS.map((k) => sheetName('KB1', k, 'en'))).toEqual(['KB1 Summary', 'KB1 People', 'KB1 Timeline', 'KB1 Issues']);
    expect(comparisonSheetName('vi')).toBe('So sánh');
    expect(comparisonSheetName('en')).toBe('Comparison');
  });

  it('stays within 31 characters and drops characters Excel forbids', () => {
    const name = sheetName("'A[1]:B*C?D/E\\F-very-long-code-indeed", 'timeline', 'vi');
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
    expect(name.startsWith("'")).toBe(false);
    expect(name.endsWith(' Diễn biến')).toBe(true);
    expect(isValidSheetName(name)).toBe(true);
  });

  it('fits every kind for a 12-character code, the longest a scenario code may be', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const kind of KINDS) expect(sheetName('ABCDEFGHIJKL', kind, lang)).toMatch(/^ABCDEFGHIJKL /);
    }
  });
});

describe('isValidSheetName', () => {
  it.each([[''], ['a'.repeat(32)], ['a/b'], ["'quoted'"], ['History']])('rejects %j', (name) => {
    expect(isValidSheetName(name)).toBe(false);
  });
});

describe('tableName', () => {
  it('derives a valid Excel name from the code and the kind', () => {
    expect(tableName('KB1', 'summary')).toBe('SP_KB1_Summary');
    for (const code of ['1st', 'A-1', 'A_1', 'Đợt 2', 'x']) {
      for (const kind of KINDS) {
        expect(isValidTableName(tableName(code, kind))).toBe(true);
        expect(isValidTableName(tableName(code, kind) + SECOND_TABLE_SUFFIX.kpi)).toBe(true);
      }
    }
  });

  it('gives distinct names to codes that a plain replacement would merge', () => {
    const codes = ['A-1', 'A_1', 'A 1', 'A__1', 'A1', 'A_2D_1'];
    const names = codes.map((c) => tableName(c, 'people'));
    expect(new Set(names).size).toBe(codes.length);
  });
});

describe('isValidTableName', () => {
  it.each([['A1'], ['R1C1'], ['C'], ['1abc'], ['a b'], ['x'.repeat(256)]])('rejects %j', (name) => {
    expect(isValidTableName(name)).toBe(false);
  });
  it.each([['SP_KB1_Summary'], ['_x'], ['Table1.a']])('accepts %j', (name) => {
    expect(isValidTableName(name)).toBe(true);
  });
});
