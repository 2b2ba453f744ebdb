#!/usr/bin/env node
'use strict';
// The compiled CLI (npm run build). Exit codes: 0 done, 1 input problems, 2 bad usage.
const { main } = require('../dist/cli/main.js');
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`${(e && e.stack) || String(e)}\n`);
    process.exit(3);
  },
);
