/**
 * `npm run size`: the task pane's initial JavaScript (the scripts taskpane.html loads before the pane
 * shows), raw and gzipped, and the chunks loaded on demand. Run after `npm run build:web`.
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const root = path.resolve(__dirname, '../dist/web');
if (!fs.existsSync(path.join(root, 'taskpane.html'))) {
  console.error('dist/web is missing: run `npm run build:web` first.');
  process.exit(1);
}
const html = fs.readFileSync(path.join(root, 'taskpane.html'), 'utf8');
const initial = [...html.matchAll(/<script[^>]*src="?([^"\s>]+\.js)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
const size = (file) => {
  const bytes = fs.readFileSync(path.join(root, file));
  return { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let raw = 0;
let gzip = 0;
for (const file of initial) {
  const s = size(file);
  raw += s.raw;
  gzip += s.gzip;
  console.log(`initial  ${file.padEnd(28)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} gzip`);
}
console.log(`initial  total${' '.repeat(23)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)} gzip`);
const others = fs.readdirSync(root).filter((f) => f.endsWith('.js') && !initial.includes(f) && !f.startsWith('demo.'));
let later = 0;
for (const file of others) later += size(file).gzip;
console.log(`on demand (steps, validator, worker, the package reader for imports): ${others.length} chunks, ${kb(later)} gzip`);
