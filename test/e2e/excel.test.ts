import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { planSheets, readInput, runScenarios } from '../../src/app/planner';
import { CURRENT_VERSION } from '../../src/format/scenarioDocument';
import { sampleWorkbookChanges } from '../../src/app/sampleWorkbook';
import { paneVi } from '../../src/i18n/vi/pane';
import { generateProvince } from '../../src/sample/province';
import type { CellScalar, SheetDescription } from '../../src/sheets/layout';
import { sheetName } from '../../src/sheets/names';
import { storeSheet } from '../../src/sheets/store';
import { localDay } from '../../src/taskpane/session';
import { ExcelWorkbook } from '../../src/workbook/excel';
import { FakeExcel, type SyncRecord } from '../workbook/fakeExcel';
import { chooseOnly, launch, serveWeb, shots, type Served } from './browser';

/**
 * The add-in's own entry (taskpane/index.tsx) in Chromium, with office.js replaced by a stub over the
 * in-memory fake of the Excel API holding the sample: the pane reads and writes through the office-js
 * adapter, as in Excel. What Excel's limits allow is checked on every request the page makes.
 */

const ROOT = resolve(__dirname, '../../dist/harness');
const t = paneVi;
const LIMIT = 5 * 1024 * 1024;
const SHOTS = shots('excel');
const screenshot = (p: Page, name: string): Promise<void> => SHOTS.take(p, name);

let served: Served;
let origin: string;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const metrics: Record<string, number> = {};

beforeAll(async () => {
  served = await serveWeb(ROOT, 'excel.html', 'build:harness');
  origin = served.origin;
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
}, 60_000);

afterAll(async () => {
  writeFileSync(resolve(SHOTS.dir, 'metrics.json'), JSON.stringify(metrics, null, 2));
  await browser?.close();
  await served?.close();
});

const syncs = (): Promise<SyncRecord[]> => page.evaluate(() => (window as unknown as { harness: { fake: FakeExcel } }).harness.fake.syncs);

function largest(records: readonly SyncRecord[]): { request: number; response: number } {
  return {
    request: Math.max(...records.map((s) => s.requestBytes)),
    response: Math.max(...records.map((s) => s.responseBytes)),
  };
}

/** The same run computed in Node through the same adapter: the sheets the pane should have written. */
async function expectedSheets(month: string): Promise<SheetDescription[]> {
  const changes = sampleWorkbookChanges(generateProvince({ startMonth: month }), month);
  const fake = new FakeExcel();
  for (const sheet of changes.write) fake.addSheetFrom(sheet);
  fake.addSheetFrom(storeSheet(changes.store));
  const workbook = new ExcelWorkbook(fake.run);
  const now = new Date();
  const input = await readInput(workbook, null, localDay(now));
  const nth = JSON.parse(changes.store).scenarios.filter((s: { code: string }) => s.code === 'NTH');
  const plan = runScenarios(input.staffing!, nth, month);
  return planSheets(plan, { lang: 'vi', runDate: localDay(now), ranAt: now.toISOString(), input, scenarios: nth });
}

