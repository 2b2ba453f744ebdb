import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `ADDIN_ORIGIN=https://… npm run build` writes the manifest for the production host: every URL of it on
 * that origin, each naming a file the build wrote. The manifest in the repository stays the localhost one.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor } = require('../../scripts/manifestFor.js') as { manifestFor(xml: string, origin: string): string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<{
  plugins: { patterns?: { from: string; transform?: (content: Buffer) => Buffer | string }[] }[];
}>;

const ROOT = join(__dirname, '..', '..');
const WEB = join(ROOT, 'dist', 'web');
const repository = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const SCHEMA = /^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//;

function urls(xml: string): string[] {
  return [...xml.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]).filter((u) => !SCHEMA.test(u));
}

test('the production build writes every URL of the manifest on the given origin, each a file of the build', async () => {
  const saved = process.env.ADDIN_ORIGIN;
  process.env.ADDIN_ORIGIN = 'https://intranet.hatinh.gov.vn/ke-hoach-bien-che/';
  try {
    const built = await config({}, { mode: 'production' });
    const copy = built.plugins.find((p) => p.patterns?.some((x) => x.from === 'manifest.xml'));
    const pattern = copy?.patterns?.find((x) => x.from === 'manifest.xml');
    const xml = String(pattern?.transform?.(Buffer.from(repository)));
    const found = urls(xml);
    expect(found.length).toBeGreaterThanOrEqual(9);
    for (const url of found) {
      expect(url.startsWith('https://intranet.hatinh.gov.vn/ke-hoach-bien-che/')).toBe(true);
      // npm test builds dist/web before the tests: every page and icon named is there.
      const file = join(WEB, ...url.slice('https://intranet.hatinh.gov.vn/ke-hoach-bien-che/'.length).split('/'));
      if (existsSync(WEB)) expect([url, existsSync(file)]).toEqual([url, true]);
    }
    expect(xml).not.toContain('localhost');
  } finally {
    if (saved === undefined) delete process.env.ADDIN_ORIGIN;
    else process.env.ADDIN_ORIGIN = saved;
  }
});

test('the repository keeps the localhost manifest, and a bad origin is refused with what to write', () => {
  expect(urls(repository).every((u) => u.startsWith('https://localhost:3000/'))).toBe(true);
  expect(() => manifestFor(repository, 'http://intranet.example.vn')).toThrow(/https/);
  expect(() => manifestFor(repository, 'intranet')).toThrow(/such as https:/);
  expect(() => manifestFor(repository, 'https://x.vn/?a=1')).toThrow(/query/);
});

test("the pane's initial JavaScript stays within the template's: what Excel loads before the pane shows", () => {
  // npm test builds dist/web before the tests, in production mode, as it is deployed.
  if (!existsSync(join(WEB, 'taskpane.html'))) throw new Error('dist/web is not built: run `npm run build:web` (npm test builds it first).');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { paneScripts, TEMPLATE_GZIP_BYTES } = require('../../scripts/size.js') as {
    paneScripts(root: string): { initial: { file: string; gzip: number }[]; later: { file: string }[] };
    TEMPLATE_GZIP_BYTES: number;
  };
  const { initial, later } = paneScripts(WEB);
  expect(initial.length).toBeGreaterThan(0);
  expect(initial.reduce((sum, s) => sum + s.gzip, 0)).toBeLessThanOrEqual(TEMPLATE_GZIP_BYTES);
  // The steps, the schema validator, the engine's worker and the solver come later.
  expect(later.length).toBeGreaterThan(10);
});
