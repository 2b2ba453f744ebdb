import { storeText } from '../../src/workbook/workbook';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { main } from '../../src/cli/main';
import type { Scenario } from '../../src/domain/scenario';
import { parseScenarioDocument } from '../../src/format/scenarioParse';
import { paneEn } from '../../src/i18n/en/pane';
import { paneVi } from '../../src/i18n/vi/pane';
import { sheetName } from '../../src/sheets/names';
import { reportText } from '../../src/sheets/labels';
import { XlsxWorkbookReader } from '../../src/workbook/xlsxRead';
import { addRule, chooseOnly, fieldset, fillFirst, focused, launch, monthFromNow, pick, seriousViolations, serveWeb, shots, widerThanPane, type Served } from './browser';
import { partsOf, sha } from '../hostile/fixtures';

/**
 * The browser demo end to end, as a planner would use it: the real task pane over the sample
 * workbook. A scenario with one operation of each kind is built through the forms (one in rule form,
 * one from the rows selected in the sheet), run, and its sheets are checked against what the command
 * line computes for the same scenario JSON.
 */

const t = paneVi;
const CODE = 'E2E';
/** Someone the test scenario seconds: followed across the scenarios in the Compare step. */
const FOLLOWED = 'CB00284';
const SHOTS = shots('demo');
const OUT = SHOTS.dir;
const screenshot = (page: Page, name: string): Promise<void> => SHOTS.take(page, name);

let served: Served;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const metrics: Record<string, number> = {};

beforeAll(async () => {
  served = await serveWeb();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 950 }, acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
}, 60_000);

afterAll(async () => {
  writeFileSync(resolve(OUT, 'metrics.json'), JSON.stringify(metrics, null, 2));
  await browser?.close();
  await served?.close();
});

const pane = (): Locator => page.getByRole('complementary', { name: 'Task pane' });





async function addOperation(type: string): Promise<Locator> {
  await pane().getByRole('combobox', { name: t.editor.addOperation }).selectOption(type);
  await pane().getByRole('button', { name: t.common.add, exact: true }).click();
  const op = pane().locator('ol > li').last();
  await op.getByLabel(t.common.month).fill(monthFromNow(3));
  return op;
}

