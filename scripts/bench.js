// npm run bench: figures, not a timed test. For provinces of 10,000 and 100,000 people it prints, as
// JSON lines: the engine's time for the example scenarios over 60 months, the CLI end to end, ExcelJS's
// own read and write of the same workbook, and peak memory.
'use strict';
const { execFileSync } = require('node:child_process');
const { mkdtempSync, statSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist');
const bin = join(__dirname, '..', 'bin', 'staffing-planner.js');
const START = '2026-01';
// ExcelJS holds a whole workbook in memory: at 100,000 people both the CLI and ExcelJS alone need more
// than Node's default heap. Both get the same limit, so the comparison stays fair.
const HEAP = '--max-old-space-size=16384';

/** Runs a snippet in a fresh Node process and returns its JSON answer plus its peak memory (kB). */
function measure(code) {
  const out = execFileSync('/usr/bin/time', ['-f', '%M', process.execPath, '-e', code], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop());
}

function timed(cmd, args) {
  const t = process.hrtime.bigint();
  const res = require('node:child_process').spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${res.stderr}`);
  const peakKb = Number(res.stderr.trim().split('\n').pop());
  return { ms, peakMb: Math.round(peakKb / 1024) };
}

const dir = mkdtempSync(join(tmpdir(), 'sp-bench-'));
for (const people of [10_000, 100_000]) {
  const file = join(dir, `p${people}.xlsx`);
  execFileSync(process.execPath, [bin, 'sample', file, '--people', String(people), '--start', START], { stdio: 'ignore' });

  const engine = measure(`
    const { generateProvince } = require(${JSON.stringify(join(dist, 'sample/province.js'))});
    const { toStaffing } = require(${JSON.stringify(join(dist, 'sample/staffing.js'))});
    const { simulate } = require(${JSON.stringify(join(dist, 'domain/engine.js'))});
    const p = generateProvince({ people: ${people}, startMonth: '${START}' });
    const s = toStaffing(p);
    const scenarios = p.scenarios.slice(0, 5);
    simulate(s, scenarios[0], { startMonth: '${START}' }); // warm-up
    const runs = [];
    for (let k = 0; k < 3; k++) {
      const t = process.hrtime.bigint();
      for (const sc of scenarios) simulate(s, { ...sc, settings: { ...sc.settings, horizonMonths: 60 } }, { startMonth: '${START}' });
      runs.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    console.log(JSON.stringify({ units: s.units.length, people: s.people.length, scenarios: scenarios.length, ms: Math.min(...runs) }));
  `);


  const out = join(dir, `p${people}.scenarios.xlsx`);
  const cli = timed(process.execPath, [HEAP, bin, 'simulate', file, '--out', out, '--start', START, '--quiet']);
  // ExcelJS alone: read the output workbook and write it again (the same cells, tables and styles).
  const copy = join(dir, `p${people}.copy.xlsx`);
  const ref = timed(process.execPath, [HEAP, '-e', `
    const ExcelJS = require('exceljs');
    (async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(${JSON.stringify(out)});
      await wb.xlsx.writeFile(${JSON.stringify(copy)});
    })();
  `]);
  console.log(JSON.stringify({
    people: engine.people, units: engine.units, months: 60, scenarios: engine.scenarios,
    engineMs: Math.round(engine.ms), cliMs: Math.round(cli.ms), exceljsReadWriteMs: Math.round(ref.ms),
    cliOverExceljs: +(cli.ms / ref.ms).toFixed(2), cliPeakMb: cli.peakMb, exceljsPeakMb: ref.peakMb,
    outputMb: +(statSync(out).size / 1e6).toFixed(1),
  }));
}
