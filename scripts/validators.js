// npm run validators: compiles the scenario document's JSON Schema, and the solver's request's (which
// refers to it), to validation functions, ahead of time. The command line then starts without compiling the schema (about 100 ms of every run), and the
// pane evaluates no generated code at run time. test/format/validator.test.ts checks that the file
// written matches the schema.
'use strict';
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const Ajv2020 = require('ajv/dist/2020').default;
const standaloneCode = require('ajv/dist/standalone').default;

const TARGET = join(__dirname, '..', 'src', 'format', 'scenarioValidator.generated.ts');
const SUGGEST_TARGET = join(__dirname, '..', 'src', 'format', 'suggestValidator.generated.ts');

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

function generate(kind = 'scenarios') {
  const scenarios = require('../src/format/scenarios.schema.json');
  const ajv = new Ajv2020(OPTIONS);
  const file = kind === 'scenarios' ? 'scenarios.schema.json' : 'suggest.schema.json';
  let validate;
  if (kind === 'scenarios') validate = ajv.compile(scenarios);
  else {
    ajv.addSchema(scenarios);
    validate = ajv.compile(require('../src/format/suggest.schema.json'));
  }
  const code = standaloneCode(ajv, validate);
  return [
    '/* eslint-disable */',
    '// @ts-nocheck',
    `// Written by scripts/validators.js from ${file} (npm run validators): do not edit.`,
    code,
    '',
  ].join('\n');
}

if (require.main === module) {
  writeFileSync(TARGET, generate('scenarios'));
  writeFileSync(SUGGEST_TARGET, generate('suggest'));
}

module.exports = { generate, TARGET, SUGGEST_TARGET };
