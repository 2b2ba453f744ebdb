import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import officeAddins from 'eslint-plugin-office-addins';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'coverage/**', 'test-output/**', 'src/format/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/taskpane/**/*.tsx', 'src/demo/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Microsoft's rules for office-js, on the adapter that alone calls it: no sync in a loop, load before
    // reading, sync before reading, isNullObject for *OrNullObject results.
    files: ['src/workbook/excel*.ts', 'src/taskpane/index.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, 'error'])),
  },
  {
    // The pane runs in Excel: no Node, no ExcelJS up front (it is imported on demand), Office only in its entry.
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    ignores: ['src/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'exceljs', message: 'ExcelJS is imported on demand (dynamic import) so that the pane loads fast.' }],
        patterns: [
          { group: ['fs', 'path', 'node:*'], message: 'The pane runs in a browser.' },
          { group: ['**/cli/**', '**/demo/**'], message: 'Hosts do not depend on each other.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'Office', message: 'Office is reached only in src/taskpane/index.tsx.' }, { name: 'Excel', message: 'Excel is reached only through the workbook adapter.' }],
    },
  },
  {
    // The domain and the grid layers stay pure: no I/O, no hosts, no adapters.
    files: ['src/domain/**/*.ts', 'src/tables/**/*.ts', 'src/sheets/**/*.ts', 'src/format/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['fs', 'path', 'node:*', 'exceljs', 'react', 'react-dom', '@fluentui/*', 'office-js'], message: 'Pure layers must not reach out to I/O or hosts.' },
          { group: ['**/workbook/**', '**/cli/**'], message: 'Dependencies point inward: adapters and hosts depend on this layer, not the reverse.' },
        ],
      }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['fs', 'path', 'node:*', 'exceljs', 'react', 'react-dom', '@fluentui/*', 'office-js', 'ajv'], message: 'The domain is pure.' },
          { group: ['**/tables/**', '**/sheets/**', '**/format/**', '**/workbook/**', '**/cli/**'], message: 'The domain depends on nothing above it.' },
        ],
      }],
      'no-restricted-globals': ['error', 'Date', 'window', 'document'],
    },
  },
  {
    files: ['scripts/**/*.js', 'bin/**/*.js', 'jest.config.js', 'webpack.config.js'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', __filename: 'readonly', setTimeout: 'readonly', URL: 'readonly', AbortController: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
