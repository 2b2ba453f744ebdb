import { readFileSync } from 'node:fs';

// The validator compiled ahead of time is the schema's: run `npm run validators` after changing it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate, TARGET } = require('../../scripts/validators.js') as { generate(): string; TARGET: string };

test('the compiled scenario validator is the one the schema gives', () => {
  expect(readFileSync(TARGET, 'utf8') === generate()).toBe(true);
});
