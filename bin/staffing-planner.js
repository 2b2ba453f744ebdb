#!/usr/bin/env node
'use strict';
// The compiled CLI (npm run build). Exit codes, documented in --help and the README: 0 done,
// 1 input problems, 2 bad usage, 3 an output could not be written, 4 a bug, 130 interrupted.
// A run lasts seconds: V8's inlining into optimised code cost more compiling than it saved (a tenth of
// a run on 10,000 people on two cores; the same time on 100,000). Set before any code is compiled.
require('node:v8').setFlagsFromString('--no-turbo-inlining');
const argv = process.argv.slice(2);
// Ctrl-C ends a run at once (exit 130) with nothing written: outputs are renamed into place only when
// complete, and Ctrl-C waits while they are written (cli/files.ts). No listener here: it would run only
// once the run's synchronous work was done.
const io = {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
  tty: Boolean(process.stderr.isTTY),
  now: () => new Date(),
};
// A large workbook runs in a Node started again with a larger young generation (dist/cli/launch.js says why).
require('../dist/cli/launch.js')
  .relaunched(argv, __filename)
  .then((code) => code ?? require('../dist/cli/main.js').main(argv, io))
  .then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`${(e && e.stack) || String(e)}\n`);
      process.exit(4);
    },
  );
