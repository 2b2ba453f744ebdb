import type { IssueCode } from '../../src/domain/issues';
import { METRICS } from '../../src/domain/result';
import { OPERATION_TYPES } from '../../src/domain/scenario';
import { reportEn } from '../../src/i18n/en/report';
import { reportVi } from '../../src/i18n/vi/report';
import { dateSerial, monthSerial, monthText } from '../../src/sheets/excelDate';
import { IMPLICIT_ISSUE_PARAMS, ISSUE_PARAMS } from '../../src/sheets/issues';
import { fill, placeholders, returnMissingText } from '../../src/sheets/labels';

describe('report texts', () => {
  it.each([['vi', reportVi], ['en', reportEn]] as const)('%s labels every metric and operation type', (_, t) => {
    for (const m of METRICS) expect(t.metrics[m]).toMatch(/\S/);
    for (const o of OPERATION_TYPES) expect(t.operationTypes[o]).toMatch(/\S/);
  });

  it.each([['vi', reportVi], ['en', reportEn]] as const)('%s issue messages use only the parameters the engine supplies', (_, t) => {
    for (const code of Object.keys(ISSUE_PARAMS) as IssueCode[]) {
      const allowed = new Set([...ISSUE_PARAMS[code], ...IMPLICIT_ISSUE_PARAMS]);
      expect(placeholders(t.issueMessages[code]).filter((p) => !allowed.has(p))).toEqual([]);
      // Every explicit parameter is worth saying.
      for (const p of ISSUE_PARAMS[code]) expect(placeholders(t.issueMessages[code])).toContain(p);
    }
  });

  it.each([['vi', reportVi], ['en', reportEn]] as const)('%s rule bases write dates as the sheets do, and leave the date in force to the citation', (_, t) => {
    for (const basis of Object.values(t.rules.basis)) {
      // dd/mm/yyyy in running text: no ISO date beside the citation's own "from 01/07/2025".
      expect(basis).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(basis).not.toMatch(/hiệu lực \d|in force \d/);
    }
  });

  it('Vietnamese labels carry their diacritics', () => {
    expect(reportVi.metrics.present).toBe('Có mặt thực tế');
    expect(reportVi.metrics.shortage).toBe('Thiếu (so với có mặt)');
    expect(reportVi.metrics.surplus).toBe('Dôi dư');
    expect(reportVi.metrics.excessDeputies).toBe('Cấp phó vượt định mức');
    expect(reportVi.metrics.returnConflicts).toBe('Xung đột khi trở về');
  });
});

describe('fill', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} + {b} = {c}', { a: 1, b: 'two' })).toBe('1 + two = {c}');
  });
  it('does not read inherited properties as parameters', () => {
    expect(fill('{constructor}', {})).toBe('{constructor}');
  });
});

describe('returnMissingText', () => {
  it('puts what a returning person finds missing into words', () => {
    expect(returnMissingText('quota+post', reportVi)).toBe('biên chế và vị trí cùng chức vụ');
    expect(returnMissingText('post', reportEn)).toBe('post of that role');
  });
});

describe('Excel dates', () => {
  it('writes a month as the serial of its first day', () => {
    expect(monthSerial('2026-01')).toBe(46023);
    expect(monthSerial('2026-03')).toBe(46082);
    expect(monthSerial('1900-03')).toBe(61);
    expect(monthSerial(null)).toBeNull();
    expect(monthSerial('')).toBeNull();
    expect(() => monthSerial('2026-13')).toThrow();
  });
  it('writes a date as its serial', () => {
    expect(dateSerial('2026-05-17')).toBe(46159);
  });
  it('shows a month in running text as MM/YYYY', () => {
    expect(monthText('2031-07')).toBe('07/2031');
  });
});
