import { parseScenarioDocument } from '../../src/format/scenarioParse';
import { generateTwoLevelProvince } from '../../src/sample';
import { exportSheet, freeSheetName } from '../../src/taskpane/scenarioFiles';

test('the scenarios written to a sheet read back, copied from column A, as the same scenarios', () => {
  const scenarios = generateTwoLevelProvince({ startMonth: '2026-01' }).scenarios;
  const sheet = exportSheet(scenarios, 'Kịch bản JSON', 'note');
  const lines = sheet.blocks[1].values.map((row) => row[0] as string);
  expect(sheet.blocks[1].row).toBe(3);
  // Every cell is a line of text (written as text: a line never starts with '=').
  expect(lines.every((l) => typeof l === 'string' && !l.startsWith('='))).toBe(true);
  const back = parseScenarioDocument(lines.join('\n'), 'vi');
  expect(back.problems).toEqual([]);
  expect(back.document?.scenarios).toEqual(scenarios);
});

test('a sheet name already taken gets a number', () => {
  expect(freeSheetName('Kịch bản JSON', ['Đơn vị'])).toBe('Kịch bản JSON');
  expect(freeSheetName('Kịch bản JSON', ['kịch bản json', 'Kịch bản JSON 2'])).toBe('Kịch bản JSON 3');
});
