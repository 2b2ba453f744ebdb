// node scripts/icons.js          writes assets/icon-{16,32,64,80,128}.png
// node scripts/icons.js --check  exits 1 if a file in assets/ differs (pixel for pixel) from what it would write
//
// The add-in's icon: a white org chart (one head over two units) on a rounded square in the task pane's
// brand blue. Drawn on a 16-unit grid with whole-unit edges, so every size here (all multiples of 16) is
// crisp, and 16 px stays legible on the ribbon. Rasterized in plain Node (8×8 samples a pixel) and
// written as RGBA PNGs with zlib: no browser, the same pixels on every machine.
'use strict';
const { readFileSync, writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { deflateSync, inflateSync } = require('node:zlib');
const { Buffer } = require('node:buffer');

const SIZES = [16, 32, 64, 80, 128];
const ASSETS = join(__dirname, '..', 'assets');
const GRID = 16;
const SAMPLES = 8;

const BACKGROUND = [0x0f, 0x6c, 0xbd]; // Fluent UI web light theme brand colour
const GLYPH = [0xff, 0xff, 0xff];

/** [x, y, width, height, corner radius] in grid units. */
const TILE = [0, 0, 16, 16, 3];
const CHART = [
  [5, 2, 6, 4, 0.75], // head
  [7, 6, 2, 2, 0], // stem
  [3, 8, 10, 1, 0], // bar
  [3, 9, 2, 1, 0], // left drop
  [11, 9, 2, 1, 0], // right drop
  [2, 10, 4, 4, 0.75], // left unit
  [10, 10, 4, 4, 0.75], // right unit
];

function inRoundedRect(px, py, [x, y, w, h, r]) {
  if (px < x || px > x + w || py < y || py > y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

/** size × size RGBA pixels, not premultiplied. */
function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const unit = GRID / size;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let tile = 0;
      let glyph = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const gx = (col + (sx + 0.5) / SAMPLES) * unit;
          const gy = (row + (sy + 0.5) / SAMPLES) * unit;
          if (!inRoundedRect(gx, gy, TILE)) continue;
          tile++;
          if (CHART.some((shape) => inRoundedRect(gx, gy, shape))) glyph++;
        }
      }
      const at = (row * size + col) * 4;
      if (tile === 0) continue;
      const share = glyph / tile; // of the opaque samples, how many are the glyph
      for (let c = 0; c < 3; c++) rgba[at + c] = Math.round(BACKGROUND[c] * (1 - share) + GLYPH[c] * share);
      rgba[at + 3] = Math.round((255 * tile) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Scanlines with filter type 0 (none) before each row, as PNG's IDAT holds them once inflated. */
function scanlines(rgba, size) {
  const out = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) rgba.copy(out, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  return out;
}

function encodePng(rgba, size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods: 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(scanlines(rgba, size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The inflated IDAT of a PNG this script wrote (filter 0 on every row), or null if it is not one. */
function storedScanlines(png) {
  const idat = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  try {
    return inflateSync(Buffer.concat(idat));
  } catch {
    return null;
  }
}

function main(args) {
  const check = args.includes('--check');
  const stale = [];
  mkdirSync(ASSETS, { recursive: true });
  for (const size of SIZES) {
    const file = join(ASSETS, `icon-${size}.png`);
    const rgba = render(size);
    if (check) {
      let stored = null;
      try {
        stored = storedScanlines(readFileSync(file));
      } catch {
        stored = null;
      }
      if (!stored || !stored.equals(scanlines(rgba, size))) stale.push(file);
    } else {
      writeFileSync(file, encodePng(rgba, size));
      console.log(`wrote ${file}`);
    }
  }
  if (stale.length > 0) {
    console.error(`out of date (run node scripts/icons.js):\n  ${stale.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main(process.argv.slice(2));
