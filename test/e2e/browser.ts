import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** What the end-to-end tests share: the built pane served from dist/web, and Debian's Chromium. */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { staticHandler } = require('../../scripts/serve.js') as { staticHandler(root: string): Parameters<typeof createServer>[1] };

export const WEB_ROOT = resolve(__dirname, '../../dist/web');
export const SHOTS = resolve(__dirname, '../../test-output/e2e');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Served {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves a built folder: dist/web (the demo) or dist/harness (the add-in over the fake Excel). */
export function serveWeb(root = WEB_ROOT, page = 'demo.html', build = 'build:web'): Promise<Served> {
  if (!existsSync(resolve(root, page))) throw new Error(`${root} is not built: run \`npm run ${build}\` (npm test builds it first).`);
  const server: Server = createServer(staticHandler(root));
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ origin: `http://localhost:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export interface Shots {
  /** Where this test file keeps its screenshots and files (emptied when it starts). */
  readonly dir: string;
  /** Screenshots are kept by the run, numbered in the order taken, to be looked at. */
  take(page: Page, name: string): Promise<void>;
}

export function shots(name: string): Shots {
  const dir = resolve(SHOTS, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let n = 0;
  return {
    dir,
    async take(page, shot) {
      n++;
      await page.screenshot({ path: resolve(dir, `${String(n).padStart(2, '0')}-${shot}.png`) });
    },
  };
}

/** Ticks the scenarios with these codes, and only them, in a step's list. */
export async function chooseOnly(scope: Locator, codes: readonly string[]): Promise<void> {
  const boxes = scope.getByRole('checkbox');
  // The step's script loads on first use: wait for its list.
  await boxes.first().waitFor();
  const count = await boxes.count();
  for (let i = 0; i < count; i++) await boxes.nth(i).uncheck();
  for (const code of codes) await scope.getByRole('checkbox', { name: new RegExp(`^${code} —`) }).check();
  const checked = await scope.getByRole('checkbox', { checked: true }).count();
  if (checked !== codes.length) throw new Error(`${checked} scenarios ticked, ${codes.length} wanted`);
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** Runs axe-core in the page (WCAG 2 A and AA rules) and returns the serious and critical violations. */
export async function seriousViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    // Tabster's focus guards (Fluent's keyboard navigation) are focusable and aria-hidden on purpose:
    // a known false positive of aria-hidden-focus (microsoft/tabster#288).
    const result = await axe.run({ include: [selector ?? 'body'], exclude: [['[data-tabster-dummy]']] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
  }, within ?? null);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A month from now on the local clock, as the pane dates its runs: 'YYYY-MM'. */
export function monthFromNow(offset: number): string {
  const now = new Date();
  const m = now.getFullYear() * 12 + now.getMonth() + offset;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

/** The fieldset of a selector inside an operation, by its legend. */
export function fieldset(scope: Locator, legend: string): Locator {
  return scope.locator('fieldset').filter({ has: scope.page().locator(`legend:text-is("${legend}")`) }).first();
}

/** Types into a picker's box and takes the first option that matches. */
export async function pick(scope: Locator, query: string, optionText: RegExp): Promise<void> {
  const box = scope.getByRole('combobox').first();
  await box.click();
  await box.pressSequentially(query);
  await scope.page().getByRole('option', { name: optionText }).first().click();
}

/** Adds a condition to a rule: its field, operator and value; `addCondition` is the button's label. */
export async function addRule(scope: Locator, addCondition: string, field: string, op: string, value: string): Promise<void> {
  await scope.getByRole('button', { name: addCondition }).click();
  const rows = scope.locator('select[id$="-field"]');
  const i = (await rows.count()) - 1;
  await rows.nth(i).selectOption(field);
  await scope.locator('select[id$="-op"]').nth(i).selectOption(op);
  const input = scope.locator('input[id$="-value"]').nth(i);
  await input.fill(value);
  await input.blur();
}

/** A pane text with its first placeholder filled. */
export function fillFirst(template: string, n: number | string): string {
  return template.replace(/\{\w+\}/, String(n));
}

/** Waits until `locator` has the keyboard's focus (a focus moved after a render lands a moment later). */
export async function focused(locator: Locator, timeout = 5_000): Promise<void> {
  await locator.waitFor();
  await locator.page().waitForFunction((e) => e === document.activeElement, await locator.elementHandle(), { timeout });
}

/**
 * What makes the pane wider than it is, so that it scrolls sideways: the elements reaching past its
 * right edge (a table's own scrolling frame clips what it holds, and is itself within the pane). Empty
 * when the pane fits.
 */
export async function widerThanPane(pane: Locator): Promise<string[]> {
  return pane.evaluate((root: HTMLElement) => {
    // The inner right edge: past the left border and the content, before the vertical scroll bar.
    const edge = root.getBoundingClientRect().left + root.clientLeft + root.clientWidth;
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== root; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return true;
      return false;
    };
    const wide = [...root.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > edge + 0.5 && !clipped(el) && (el as HTMLElement).offsetParent !== null);
    const found = wide.map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${el.getAttribute('aria-label') ?? (el.textContent ?? '').slice(0, 40)}`);
    return root.scrollWidth > root.clientWidth ? [`scrollWidth ${root.scrollWidth} > ${root.clientWidth}`, ...found] : found;
  });
}