describe('the add-in in a browser, over the fake Excel', () => {
  it('starts from its own entry and reads the sample through the office-js adapter', async () => {
    const started = Date.now();
    await page.goto(`${origin}/excel.html`);
    await page.getByRole('cell', { name: '6.466' }).waitFor({ timeout: 60_000 });
    metrics.paneInteractiveMs = Math.round(await page.evaluate(() => performance.now() - performance.getEntriesByName('office-ready')[0].startTime));
    metrics.pageReadyMs = Date.now() - started;
    const read = await syncs();
    metrics.readSyncs = read.length;
    metrics.readLargestResponseBytes = largest(read).response;
    // Store, table list, first rows of each table, then each table in full: a handful, one per chunk.
    expect(read.length).toBeLessThanOrEqual(12);
    expect(read.every((s) => s.requestBytes < LIMIT && s.responseBytes < LIMIT)).toBe(true);
    await screenshot(page, 'excel-data');
  }, 90_000);

  it('runs a scenario and writes its sheets in a few syncs, each request well under 5 MB', async () => {
    await page.getByRole('tab', { name: t.steps.run }).click();
    await chooseOnly(page.locator('body'), ['NTH']);
    const before = (await syncs()).length;
    await page.getByRole('button', { name: t.run.start }).click();
    await page.getByRole('heading', { name: t.run.written }).waitFor({ timeout: 120_000 });
    const run = (await syncs()).slice(before);
    metrics.runSyncs = run.length;
    metrics.runLargestRequestBytes = largest(run).request;
    // Store read, sheet and table names, then apply: 1 + chunks + commit + cleanup.
    expect(run.length).toBeLessThanOrEqual(12);
    expect(largest(run).request).toBeLessThan(2 * 1024 * 1024);
    // The batches of values are written with calculation suspended.
    const batches = run.filter((s) => s.requestBytes > 100_000);
    expect(batches.length).toBeGreaterThan(0);
    expect(batches.every((s) => s.suspendedCalculation)).toBe(true);
    await screenshot(page, 'excel-run');

    // The sheets hold what the same run computes in Node.
    const month = await page.evaluate(() => (window as unknown as { harness: { month: string } }).harness.month);
    const expected = await expectedSheets(month);
    const summary = expected.find((s) => s.name === sheetName('NTH', 'summary', 'vi')) as SheetDescription;
    const cells: [number, number, CellScalar][] = [];
    for (const block of summary.blocks) {
      block.values.forEach((row, i) => row.forEach((v, j) => {
        if (v !== null) cells.push([block.row + i, block.col + j, v]);
      }));
    }
    const shown = await page.evaluate(({ name, at }) => {
      const fake = (window as unknown as { harness: { fake: FakeExcel } }).harness.fake;
      return at.map(([r, c]) => fake.valueAt(name, r, c));
    }, { name: summary.name, at: cells.map(([r, c]) => [r, c]) });
    expect(shown).toEqual(cells.map(([, , v]) => v));
    expect(cells.length).toBeGreaterThan(100);
  }, 180_000);

  it('selects the cell of a problem in Excel when it is clicked', async () => {
    await page.getByRole('tab', { name: t.steps.data }).click();
    const problem: Locator = page.locator('li button').filter({ hasText: /Cán bộ/ }).first();
    const row = Number(/dòng (\d+)/.exec((await problem.textContent()) ?? '')?.[1]);
    await problem.click();
    const selected = await page.evaluate(() => {
      const { selected } = (window as unknown as { harness: { fake: FakeExcel } }).harness.fake;
      return selected && { sheet: selected.sheet.name, row: selected.areas[0].row + 1 };
    });
    expect(selected).toEqual({ sheet: 'Cán bộ', row });
    expect(errors).toEqual([]);
  }, 60_000);

  it("marks the run's sheets out of date through office-js once the tables change and are read again, and clears it when they are back", async () => {
    type Harness = { harness: { fake: FakeExcel } };
    const title = (): Promise<string> => page.evaluate(() => String((window as unknown as Harness).harness.fake.valueAt('NTH Tóm tắt', 1, 1)));
    const before = await title();
    expect(before).toMatch(/^Kịch bản NTH: /);
    // The planner corrects the first unit's quota in Excel, then reads the tables again.
    const setQuota = (delta: number) => page.evaluate((d) => {
      const { fake } = (window as unknown as Harness).harness;
      let col = 1;
      while (!/^Biên chế/.test(String(fake.valueAt('Đơn vị', 1, col)))) col++;
      fake.setCells('Đơn vị', 2, col, [[Number(fake.valueAt('Đơn vị', 2, col)) + d]]);
    }, delta);
    await setQuota(1);
    await page.getByRole('button', { name: t.data.reload }).click();
    await page.waitForFunction(() => String((window as unknown as Harness).harness.fake.valueAt('NTH Tóm tắt', 1, 1)).startsWith('⚠'), null, { timeout: 30_000 });
    expect(await title()).toMatch(new RegExp(`^⚠ KẾT QUẢ ĐÃ CŨ: bảng dữ liệu đã thay đổi sau lần chạy ngày \\d\\d/\\d\\d/\\d{4}; hãy chạy lại kịch bản \\| ${before}$`));
    const look = await page.evaluate(() => (window as unknown as Harness).harness.fake.styleAt('NTH Phụ lục II', 1, 1));
    expect(look).toMatchObject({ 'font.color': '#9C0006', 'font.bold': true });
    // Put back as they were: read again, the sheets hold again.
    await setQuota(-1);
    await page.getByRole('button', { name: t.data.reload }).click();
    await page.waitForFunction((t0) => (window as unknown as Harness).harness.fake.valueAt('NTH Tóm tắt', 1, 1) === t0, before, { timeout: 30_000 });
    expect(errors).toEqual([]);
  }, 90_000);
});

