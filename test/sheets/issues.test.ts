import { issuesSheet } from '../../src/sheets/issues';
import { BASELINE, MERGE, buildResult } from './fixtures';
import { SheetModel } from './sheetModel';

const ctx = { lang: 'vi' as const, sheetName: 'KB1 Vấn đề', tableName: 'SP_KB1_Issues' };

describe('issuesSheet', () => {
  const sheet = issuesSheet(MERGE, ctx);
  const model = new SheetModel(sheet);
  const table = model.table('SP_KB1_Issues');

  it('is a consistent sheet', () => {
    model.check();
    expect(sheet.freeze).toEqual({ rows: 4, columns: 0 });
    // The list wraps: messages and rules printed whole in their columns.
    expect(sheet.blocks.find((b) => b.row === 5)?.style).toBe('wrapped');
  });

  it('lists errors first, then warnings by month, then information', () => {
    expect(table.column('Mức độ')).toEqual(['Lỗi', 'Cảnh báo', 'Cảnh báo', 'Thông tin']);
    expect(table.column('Vấn đề')).toEqual([
      'Quá số chức danh', 'Cấp phó vượt định mức quá thời hạn', 'Xung đột khi trở về', 'Thiếu cấp trưởng',
    ]);
  });

  it('points to the person and the unit, and says what is wrong in words', () => {
    expect(table.record('Lỗi')).toEqual({
      'Mức độ': 'Lỗi',
      'Vấn đề': 'Quá số chức danh',
      'Tháng': 46113,
      'Thao tác số': 2,
      'Mã cán bộ': 'CB7',
      'Họ và tên': 'Lê Văn Cường',
      'Mã đơn vị': 'X1',
      'Tên đơn vị': '=1+1',
      'Nội dung': 'Lê Văn Cường sẽ giữ 3 chức danh, vượt mức tối đa 2.',
      'Quy định được kiểm tra': 'Căn cứ: không có văn bản quy định; mặc định 2 (chưa xác nhận, cần kiểm tra)',
    });
    const messages = table.column('Nội dung');
    expect(messages[1]).toBe('Ban Tổ chức Huyện A có 4 cấp phó, định mức 2; chỉ về định mức từ 07/2031, quá thời hạn 03/2031.');
    expect(messages[2]).toBe('+84 Phạm Dũng trở về =1+1 nhưng đơn vị không còn biên chế và vị trí cùng chức vụ: chưa được bố trí công tác cho đến khi có vị trí.');
    expect(messages[3]).toBe('UBND xã C không có cấp trưởng.');
  });

  it('cites the legal basis of the rule each issue checks, and nothing where it checks none', () => {
    expect(table.column('Quy định được kiểm tra')).toEqual([
      'Căn cứ: không có văn bản quy định; mặc định 2 (chưa xác nhận, cần kiểm tra)',
      'Căn cứ: NĐ 370/2025; NQ 76/2025 (5 năm từ khi quyết định sắp xếp có hiệu lực), từ 01/01/2026',
      null,
      null,
    ]);
  });

  it('cites the rule in the sheet\'s language', () => {
    const en = new SheetModel(issuesSheet(MERGE, { ...ctx, lang: 'en' })).table('SP_KB1_Issues');
    expect(en.column('Rule checked')[1]).toBe('Basis: NĐ 370/2025; NQ 76/2025 (5 years from the restructuring decision), from 01/01/2026');
    expect(en.column('Rule checked')[0]).toBe('Basis: no legal text found; a default of 2 (unconfirmed: check it)');
  });

  it('colours severities by rule, so they stay coloured when sorted', () => {
    const rules = sheet.conditionalFormats!.map((f) => f.rule);
    expect(rules).toEqual([
      { kind: 'textEquals', text: 'Lỗi', style: 'bad' },
      { kind: 'textEquals', text: 'Cảnh báo', style: 'warn' },
    ]);
    expect(sheet.conditionalFormats![0].range).toEqual({ row: 5, col: 1, rows: 4, columns: 1 });
  });

  it('writes numbers as the sheet\'s language does, and a pool of no group without a space before its colon', () => {
    const result = buildResult({
      code: 'KB3',
      name: 'x',
      units: [{ id: 'X2', name: 'UBND xã C', level: 'Xã', locality: 'Xã C' }],
      issues: [{
        severity: 'warning', code: 'pooledCapNoProjection', month: '2026-02', operation: null, personId: null, unitId: null,
        params: { pool: 'Phó Chủ tịch UBND xã', group: '', deputies: 185, allowed: 172, average: 2.5, deadline: '2030-07' },
      }],
    });
    const message = (lang: 'vi' | 'en') => new SheetModel(issuesSheet(result, { ...ctx, lang })).table('SP_KB1_Issues').rows[0][8];
    expect(message('vi')).toBe('Phó Chủ tịch UBND xã: 185 cấp phó, vượt mức 172 (bình quân 2,5 mỗi đơn vị); đến cuối kỳ vẫn chưa về trong mức (thời hạn 07/2030).');
    expect(message('en')).toContain('2.5');
    expect(message('en')).toMatch(/^Phó Chủ tịch UBND xã: /);
    // A pool's group in brackets: the pool's name may end in a level word the group starts with.
    const grouped = buildResult({
      code: 'KB3', name: 'x', units: [],
      issues: [{
        severity: 'warning', code: 'pooledCapExceeded', month: '2026-02', operation: null, personId: null, unitId: null,
        params: { pool: 'Cấp phó các phòng xã', group: 'Xã Đan Hải', deputies: 9, allowed: 8, average: 2, compliantFrom: '2027-01', deadline: '2030-07' },
      }],
    });
    expect(String(new SheetModel(issuesSheet(grouped, ctx)).table('SP_KB1_Issues').rows[0][8])).toMatch(/^Cấp phó các phòng xã \(Xã Đan Hải\): 9 cấp phó, vượt mức 8/);
  });

  it('takes names of people who did not change from the caller', () => {
    const result = buildResult({
      code: 'KB3',
      name: 'x',
      units: [{ id: 'X2', name: 'UBND xã C', level: 'Xã', locality: 'Xã C' }],
      issues: [{ severity: 'warning', code: 'powerConcentration', month: '2026-02', operation: 0, personId: 'CB1', unitId: 'X2', params: { locality: 'Xã C' } }],
    });
    const en = new SheetModel(issuesSheet(result, { ...ctx, lang: 'en', personNames: new Map([['CB1', 'Võ Thị Hoa']]) }));
    expect(en.table('SP_KB1_Issues').record('Warning')['Message']).toBe(
      "In Xã C, Võ Thị Hoa heads both the party committee and the people's committee: supervision needed.",
    );
    expect(en.table('SP_KB1_Issues').record('Warning')['Full name']).toBe('Võ Thị Hoa');
  });

  it('shows months in parameters as MM/YYYY and keeps a malformed one as written', () => {
    const result = buildResult({
      code: 'KB3',
      name: 'x',
      units: [],
      issues: [{ severity: 'error', code: 'outsideHorizon', month: '2026-01', operation: 2, personId: null, unitId: null, params: { month: '2026-13', start: '2026-01', end: '2030-12' } }],
    });
    const t = new SheetModel(issuesSheet(result, ctx)).table('SP_KB1_Issues');
    expect(t.record('Lỗi')['Nội dung']).toBe('Thao tác có hiệu lực từ 2026-13, ngoài thời gian mô phỏng 01/2026 – 12/2030: không được áp dụng.');
    expect(t.record('Lỗi')['Thao tác số']).toBe(3);
  });

  it('keeps a blank row when there is no issue', () => {
    const empty = new SheetModel(issuesSheet(BASELINE, ctx));
    empty.check();
    expect(empty.table('SP_KB1_Issues').rows).toEqual([Array(10).fill(null)]);
  });
});
