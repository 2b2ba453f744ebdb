#!/usr/bin/env node
'use strict';
// The compiled CLI (npm run build). Exit codes, documented in --help and the README: 0 done,
// 1 input problems, 2 bad usage, 3 an output could not be written, 4 a bug, 130 interrupted.
// A run lasts seconds: V8's inlining into optimised code cost more compiling than it saved (a tenth of
// a run on 10,000 people on two cores; the same time on 100,000). Set before any code is compiled.
require('node:v8').setFlagsFromString('--no-turbo-inlining');
const { main } = require('../dist/cli/main.js');
const interrupt = new AbortController();
// Ctrl-C stops the run at its next step, before anything is written; a second one stops at once.
process.once('SIGINT', () => {
  interrupt.abort();
  process.once('SIGINT', () => process.exit(130));
});
main(process.argv.slice(2), {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
  tty: Boolean(process.stderr.isTTY),
  now: () => new Date(),
  signal: interrupt.signal,
}).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`${(e && e.stack) || String(e)}\n`);
    process.exit(4);
  },
);
