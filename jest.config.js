const { existsSync } = require('node:fs');

/**
 * The browser suites need Chromium, the interop suites LibreOffice (Debian: `apt-get install chromium
 * libreoffice-calc-nogui`, as .ci/run does). On a machine without them, outside CI, those suites are
 * left out with one line saying what to install; in CI (CI=true) every suite runs, and a missing
 * program fails it.
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].some((p) => existsSync(p));
const ci = process.env.CI === 'true' || process.env.CI === '1';
const skipped = [];
if (!ci && !existsSync(chromium)) skipped.push(['<rootDir>/test/e2e/', 'the browser tests need Chromium (apt-get install chromium)']);
if (!ci && !soffice) skipped.push(['<rootDir>/test/interop/libreoffice', 'the LibreOffice tests need it (apt-get install libreoffice-calc-nogui)']);
for (const [, why] of skipped) process.stderr.write(`Skipped: ${why}. CI runs them.\n`);

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...skipped.map(([path]) => path)],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 120000,
};