describe('the add-in when the workbook needs care', () => {
  let other: Page;
  beforeEach(async () => {
    other = await browser.newPage({ viewport: { width: 360, height: 900 } });
    other.on('pageerror', (e) => errors.push(e.message));
  });
  afterEach(async () => {
    await other.close();
  });

  const sheetsOf = (p: Page): Promise<string[]> => p.evaluate(() => (window as unknown as { harness: { fake: FakeExcel } }).harness.fake.sheetNames());

  it('repairs a write cut short by a lost connection before reading, and says what it did', async () => {
    await other.goto(`${origin}/excel.html?scene=interrupted`);
    const said = t.recovery.restored.replace('{sheets}', 'NTH Tóm tắt');
    await other.getByText(said).waitFor({ timeout: 60_000 });
    await other.getByRole('cell', { name: '6.466' }).waitFor({ timeout: 60_000 });
    expect((await sheetsOf(other)).filter((n) => n.startsWith('_sp') || n === 'NTH Tóm tắt')).toEqual([]);
    expect(await sheetsOf(other)).toContain('_staffing_planner');
    await screenshot(other, 'excel-recovered');
    await other.getByRole('button', { name: t.common.close }).first().click();
    await other.getByText(said).waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  }, 90_000);

  it('takes the theme from Office: isDarkTheme where given, else the luminance of the background', async () => {
    const background = async (query: string): Promise<number> => {
      await other.goto(`${origin}/excel.html?${query}`);
      await other.getByRole('tab', { name: t.steps.data }).waitFor({ timeout: 60_000 });
      const rgb = await other.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider') as Element).backgroundColor);
      const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    // A white background but a dark theme said: dark. A dark background and no flag: dark too.
    expect(await background('dark=1&background=%23ffffff')).toBeLessThan(128);
    expect(await background('dark=0&background=%23202020')).toBeGreaterThan(128);
    expect(await background('background=%23202020')).toBeLessThan(128);
  }, 120_000);

  it('keeps a damaged store until the planner chooses to replace it, after saying what is lost', async () => {
    await other.goto(`${origin}/excel.html?scene=damaged`);
    await other.getByText(t.data.storeProblem).waitFor({ timeout: 60_000 });
    const store = () => other.evaluate(() => {
      const { fake } = (window as unknown as { harness: { fake: FakeExcel } }).harness;
      return fake.valueAt('_staffing_planner', 1, 1);
    });
    const damaged = await store();
    expect(await other.getByRole('button', { name: t.data.saveMapping }).isDisabled()).toBe(true);
    await other.getByRole('button', { name: t.data.replaceStore }).click();
    await other.getByText(t.data.confirmReplace).waitFor();
    // The dialog fades in.
    await other.waitForTimeout(500);
    await screenshot(other, 'excel-replace-store');
    // Cancelled: nothing changes.
    await other.getByRole('dialog').getByRole('button', { name: t.common.cancel }).click();
    expect(await store()).toBe(damaged);
    await other.getByRole('button', { name: t.data.replaceStore }).click();
    await other.getByRole('dialog').getByRole('button', { name: t.data.replaceStore }).click();
    await other.getByText(t.data.storeReplaced).waitFor({ timeout: 30_000 });
    expect(JSON.parse(String(await store()))).toEqual({ format: 'staffing-planner/scenarios', version: CURRENT_VERSION, scenarios: [] });
    expect(await other.getByRole('button', { name: t.data.saveMapping }).isDisabled()).toBe(false);
    expect(errors).toEqual([]);
  }, 90_000);
});
