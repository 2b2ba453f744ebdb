import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'coverage/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
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
    files: ['scripts/**/*.js', 'bin/**/*.js', 'jest.config.js'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
