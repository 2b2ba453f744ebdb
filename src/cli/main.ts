import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describeScenario } from '../app/describe';
import type { PlanResults } from '../app/planner';
import { readInput, runScenarios, writePlan } from '../app/planner';
import { sampleWorkbookChanges } from '../app/sampleWorkbook';
import { formatMonth, monthOf } from '../domain/month';
import type { Scenario } from '../domain/scenario';
import type { ScenarioDocument } from '../format/scenarioDocument';
import { parseScenarioDocument } from '../format/scenarioParse';
import { toResultJson } from '../format/resultDocument';
import { generateProvince } from '../sample/province';
import type { Lang } from '../sheets/labels';
import { reportText } from '../sheets/labels';
import { errorsIn, problemMessage } from '../tables/problems';
import { XlsxWorkbookReader } from '../workbook/xlsxRead';
import { XlsxWorkbookWriter } from '../workbook/xlsxWrite';
import { ForeignSheetError, storeText } from '../workbook/workbook';
import { CLI_TEXT } from './text';

/**
 * staffing-planner: the command-line host. Wires the .xlsx adapters, the clock and the file system to
 * the planner's steps. Exit codes: 0 done; 1 the input has blocking problems; 2 bad usage.
 */

const VERSION: string = (JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;

export class UsageError extends Error {}
class InputError extends Error {}

interface Args {
  readonly command: string | undefined;
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

const FLAGS_WITH_VALUE = new Set(['scenarios', 'out', 'json', 'lang', 'start', 'people', 'seed', 'codes']);
const BOOLEAN_FLAGS = new Set(['unit-series', 'quiet', 'help']);

export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h') flags.set('help', true);
    else if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (FLAGS_WITH_VALUE.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        flags.set(name, value);
      } else if (BOOLEAN_FLAGS.has(name)) flags.set(name, true);
      else throw new UsageError(`unknown option --${name}`);
    } else positional.push(a);
  }
  return { command: positional.shift(), positional, flags };
}

interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress redraws in place). */
  readonly tty: boolean;
  now(): Date;
}

const nodeIo: Io = {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
  tty: Boolean(process.stderr.isTTY),
  now: () => new Date(),
};

