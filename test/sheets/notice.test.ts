import { staleNotice, titleCell } from '../../src/sheets/notice';

describe('the notice at the top of a sheet whose results no longer hold', () => {
  const title = 'Kịch bản NTH: Bí thư đồng thời là Chủ tịch UBND xã';
  const edited = staleNotice('edited', '2026-01-15T08:30:00.000Z', 'vi');

  it('names the reason and the day of the run where the planner is, in the sheet language', () => {
    expect(edited).toBe('⚠ KẾT QUẢ ĐÃ CŨ: kịch bản đã được sửa sau lần chạy ngày 15/01/2026; hãy chạy lại kịch bản');
    // A run at 06:30 in Hà Nội is the evening before in UTC: the planner's day is said.
    expect(staleNotice('outOfDate', '2026-11-02T23:30:00.000Z', 'en', 'Asia/Ho_Chi_Minh')).toBe('⚠ OUT OF DATE: the input tables changed after this run of 03/11/2026; run the scenario again');
    expect(staleNotice('outOfDate', '2026-11-02T23:30:00.000Z', 'en', 'UTC')).toBe('⚠ OUT OF DATE: the input tables changed after this run of 02/11/2026; run the scenario again');
  });

  it('goes before the title, in the alert style, and comes off again leaving the title as it was', () => {
    const marked = titleCell(title, edited)!;
    expect(marked).toEqual({ text: `${edited} | ${title}`, style: 'alert' });
    // Marked again, or with the other reason: one notice, never two.
    expect(titleCell(marked.text, edited)).toBeNull();
    const other = staleNotice('outOfDate', '2026-01-15T08:30:00.000Z', 'vi');
    expect(titleCell(marked.text, other)).toEqual({ text: `${other} | ${title}`, style: 'alert' });
    expect(titleCell(marked.text, null)).toEqual({ text: title, style: 'title' });
    expect(titleCell(title, null)).toBeNull();
  });

  it("keeps a title of the planner's that holds the separator, and leaves a cell without text alone", () => {
    const own = 'Kịch bản A | B';
    expect(titleCell(own, null)).toBeNull();
    expect(titleCell(titleCell(own, edited)!.text, null)).toEqual({ text: own, style: 'title' });
    expect(titleCell(null, edited)).toBeNull();
    expect(titleCell(42, edited)).toBeNull();
    expect(titleCell('', edited)).toBeNull();
  });
});