describe('browser demo', () => {
  it('opens on the sample workbook with both tables found and mapped', async () => {
    const started = Date.now();
    await page.goto(`${served.origin}/demo.html?sample=three-level`);
    await pane().getByRole('cell', { name: '6.466' }).waitFor({ timeout: 60_000 });
    metrics.demoReadyMs = Date.now() - started;
    // The pane's own time to interactive: from the workbook being ready to the Data step filled in.
    metrics.paneInteractiveMs = Math.round(await page.evaluate(() => performance.now() - performance.getEntriesByName('workbook-ready')[0].startTime));
    metrics.sampleWorkbookMs = Math.round(await page.evaluate(() => performance.getEntriesByName('workbook-ready')[0].startTime));
    // The tables proposed are the sample's Excel tables.
    await expect(pane().getByLabel(t.data.unitTable).inputValue()).resolves.toBe('0');
    const unitOption = await pane().getByLabel(t.data.unitTable).locator('option:checked').textContent();
    expect(unitOption).toContain('DonVi');
    const peopleOption = await pane().getByLabel(t.data.peopleTable).locator('option:checked').textContent();
    expect(peopleOption).toContain('CanBo');
    expect(peopleOption).toContain('6.466 dòng');
    // The table choices are as wide as the pane, not as their longest description.
    await expect(widerThanPane(pane())).resolves.toEqual([]);
    // The counts of problems in the pane's language: 2.588, not 2588.
    const counts = (await pane().getByText(/^\S+ lỗi, \S+ cảnh báo/).textContent()) ?? '';
    const [errorCount, warningCount] = [...counts.matchAll(/(\S+) (lỗi|cảnh báo)/g)].map((m) => m[1]);
    expect([errorCount, warningCount].map((n) => Number(n.replace(/\./g, '')).toLocaleString('vi-VN'))).toEqual([errorCount, warningCount]);
    await screenshot(page, 'data');
  }, 90_000);

  it('maps a column by hand and saves the mapping in the workbook', async () => {
    await pane().getByRole('button', { name: `${t.data.columns}: ${t.data.peopleTable}` }).click();
    // Labels start with a capital; a field without a column says it is not mapped.
    const title = pane().getByLabel(/^Chức vụ\s*\*?$/);
    await expect(title.inputValue()).resolves.toBe('7');
    await expect(title.locator('option[value=""]').textContent()).resolves.toBe('(chưa ghép cột)');
    // Unmapping a required column is reported as a blocking problem; mapping it back clears it.
    await title.selectOption('');
    await pane().getByRole('button', { name: `${t.data.problemKinds.missingColumn}: 1` }).waitFor();
    await expect(pane().getByText(/^\d+ lỗi/).first().textContent()).resolves.not.toMatch(/^0 lỗi/);
    await title.selectOption('7');
    await pane().getByRole('cell', { name: '6.466' }).waitFor();
    await pane().getByRole('button', { name: t.data.saveMapping }).click();
    await pane().getByText(t.data.mappingSaved).waitFor();
    await screenshot(page, 'mapping');
  }, 60_000);

  it('groups the problems by kind with counts, and selects the cell of a problem when it is clicked', async () => {
    const section = pane().locator('section[aria-labelledby="problems-heading"]');
    // One header per kind, with its count: the sample has one kind, birth dates missing, opened at once.
    const headers = section.getByRole('button', { name: /^.+: [\d.]+$/ });
    await expect(headers.count()).resolves.toBe(1);
    const missing = section.getByRole('button', { name: new RegExp(`^${t.data.problemKinds.missingBirthDate}: \\d+$`) });
    await expect(missing.getAttribute('aria-expanded')).resolves.toBe('true');
    const count = Number(/(\d+)$/.exec((await missing.textContent()) ?? '')?.[1]);
    await expect(section.locator('li').count()).resolves.toBe(Math.min(count, 100));
    // Closed, its problems are hidden; opened again, they are back.
    await missing.click();
    await section.locator('li').first().waitFor({ state: 'hidden' });
    await missing.click();
    await section.locator('li').first().waitFor();
    await screenshot(page, 'problems-grouped');
    const problem = section.locator('li button').filter({ hasText: /Cán bộ/ }).first();
    const text = (await problem.textContent()) ?? '';
    const where = /dòng (\d+)/.exec(text);
    expect(where).not.toBeNull();
    await problem.click();
    const selected = page.locator('td[data-selected="true"]');
    await selected.waitFor();
    expect(await selected.getAttribute('data-cell')).toMatch(new RegExp(`^[A-Z]+${where?.[1]}$`));
    await screenshot(page, 'problem-selected');
  }, 30_000);

  it('builds a scenario with one operation of each kind through the forms', async () => {
    await pane().getByRole('tab', { name: t.steps.scenarios }).click();
    await pane().getByRole('button', { name: t.scenarios.create }).click();
    await pane().getByRole('textbox', { name: t.editor.code, exact: true }).fill(CODE);
    await pane().getByRole('textbox', { name: t.editor.name, exact: true }).fill('Kịch bản thử đầu cuối');
    // Enter in a field never saves the editor.
    await pane().getByRole('textbox', { name: t.editor.name, exact: true }).press('Enter');
    await expect(pane().getByText(t.editor.saved).count()).resolves.toBe(0);

    // 1. Concurrent titles, in rule form: every commune's party secretary also chairs its committee.
    let op = await addOperation('concurrentTitles');
    const holder = fieldset(op, t.operation.holder);
    await holder.getByLabel(t.selector.rule).check();
    await addRule(holder, t.selector.addCondition, 'kind', 'eq', 'Đảng ủy xã');
    const target = fieldset(op, t.operation.target);
    // The holder's rule copied to the other side, then its value changed: typed without accents, the
    // value is offered as the tables write it; taken, it matches every commune.
    await target.getByRole('button', { name: fillFirst(t.operation.copyUnits, t.operation.holder) }).click();
    const value = target.locator('input[id$="-value"]').first();
    await expect(value.inputValue()).resolves.toBe('Đảng ủy xã');
    await value.fill('ubnd x');
    const offered = target.getByRole('group', { name: t.selector.valueSuggestions });
    await offered.waitFor();
    await target.scrollIntoViewIfNeeded();
    await screenshot(page, 'rule-value-suggestions');
    await offered.getByRole('button', { name: 'UBND xã', exact: true }).click();
    await expect(value.inputValue()).resolves.toBe('UBND xã');
    await expect(target.getByText(fillFirst(t.selector.matches, 216)).count()).resolves.toBe(1);
    await op.getByLabel(t.operation.formerHolder).selectOption('deputy');
    await expect(holder.getByText(fillFirst(t.selector.matches, 216)).count()).resolves.toBe(1);
    // The list of what the rule matches: the first 50, and how many more.
    await holder.getByText(t.selector.showMatches).click();
    await expect(holder.getByRole('list', { name: fillFirst(t.selector.matches, 216) }).locator('li').count()).resolves.toBe(50);
    await expect(holder.getByText(fillFirst(t.selector.moreListed, 166)).count()).resolves.toBe(1);
    await screenshot(page, 'op-concurrent-titles');

    // 2. Merge two district bodies picked by search.
    op = await addOperation('merge');
    const units = fieldset(op, t.operation.units);
    await pick(units, 'KA-BTC', /\(KA-BTC\)/);
    await pick(units, 'ka-pnv', /\(KA-PNV\)/);
    await op.getByLabel(t.operation.quota).selectOption('sumMinus');
    // Posts are whole: 1,5 shows its error (it was taken as 1,5 posts, or silently as 0).
    await op.getByRole('textbox', { name: t.operation.value }).fill('1,5');
    await op.getByText(t.common.wholeNumberInvalid.replace('{min}', '0').replace('{max}', '1000000')).waitFor();
    await op.getByRole('textbox', { name: t.operation.value }).fill('1');
    await expect(op.getByText(t.common.wholeNumberInvalid.replace('{min}', '0').replace('{max}', '1000000')).count()).resolves.toBe(0);

    // 3. Rotation of a provincial deputy director to a commune.
    op = await addOperation('rotation');
    await pick(fieldset(op, t.operation.people), 'CB00281', /CB00281/);
    await pick(fieldset(op, t.operation.to), 'KA-X01-UB', /\(KA-X01-UB\)/);
    await op.getByLabel(t.operation.newTitle).fill('Phó Chủ tịch UBND');
    await op.getByLabel(t.operation.role).last().selectOption('deputy');

    // 4. Secondment of the rows selected in the sheet (two specialists of Sở Nội vụ).
    await page.getByRole('tab', { name: 'Cán bộ', exact: true }).click();
    await page.locator('td[data-cell="C285"]').click();
    await page.locator('td[data-cell="C286"]').click({ modifiers: ['Shift'] });
    op = await addOperation('secondment');
    const seconded = fieldset(op, t.operation.people);
    await seconded.getByRole('button', { name: t.selector.fromSelection }).click();
    await seconded.getByText(fillFirst(t.selector.fromSelectionDone, 2)).waitFor();
    await pick(fieldset(op, t.operation.to), 'KA-TTR', /\(KA-TTR\)/);
    // A duration that is not a whole number of months shows its error, and nothing is saved while it does.
    await op.getByLabel(t.operation.duration).fill('0');
    await op.getByText(t.operation.durationInvalid.replace('{min}', '1').replace('{max}', '240')).waitFor();
    await pane().getByRole('button', { name: t.common.save, exact: true }).click();
    await pane().getByText(t.editor.fieldInvalid).waitFor();
    await expect(pane().getByText(t.editor.saved).count()).resolves.toBe(0);
    await expect(op.getByLabel(t.operation.duration).evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await op.getByLabel(t.operation.duration).fill('24');
    await screenshot(page, 'op-secondment');

    // 5. Quota cut in rule form: every commune Fatherland Front committee loses one.
    op = await addOperation('quotaChange');
    const cut = fieldset(op, t.operation.units);
    await cut.getByLabel(t.selector.rule).check();
    // A rule with no condition would cut every unit: it is not saved.
    await pane().getByRole('button', { name: t.common.save, exact: true }).click();
    await pane().getByText(new RegExp(`${t.editor.operations} 5: .*“${t.operation.units}”`)).waitFor();
    await expect(pane().getByText(t.editor.saved).count()).resolves.toBe(0);
    await addRule(cut, t.selector.addCondition, 'kind', 'eq', 'MTTQ xã');
    // A quota ordered by a text would select no unit: the value shows its error while it is not a number.
    await addRule(cut, t.selector.addCondition, 'quota', 'gt', 'năm');
    await cut.getByText(t.selector.numberNeeded).waitFor();
    await cut.getByRole('button', { name: fillFirst(t.selector.removeCondition, 2) }).click();
    await expect(cut.getByText(t.selector.numberNeeded).count()).resolves.toBe(0);
    // The cut's value, after the rule's own "value" fields.
    await op.getByRole('textbox', { name: t.operation.value }).last().fill('1');

    // 6. Move one specialist to another district office.
    op = await addOperation('move');
    await pick(fieldset(op, t.operation.people), 'CB00290', /CB00290/);
    await pick(fieldset(op, t.operation.to), 'KA-TCKH', /\(KA-TCKH\)/);
    await op.getByLabel(t.operation.newTitle).fill('Chuyên viên');

    // 7. Abolish a district political centre: its people are left without post.
    op = await addOperation('abolish');
    await pick(fieldset(op, t.operation.units), 'KA-TTCT', /\(KA-TTCT\)/);
    await screenshot(page, 'op-abolish');

    // 8. One cadre leaves under another policy (not checked against the years left).
    op = await addOperation('exit');
    await pick(fieldset(op, t.operation.people), 'CB00300', /CB00300/);
    await op.getByLabel(t.operation.policy, { exact: true }).selectOption('other');
    await screenshot(page, 'op-exit');

    await pane().getByRole('button', { name: t.common.save, exact: true }).click();
    await pane().getByText(t.editor.saved).waitFor();
    await expect(pane().getByText(`${CODE} — Kịch bản thử đầu cuối`).count()).resolves.toBe(1);
    await expect(pane().getByText(fillFirst(t.scenarios.operations, 8)).count()).resolves.toBe(1);
    // Copied as JSON: the scenario file a colleague can import.
    await pane().getByRole('button', { name: t.scenarios.copy }).click();
    await pane().getByText(t.scenarios.copied).waitFor();
    const copied = parseScenarioDocument(await page.evaluate(() => navigator.clipboard.readText()), 'vi');
    expect(copied.problems).toEqual([]);
    expect(copied.document?.scenarios.map((s) => s.code)).toContain(CODE);
    await screenshot(page, 'scenarios');
  }, 180_000);

  it('imports from a copy only the scenarios not already there, and says when a workbook holds none', async () => {
    const file = pane().locator('input[type="file"]');
    const cards = pane().getByRole('list', { name: t.steps.scenarios }).getByRole('listitem');
    const before = await cards.count();
    // A colleague's copy: every scenario of this workbook, one of them under another code, and a new one.
    const own = parseScenarioDocument(await page.evaluate(() => navigator.clipboard.readText()), 'vi').document?.scenarios ?? [];
    expect(own.length).toBe(before);
    const fresh: Scenario = { ...own[0], code: 'MOI', name: 'Kịch bản mới của đồng nghiệp', operations: own[0].operations.slice(1) };
    const copy = { format: 'staffing-planner/scenarios', version: 1, scenarios: [...own.slice(1), { ...own[0], code: 'KHAC' }, fresh] };
    const copyFile = resolve(OUT, 'colleague.json');
    writeFileSync(copyFile, JSON.stringify(copy));
    await file.setInputFiles(copyFile);
    await pane().getByText(fillFirst(t.scenarios.skippedOnImport, before)).waitFor();
    await pane().getByText(fillFirst(t.scenarios.imported, 1)).waitFor();
    await expect(cards.count()).resolves.toBe(before + 1);
    await expect(pane().getByText(/^KHAC — /).count()).resolves.toBe(0);
    await pane().getByRole('button', { name: `${t.scenarios.delete} MOI`, exact: true }).click();
    // The keyboard starts on Cancel, not on the button that deletes.
    const dialog = page.getByRole('dialog');
    await focused(dialog.getByRole('button', { name: t.common.cancel, exact: true }));
    await dialog.getByRole('button', { name: t.scenarios.delete, exact: true }).click();
    await expect(cards.count()).resolves.toBe(before);
    // A workbook without saved scenarios: said so, not "not valid JSON".
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Trang1').getCell('A1').value = 'không có kịch bản';
    const emptyFile = resolve(OUT, 'no-scenarios.xlsx');
    await empty.xlsx.writeFile(emptyFile);
    await file.setInputFiles(emptyFile);
    await pane().getByText(t.scenarios.noStoreInWorkbook.replace('{file}', 'no-scenarios.xlsx')).waitFor();
    await expect(pane().getByText(/Tệp không phải JSON|\$:/).count()).resolves.toBe(0);
    await expect(cards.count()).resolves.toBe(before);
    await screenshot(page, 'import-empty-workbook');
  }, 60_000);

  let downloaded = '';
  let beforeRun = '';
  it('runs the scenario and writes its sheets', async () => {
    // The workbook as the planner has it before the run: the command line runs the same on it below.
    const saved = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải về .xlsx' }).click();
    beforeRun = resolve(OUT, 'demo-before-run.xlsx');
    await (await saved).saveAs(beforeRun);
    await pane().getByRole('tab', { name: t.steps.run }).click();
    await chooseOnly(pane(), [CODE]);
    const started = Date.now();
    await pane().getByRole('button', { name: t.run.start }).click();
    await pane().getByRole('heading', { name: t.run.written }).waitFor({ timeout: 120_000 });
    metrics.runAndWriteMs = Date.now() - started;
    for (const kind of ['summary', 'people', 'timeline', 'issues', 'annex', 'annexUnits'] as const) {
      await expect(pane().getByRole('button', { name: fillFirst(t.run.openSheet, sheetName(CODE, kind, 'vi')), exact: true }).count()).resolves.toBe(1);
    }
    // One scenario's six sheets and the comparison; no other scenario was run.
    await expect(pane().getByRole('button', { name: /^Đến trang / }).count()).resolves.toBe(7);
    await expect(pane().locator('[data-metric="roster"]').count()).resolves.toBe(1);
    // The keyboard is at the results (the Run button, disabled while running, had sent it to the body).
    await focused(pane().getByRole('heading', { name: t.run.results }));
    // What a figure means, by keyboard: its button opens the definition, Escape closes it.
    const roster = pane().locator('[data-metric="roster"]');
    const info = roster.getByRole('button', { name: fillFirst(t.common.definitionOf, reportText('vi').metrics.roster) });
    await info.focus();
    await page.keyboard.press('Enter');
    const note = page.getByRole('note', { name: fillFirst(t.common.definitionOf, reportText('vi').metrics.roster) });
    await expect(note.textContent()).resolves.toBe(reportText('vi').metricDefinitions.roster);
    await screenshot(page, 'run-definition');
    await page.keyboard.press('Escape');
    await note.waitFor({ state: 'detached' });
    await expect(widerThanPane(pane())).resolves.toEqual([]);
    // Counts in the pane's language.
    const issues = (await pane().getByText(/lỗi, .* cảnh báo \(xem trang vấn đề\)$/).first().textContent()) ?? '';
    for (const [, n] of issues.matchAll(/([\d.,]+) (?:lỗi|cảnh báo)/g)) expect(Number(n.replace(/\./g, '')).toLocaleString('vi-VN')).toBe(n);
    await screenshot(page, 'run');
    // The link shows the sheet.
    await pane().getByRole('button', { name: fillFirst(t.run.openSheet, sheetName(CODE, 'summary', 'vi')) }).click();
    await expect(page.locator(`table[data-sheet="${sheetName(CODE, 'summary', 'vi')}"]`).count()).resolves.toBe(1);
    await screenshot(page, 'summary-sheet');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải về .xlsx' }).click();
    downloaded = resolve(OUT, 'demo-output.xlsx');
    await (await download).saveAs(downloaded);
  }, 180_000);

  it('downloads what the command line writes for the same run, part for part', async () => {
    const reader = await XlsxWorkbookReader.fromFile(downloaded);
    const stored = parseScenarioDocument(storeText(await reader.readStore()) ?? '', 'vi').document;
    const scenario = stored?.scenarios.find((s) => s.code === CODE) as Scenario;
    expect(scenario.operations.map((o) => o.type)).toEqual(['concurrentTitles', 'merge', 'rotation', 'secondment', 'quotaChange', 'move', 'abolish', 'exit']);
    expect(scenario.operations[7]).toMatchObject({ people: { ids: ['CB00300'] }, policy: 'other' });
    expect(scenario.operations[0]).toMatchObject({ holder: { units: { where: [{ field: 'kind', op: 'eq', value: 'Đảng ủy xã' }] } }, formerHolder: 'deputy' });
    expect(scenario.operations[3]).toMatchObject({ people: { ids: ['CB00284', 'CB00285'] }, to: { unit: { ids: ['KA-TTR'] } }, durationMonths: 24 });
    const ranAt = stored?.runs?.find((r) => r.code === CODE)?.ranAt as string;

    // The command line on the workbook as it was before the run, at the run's time, for that scenario.
    const dir = mkdtempSync(join(tmpdir(), 'sp-e2e-'));
    const json = join(dir, 'scenario.json');
    writeFileSync(json, JSON.stringify({ format: 'staffing-planner/scenarios', version: 2, scenarios: [scenario] }));
    const out = join(dir, 'cli.xlsx');
    const said: string[] = [];
    const code = await main(['simulate', beforeRun, '--scenarios', json, '--out', out, '--quiet'], {
      out: (x) => said.push(x), err: (x) => said.push(x), tty: false, now: () => new Date(ranAt),
    });
    expect({ code, said: code === 0 ? [] : said }).toEqual({ code: 0, said: [] });

    // The same parts in the same order, each the same once inflated (the two compress differently).
    const demo = partsOf(new Uint8Array(readFileSync(downloaded)));
    const cli = partsOf(new Uint8Array(readFileSync(out)));
    expect([...demo.keys()]).toEqual([...cli.keys()]);
    const differing = [...demo].filter(([name, data]) => sha(data) !== sha(cli.get(name) as Uint8Array)).map(([name]) => name);
    expect(differing).toEqual([]);
    expect(demo.size).toBeGreaterThan(10);
  }, 120_000);

  it('compares two scenarios and writes the comparison sheet', async () => {
    await pane().getByRole('tab', { name: t.steps.compare }).click();
    await chooseOnly(pane(), [CODE, 'NTH']);
    await pick(fieldset(pane(), t.compare.follow.legend), FOLLOWED, new RegExp(FOLLOWED));
    await pane().getByRole('button', { name: t.compare.write }).click();
    await pane().getByText(/Đã ghi trang so sánh/).waitFor({ timeout: 60_000 });
    await focused(pane().getByRole('heading', { name: t.compare.results }));
    // Where the person is, month by month: seconded in the test scenario, in place in the baseline.
    const whereabouts = pane().getByRole('region', { name: t.compare.follow.legend });
    await expect(whereabouts.getByRole('heading', { name: new RegExp(`\\(${FOLLOWED}\\)`) }).count()).resolves.toBe(1);
    await expect(whereabouts.getByText(new RegExp(`^${CODE}: Biệt phái: `)).count()).resolves.toBeGreaterThan(0);
    await whereabouts.scrollIntoViewIfNeeded();
    await screenshot(page, 'compare-follow');
    const table = pane().getByRole('table');
    const heads = async (): Promise<string[]> => (await table.getByRole('columnheader').allInnerTexts()).slice(1).map((x) => x.trim());
    // The pane is narrow: one scenario at a time beside the baseline, the first at once, and it fits.
    const show = pane().getByLabel(t.compare.show);
    const first = await show.inputValue();
    const other = first === CODE ? 'NTH' : CODE;
    expect([CODE, 'NTH']).toContain(first);
    await expect(heads()).resolves.toEqual([t.compare.baseline, first]);
    const frame = pane().getByRole('region', { name: /^Cuối kỳ/ }).first();
    await expect(frame.evaluate((el) => el.scrollWidth <= el.clientWidth)).resolves.toBe(true);
    await screenshot(page, 'compare-narrow');
    await show.selectOption(other);
    await expect(heads()).resolves.toEqual([t.compare.baseline, other]);
    // Or every scenario side by side, scrolled sideways.
    await show.selectOption('');
    await expect(heads()).resolves.toEqual([t.compare.baseline, first, other]);
    await expect(page.getByRole('tab', { name: 'So sánh', exact: true }).count()).resolves.toBeGreaterThan(0);
    await expect(widerThanPane(pane())).resolves.toEqual([]);
    // A row's definition opens from its button, by keyboard as by touch.
    const shortage = reportText('vi').metrics.shortage;
    await table.getByRole('button', { name: fillFirst(t.common.definitionOf, shortage) }).click();
    await page.getByRole('note').filter({ hasText: reportText('vi').metricDefinitions.shortage }).waitFor();
    await page.keyboard.press('Escape');
    await screenshot(page, 'compare');

    // The comparison sheet holds what `staffing-planner compare` writes for the same two scenarios.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải về .xlsx' }).click();
    const file = resolve(OUT, 'demo-compare.xlsx');
    await (await download).saveAs(file);
    const out = join(mkdtempSync(join(tmpdir(), 'sp-e2e-')), 'compare.xlsx');
    const said: string[] = [];
    const code = await main(['compare', file, '--codes', `${CODE},NTH`, '--follow', FOLLOWED, '--out', out, '--start', monthFromNow(0), '--quiet'], {
      out: (x) => said.push(x), err: (x) => said.push(x), tty: false, now: () => new Date(),
    });
    expect({ code, said: code === 0 ? [] : said }).toEqual({ code: 0, said: [] });
    const demo = new ExcelJS.Workbook();
    await demo.xlsx.readFile(file);
    const cli = new ExcelJS.Workbook();
    await cli.xlsx.readFile(out);
    const sheet = values(demo.getWorksheet('So sánh'));
    expect(sheet.length).toBeGreaterThan(20);
    expect(sheet).toEqual(values(cli.getWorksheet('So sánh')));
    // Where the person followed is, as the pane said it.
    const followed = values(demo.getWorksheet('Theo dõi cán bộ'));
    expect(followed[3]?.slice(0, 5)).toEqual(['Mã cán bộ', 'Họ và tên', 'Năm sinh', 'Từ tháng', 'Giữ nguyên']);
    expect(followed.slice(4).every((r) => r[0] === FOLLOWED)).toBe(true);
    expect(followed).toEqual(values(cli.getWorksheet('Theo dõi cán bộ')));

    // One scenario shown alone, then compared again without it: the others are shown, not nothing.
    await show.selectOption(first);
    await chooseOnly(pane(), [other]);
    await pane().getByRole('button', { name: t.compare.compute, exact: true }).click();
    await focused(pane().getByRole('heading', { name: t.compare.results }));
    await expect(heads()).resolves.toEqual([t.compare.baseline, other]);
    await expect(table.getByRole('cell').count()).resolves.toBeGreaterThan(10);
  }, 120_000);

  it("says on the scenario's sheets themselves that they no longer hold once it is edited after its run", async () => {
    await pane().getByRole('tab', { name: t.steps.scenarios }).click();
    await pane().getByRole('button', { name: `${t.common.edit} ${CODE}`, exact: true }).click();
    await pane().getByRole('textbox', { name: t.editor.name, exact: true }).fill('Kịch bản thử đầu cuối, sửa lại');
    await pane().getByRole('button', { name: t.common.save, exact: true }).click();
    await pane().getByText(t.editor.saved).waitFor();
    await pane().getByText(t.scenarios.state.edited).first().waitFor();
    const summary = sheetName(CODE, 'summary', 'vi');
    await page.getByRole('tab', { name: summary, exact: true }).click();
    const sheet = page.locator(`table[data-sheet="${summary}"]`);
    await sheet.getByText(/^⚠ KẾT QUẢ ĐÃ CŨ: kịch bản đã được sửa sau lần chạy ngày \d\d\/\d\d\/\d{4}; hãy chạy lại kịch bản \| Kịch bản /).waitFor({ timeout: 30_000 });
    await screenshot(page, 'stale-notice');
  }, 120_000);

  it('has no serious or critical accessibility violations, light and dark', async () => {
    await pane().getByRole('tab', { name: t.steps.data }).click();
    expect(await seriousViolations(page, 'aside')).toEqual([]);
    await pane().getByRole('tab', { name: t.steps.scenarios }).click();
    expect(await seriousViolations(page, 'aside')).toEqual([]);
    // The editor with a rule-form operation open: the densest form of the pane.
    await pane().getByRole('listitem').filter({ hasText: `${CODE} —` }).getByRole('button', { name: t.common.edit }).click();
    await pane().getByRole('button', { name: `${t.common.edit} 1. ${t.operation.types.concurrentTitles}` }).click();
    await pane().getByRole('button', { name: t.selector.addCondition }).first().waitFor();
    expect(await seriousViolations(page, 'aside')).toEqual([]);
    // Fluent's own labels (a clear button, a spin button, a dismiss) would be English: none is left in the Vietnamese pane.
    const labels = await pane().evaluate((root) => [...root.querySelectorAll('[aria-label], [title], [placeholder], [aria-roledescription]')]
      .flatMap((el) => ['aria-label', 'title', 'placeholder', 'aria-roledescription'].map((a) => el.getAttribute(a) ?? '')).filter(Boolean));
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.filter((l) => /^(clear selection|increment value|decrement value|resize column|overflow|close|dismiss|remove|loading|search|options?|more)$/i.test(l.trim()))).toEqual([]);
    await screenshot(page, 'editor-rule-form');
    await pane().getByRole('button', { name: t.common.cancel, exact: true }).click();
    await page.getByLabel('Giao diện Office').selectOption('dark');
    await pane().getByRole('tab', { name: t.steps.compare }).click();
    expect(await seriousViolations(page, 'aside')).toEqual([]);
  }, 120_000);

  it('switches to English and to the dark theme, keeping every step\'s results and choices', async () => {
    await pane().getByLabel(t.language, { exact: true }).selectOption('en');
    // The run's results, the comparison and the problems found stay, now in English.
    await pane().getByRole('tab', { name: paneEn.steps.run }).click();
    await pane().getByRole('heading', { name: paneEn.run.written }).waitFor();
    await pane().getByRole('tab', { name: paneEn.steps.compare }).click();
    await expect(pane().getByRole('table').count()).resolves.toBeGreaterThan(0);
    await pane().getByRole('tab', { name: paneEn.steps.data }).click();
    await pane().locator('section[aria-labelledby="problems-heading"]').getByRole('button', { name: new RegExp(`^${paneEn.data.problemKinds.missingBirthDate}: \\d+$`) }).waitFor();
    await pane().getByRole('tab', { name: paneEn.steps.scenarios }).click();
    await pane().getByRole('button', { name: paneEn.scenarios.create }).waitFor();
    const background = await pane().locator('main').evaluate((el) => getComputedStyle(el.parentElement as HTMLElement).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await screenshot(page, 'english-dark');
    expect(errors).toEqual([]);
  }, 60_000);
});


/** A sheet's values row by row, as plain JSON (formulas by their cached result). */
function values(ws: ExcelJS.Worksheet | undefined): unknown[][] {
  if (!ws) return [];
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const line: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      const v = cell.value as unknown;
      line.push(v !== null && typeof v === 'object' && 'result' in (v as object) ? (v as { result: unknown }).result : v);
    });
    rows.push(line);
  });
  return rows;
}
