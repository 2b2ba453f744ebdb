import type { FormatProblemParams } from '../../src/format/problems';
import { formatMessages as en } from '../../src/i18n/en/format';
import { formatMessages as vi } from '../../src/i18n/vi/format';

/** One set of parameters per problem code: the compiler checks that none is missing. */
const AT = '$.scenarios[2].operations[1].to';
const SAMPLES: { readonly [C in keyof FormatProblemParams]: FormatProblemParams[C] } = {
  invalidJson: { line: 4, column: 3, detail: "Expected ',' or '}' after property value" },
  tooDeep: { line: 1, column: 190, max: 64 },
  wrongFormat: { found: 'staffing-planner/result', expected: 'staffing-planner/scenarios' },
  newerVersion: { found: 2, supported: 1 },
  unknownField: { at: AT, field: 'titel', suggestion: 'title' },
  missingField: { at: AT, field: 'unit' },
  wrongType: { at: AT, expected: ['integer', 'null'], found: 'string', value: '60' },
  outOfRange: { at: AT, value: 300, min: 1, max: 240 },
  badMonth: { at: AT, value: '2026-13' },
  badCode: { at: AT, value: 'LC 36' },
  badDateTime: { at: AT, value: '15/01/2026' },
  badValue: { at: AT, value: 'fired', allowed: ['vacancy', 'deputy', 'surplus'] },
  unknownOperationType: { at: AT, value: 'split', allowed: ['merge', 'rotation'] },
  empty: { at: AT },
  tooLong: { at: AT, max: 200 },
  duplicateItem: { at: `${AT}[1]`, value: 'X01', first: `${AT}[0]` },
  selectorForm: { at: AT, found: 'both' },
  limitNeedsWhere: { at: AT, field: 'limit' },
  requiresField: { at: AT, field: 'limitPer', requires: 'limit' },
  postMatchEmpty: { at: AT },
  filterValue: { at: AT, op: 'eq', expected: 'single' },
  numberComparedWithText: { at: `${AT}.where[0].value`, field: 'age', op: 'gt', value: 'năm mươi' },
  duplicateCode: { at: '$.scenarios[1].code', code: 'a1', first: '$.scenarios[0].code' },
  duplicateName: { at: '$.scenarios[1].name', name: 'Luân chuyển', first: '$.scenarios[0].name' },
  monthOutOfRange: { at: AT, value: '1899-12', min: '1900-01', max: '2199-12' },
  retirementTableOrder: { at: AT, year: 2021, previous: 2025 },
  duplicateRun: { at: '$.runs[1]', code: 'A1', first: '$.runs[0]' },
  forbiddenCharacter: { at: AT, key: false, characters: ['U+0007', 'U+001B'], more: false },
  invalid: { at: AT, detail: 'must match format' },
};

const codes = Object.keys(SAMPLES) as (keyof FormatProblemParams)[];
const render = (messages: typeof en, code: keyof FormatProblemParams): string =>
  (messages[code] as (p: unknown) => string)(SAMPLES[code]);

describe('format problem messages', () => {
  it.each(codes)('%s: both languages say it, naming the place, with nothing left unfilled', (code) => {
    for (const messages of [en, vi]) {
      const text = render(messages, code);
      expect(text).not.toMatch(/undefined|\[object|\$\{/);
      const params = SAMPLES[code] as { at?: string };
      if (params.at) expect(text).toContain(params.at);
      expect(text).toMatch(/[.)]$/);
    }
    expect(render(vi, code)).not.toBe(render(en, code));
  });

  it('writes Vietnamese with its diacritics, in NFC', () => {
    for (const code of codes) {
      const text = render(vi, code);
      expect(text).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
      expect(text).toBe(text.normalize('NFC'));
    }
  });

  it('gives the alternatives and the suggestion where it has them', () => {
    expect(render(en, 'unknownField')).toContain("did you mean 'title'?");
    expect(render(vi, 'unknownField')).toContain("có phải là 'title'?");
    expect(render(en, 'badValue')).toContain('"vacancy", "deputy", "surplus"');
    expect(render(en, 'wrongType')).toContain('expected a whole number or null, found a text (60)');
    expect(render(vi, 'wrongType')).toContain('cần số nguyên hoặc null, nhưng gặp văn bản (60)');
    expect(render(vi, 'outOfRange')).toBe(`Giá trị 300 tại ${AT} nằm ngoài giới hạn: cho phép từ 1 đến 240.`);
  });
});
