/**
 * `npm run size`: the task pane's initial JavaScript (the scripts taskpane.html loads before the pane
 * shows), raw and gzipped, and the chunks loaded on demand. Run after `npm run build:web`.
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

/** Microsoft's React task-pane template ships this much initial JavaScript, gzip: the pane's budget. */
const TEMPLATE_GZIP_BYTES = 168_926;

/** The scripts of a built pane, initial and on demand, each with its size raw and gzipped. */
function paneScripts(root) {
  const html = fs.readFileSync(path.join(root, 'taskpane.html'), 'utf8');
  const initial = [...html.matchAll(/<script[^>]*src="?([^"\s>]+\.js)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const size = (file) => {
    const bytes = fs.readFileSync(path.join(root, file));
    return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  };
  const others = fs.readdirSync(root).filter((f) => f.endsWith('.js') && !initial.includes(f) && !f.startsWith('demo.'));
  return { initial: initial.map(size), later: others.map(size) };
}

module.exports = { paneScripts, TEMPLATE_GZIP_BYTES };

if (require.main === module) {
  const root = path.resolve(__dirname, '../dist/web');
  if (!fs.existsSync(path.join(root, 'taskpane.html'))) {
    console.error('dist/web is missing: run `npm run build:web` first.');
    process.exit(1);
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const { initial, later } = paneScripts(root);
  for (const s of initial) console.log(`initial  ${s.file.padEnd(28)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} gzip`);
  const raw = initial.reduce((a, s) => a + s.raw, 0);
  const gzip = initial.reduce((a, s) => a + s.gzip, 0);
  console.log(`initial  total${' '.repeat(23)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)} gzip (${gzip.toLocaleString('en')} bytes; the template's ${TEMPLATE_GZIP_BYTES.toLocaleString('en')})`);
  console.log(`on demand (steps, validator, worker, the package reader for imports): ${later.length} chunks, ${kb(later.reduce((a, s) => a + s.gzip, 0))} gzip`);
}
