import { monthDisplay, parseMonthText } from '../../src/taskpane/monthText';

test('a month is read as planners write it, and shown as MM/YYYY in both languages', () => {
  expect(['01/2027', '1/2027', '01-2027', '2027-01', '2027/1', ' 12/2030 '].map(parseMonthText)).toEqual(['2027-01', '2027-01', '2027-01', '2027-01', '2027-01', '2030-12']);
  expect(['13/2027', '0/2027', '2027', 'tháng 1', '', '01/27'].map(parseMonthText)).toEqual([null, null, null, null, null, null]);
  expect(monthDisplay('2026-11')).toBe('11/2026');
});
