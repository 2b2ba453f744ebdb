// npm run validators: compiles the scenario document's JSON Schema to a validation function, ahead of
// time. The command line then starts without compiling the schema (about 100 ms of every run), and the
// pane evaluates no generated code at run time. test/format/validator.test.ts checks that the file
// written matches the schema.
'use strict';
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const Ajv2020 = require('ajv/dist/2020').default;
const standaloneCode = require('ajv/dist/standalone').default;

const TARGET = join(__dirname, '..', 'src', 'format', 'scenarioValidator.generated.ts');

/** The options the schema is compiled with: all errors, with the data and schema that failed. */
const OPTIONS = {
  allErrors: true,
  verbose: true,
  strict: true,
  // "title or role" is written as anyOf of `required`, and filter values may be of several types.
  strictRequired: false,
  allowUnionTypes: true,
  code: { source: true, esm: true },
};

function generate() {
  const schema = require('../src/format/scenarios.schema.json');
  const ajv = new Ajv2020(OPTIONS);
  const code = standaloneCode(ajv, ajv.compile(schema));
  return [
    '/* eslint-disable */',
    '// @ts-nocheck',
    '// Written by scripts/validators.js from scenarios.schema.json (npm run validators): do not edit.',
    code,
    '',
  ].join('\n');
}

if (require.main === module) writeFileSync(TARGET, generate());

module.exports = { generate, TARGET };
