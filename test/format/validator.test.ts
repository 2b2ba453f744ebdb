import { readFileSync } from 'node:fs';

// The validator compiled ahead of time is the schema's: run `npm run validators` after changing it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate, TARGET, SUGGEST_TARGET } = require('../../scripts/validators.js') as { generate(kind?: string): string; TARGET: string; SUGGEST_TARGET: string };

test('the compiled scenario validator is the one the schema gives', () => {
  expect(readFileSync(TARGET, 'utf8') === generate('scenarios')).toBe(true);
});

test("the compiled validator of the solver's request is the one its schema gives", () => {
  expect(readFileSync(SUGGEST_TARGET, 'utf8') === generate('suggest')).toBe(true);
});
