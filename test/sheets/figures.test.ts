import { deltaRule, isNeutral } from '../../src/sheets/figures';

test('a change is judged only where the metric says good or bad; means and directed reforms stay uncoloured', () => {
  // Unified titles are often the directed reform: the flag is shown with its rule, not coloured red.
  expect([isNeutral('powerConcentration'), deltaRule('powerConcentration')]).toEqual([true, null]);
  expect([isNeutral('multiTitle'), deltaRule('multiTitle')]).toEqual([true, null]);
  expect(deltaRule('surplus')).toEqual({ kind: 'signBadPositive' });
  expect(deltaRule('present')).toEqual({ kind: 'signGoodPositive' });
  expect(deltaRule('retirements')).toBeNull();
});