function flag(args: Args, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

function langOf(args: Args): Lang {
  const lang = flag(args, 'lang') ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang must be vi or en, not ${lang}`);
  return lang;
}

function currentMonth(io: Io): string {
  const d = io.now();
  return formatMonth(monthOf(d.getFullYear(), d.getMonth() + 1));
}

function startOf(args: Args, io: Io): string {
  const start = flag(args, 'start') ?? currentMonth(io);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(start)) throw new UsageError(`--start must be YYYY-MM, not ${start}`);
  return start;
}

function need(args: Args, count: number, usage: string): string[] {
  if (args.positional.length !== count) throw new UsageError(`usage: staffing-planner ${usage}`);
  return args.positional;
}

function ensureDir(path: string): void {
  const dir = dirname(resolve(path));
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
}

async function sample(args: Args, io: Io): Promise<number> {
  const [out] = need(args, 1, 'sample <out.xlsx> [--people N] [--seed N] [--start YYYY-MM]');
  const people = flag(args, 'people');
  const seed = flag(args, 'seed');
  if (people !== undefined && !(Number(people) >= 1)) throw new UsageError('--people must be a positive number');
  if (seed !== undefined && !Number.isInteger(Number(seed))) throw new UsageError('--seed must be an integer');
  const start = startOf(args, io);
  const province = generateProvince({
    startMonth: start, ...(people ? { people: Number(people) } : {}), ...(seed ? { seed: Number(seed) } : {}),
  });
  const workbook = new ExcelJS.Workbook();
  await new XlsxWorkbookWriter(workbook).apply(sampleWorkbookChanges(province, start));
  ensureDir(out);
  await workbook.xlsx.writeFile(out);
  io.out(CLI_TEXT[langOf(args)].sampleWritten(out, province.units.rows.length, province.people.rows.length, province.scenarios.length));
  return 0;
}

async function openInput(path: string): Promise<{ workbook: ExcelJS.Workbook; reader: XlsxWorkbookReader }> {
  if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    throw new InputError(`${path}: ${(e as Error).message}`);
  }
  return { workbook, reader: new XlsxWorkbookReader(workbook) };
}

/** Warnings printed before a run; `validate` lists them all. */
const WARNINGS_SHOWN = 5;

/**
 * Reads and checks the tables with the mapping remembered in the workbook. Prints every error, and
 * every warning only when `allWarnings` (else the first few and how many more).
 */
async function checkedInput(reader: XlsxWorkbookReader, lang: Lang, io: Io, stored: ScenarioDocument | null, asOf: string, allWarnings: boolean) {
  const input = await readInput(reader, stored?.mapping, asOf);
  const t = CLI_TEXT[lang];
  const warnings = input.problems.filter((p) => p.severity === 'warning');
  for (const p of errorsIn(input.problems)) io.err(`${t.error}: ${problemMessage(p, lang)}`);
  const shown = allWarnings ? warnings : warnings.slice(0, WARNINGS_SHOWN);
  for (const p of shown) io.err(`${t.warning}: ${problemMessage(p, lang)}`);
  if (shown.length < warnings.length) io.err(t.moreWarnings(warnings.length - shown.length));
  return input;
}

function storedDocument(text: string | null, lang: Lang, io: Io): ScenarioDocument | null {
  if (text === null) return null;
  const parsed = parseScenarioDocument(text, lang);
  for (const p of parsed.problems) io.err(`${CLI_TEXT[lang].storeProblem}: ${p.message}`);
  return parsed.document;
}

async function validate(args: Args, io: Io): Promise<number> {
  const [path] = need(args, 1, 'validate <in.xlsx> [--lang vi|en]');
  const lang = langOf(args);
  const { reader } = await openInput(path);
  const stored = storedDocument(storeText(await reader.readStore()), lang, io);
  const input = await checkedInput(reader, lang, io, stored, io.now().toISOString().slice(0, 10), true);
  const t = CLI_TEXT[lang];
  const errors = errorsIn(input.problems).length;
  if (input.staffing) {
    const quota = input.staffing.units.reduce((a, u) => a + u.quota, 0);
    io.out(t.validated(input.description, input.staffing.units.length, input.staffing.people.length, quota, input.problems.length - errors));
  }
  if (errors > 0) io.out(t.blocking(errors));
  return errors > 0 ? 1 : 0;
}

function loadScenarios(args: Args, stored: ScenarioDocument | null, lang: Lang, io: Io): Scenario[] {
  const file = flag(args, 'scenarios');
  const t = CLI_TEXT[lang];
  if (file === undefined) {
    if (!stored || stored.scenarios.length === 0) throw new InputError(t.noScenarios);
    return [...stored.scenarios];
  }
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const parsed = parseScenarioDocument(readFileSync(file, 'utf8'), lang);
  for (const p of parsed.problems) io.err(`${file}: ${p.message}`);
  if (!parsed.document || parsed.problems.length > 0) throw new InputError(t.badScenarios(file));
  return [...parsed.document.scenarios];
}

function progressPrinter(io: Io, quiet: boolean): (done: number, total: number, label: string) => void {
  let last = -1;
  let lastLabel = '';
  return (done, total, label) => {
    if (quiet) return;
    const pct = Math.floor((done / total) * 100);
    if (io.tty) {
      if (pct !== last) process.stderr.write(`\r${label.padEnd(12)} ${'#'.repeat(Math.floor(pct / 5)).padEnd(20, '.')} ${pct}%${done >= total ? '\n' : ''}`);
    } else if (label !== lastLabel) io.err(`[${Math.ceil(done)}/${total}] ${label}`);
    last = pct;
    lastLabel = label;
  };
}

function printKpis(plan: PlanResults, lang: Lang, io: Io): void {
  const t = reportText(lang);
  const metrics = ['roster', 'present', 'vacancies', 'surplus', 'shortage', 'excessDeputies', 'withoutPost', 'returnConflicts'] as const;
  const cols = [plan.baseline, ...plan.results];
  io.out(CLI_TEXT[lang].kpiNote);
  const head = [''.padEnd(34), ...cols.map((r) => r.code.padStart(10))].join('');
  io.out(head);
  for (const m of metrics) {
    const row = cols.map((r) => {
      const k = r.kpis.find((x) => x.metric === m);
      return String(k ? (k.total ?? k.end) : '').padStart(10);
    });
    io.out(`${t.metrics[m].slice(0, 33).padEnd(34)}${row.join('')}`);
  }
}

async function simulateCommand(args: Args, io: Io, compareOnly: boolean): Promise<number> {
  const usage = compareOnly
    ? 'compare <in.xlsx> [--scenarios f.json] [--codes A,B] [--out out.xlsx] [--lang vi|en] [--start YYYY-MM]'
    : 'simulate <in.xlsx> [--scenarios f.json] [--out out.xlsx] [--json result.json] [--lang vi|en] [--start YYYY-MM]';
  const [path] = need(args, 1, usage);
  const lang = langOf(args);
  const t = CLI_TEXT[lang];
  const now = io.now();
  const { workbook, reader } = await openInput(path);
  const stored = storedDocument(storeText(await reader.readStore()), lang, io);
  const input = await checkedInput(reader, lang, io, stored, now.toISOString().slice(0, 10), false);
  if (!input.staffing) {
    io.out(t.blocking(errorsIn(input.problems).length));
    return 1;
  }
  const scenarios = loadScenarios(args, stored, lang, io);
  const codes = flag(args, 'codes')?.split(',').map((c) => c.trim());
  const unknown = codes?.filter((c) => !scenarios.some((s) => s.code === c)) ?? [];
  if (unknown.length > 0) throw new UsageError(`unknown scenario code(s): ${unknown.join(', ')}`);
  const chosen = compareOnly && codes ? scenarios.filter((s) => codes.includes(s.code)) : scenarios;
  const started = Date.now();
  const plan = runScenarios(input.staffing, chosen, startOf(args, io), progressPrinter(io, args.flags.has('quiet')));
  const simulated = Date.now() - started;

  const out = flag(args, 'out') ?? path.replace(/(\.xlsx)?$/i, compareOnly ? '.comparison.xlsx' : '.scenarios.xlsx');
  if (resolve(out) === resolve(path)) throw new UsageError(t.sameFile);
  const writer = new XlsxWorkbookWriter(workbook);
  const options = {
    lang, runDate: now.toISOString().slice(0, 10), ranAt: now.toISOString(), input, scenarios: chosen, comparisonOnly: compareOnly,
  };
  const written = await writePlan(writer, plan, options, stored);
  ensureDir(out);
  await workbook.xlsx.writeFile(out);
  for (const r of plan.results) {
    const errors = r.issues.filter((i) => i.severity === 'error').length;
    io.out(t.scenarioDone(r.code, r.name, r.changes.length, r.issues.length, errors));
    describeScenario(chosen.find((s) => s.code === r.code) as Scenario, lang).forEach((line, i) => io.out(`    ${i + 1}. ${line}`));
  }
  printKpis(plan, lang, io);
  io.out(t.written(out, written.length, simulated));
  const json = flag(args, 'json');
  if (json !== undefined) {
    const doc = toResultJson(plan.results, plan.baseline, {
      generatedAt: now.toISOString(), toolVersion: VERSION,
      input: { fingerprint: input.fingerprint, tables: input.description.split(', ') },
    }, { unitSeries: args.flags.has('unit-series') });
    ensureDir(json);
    writeFileSync(json, JSON.stringify(doc));
    io.out(t.jsonWritten(json));
  }
  return 0;
}

export async function main(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  let lang: Lang = 'vi';
  try {
    const args = parseArgs(argv);
    lang = langOf(args);
    if (args.flags.has('help') || args.command === undefined || args.command === 'help') {
      io.out(CLI_TEXT[lang].help(VERSION));
      return args.command === undefined && !args.flags.has('help') ? 2 : 0;
    }
    switch (args.command) {
      case 'sample': return await sample(args, io);
      case 'validate': return await validate(args, io);
      case 'simulate': return await simulateCommand(args, io, false);
      case 'compare': return await simulateCommand(args, io, true);
      default: throw new UsageError(`unknown command ${args.command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${CLI_TEXT[lang].usageError}: ${e.message}`);
      io.err(CLI_TEXT[lang].seeHelp);
      return 2;
    }
    if (e instanceof InputError) {
      io.err(`${CLI_TEXT[lang].error}: ${e.message}`);
      return 1;
    }
    if (e instanceof ForeignSheetError) {
      io.err(`${CLI_TEXT[lang].error}: ${CLI_TEXT[lang].sheetClash(e.sheet)}`);
      return 1;
    }
    throw e;
  }
}
