import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crc32, deflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';
import { describeScenario, recordNames } from '../app/describe';
import { resolveFollow } from '../app/follow';
import type { PlanResults, TimelineDetail } from '../app/planner';
import { readInput, runScenarios, writePlan } from '../app/planner';
import type { SuggestMode, SuggestRequest } from '../domain/suggest';
import { formatMonth, monthOf } from '../domain/month';
import type { Staffing } from '../domain/model';
import type { Metric } from '../domain/result';
import type { Scenario } from '../domain/scenario';
import { CURRENT_VERSION, EARLIEST_MONTH, freeCode, LATEST_MONTH, SCENARIO_FORMAT, serializeScenarioDocument, type ScenarioDocument } from '../format/scenarioDocument';
import { parseScenarioDocument } from '../format/scenarioParse';
import { toResultJson } from '../format/resultDocument';
import { fill, formatCount, LANGS } from '../i18n/messages';
import type { CellFix } from '../sheets/cellText';
import type { Lang } from '../sheets/labels';
import { reportText } from '../sheets/labels';
import { headline, kpiFor } from '../sheets/figures';
import { comparisonSheetName, whereaboutsSheetName } from '../sheets/names';
import { errorsIn, problemMessage } from '../tables/problems';
import { fileFaultMessage, WorkbookFileError } from '../workbook/fileFaults';
import { DEFAULT_LIMITS } from '../workbook/package';
import { PackageWorkbookReader } from '../workbook/packageRead';
import { PackageWorkbookWriter } from '../workbook/packageWrite';
import type { Codec } from '../workbook/zip';
import { changedStoreCell, ForeignSheetError, type StoreRead } from '../workbook/workbook';
import {
  checkDistinct,
  checkNotFolder,
  InputPathError,
  nodeFileSystem,
  readInput as readInputFile,
  SamePathError,
  writeAll,
  WriteError,
  type FileSystem,
  type NamedPath,
  type OutputFile,
} from './files';
import { parseArgs, UsageError, type Args } from './options';
import { CLI_TEXT, type CliText } from './text';

/**
 * staffing-planner: the command-line host. Wires the package reader and writer, the clock and the
 * file system to the planner's steps. Exit codes (documented in --help and the README): 0 done; 1 the
 * input has problems; 2 bad usage; 3 an output could not be written; 4 a bug; 130 interrupted.
 */

const VERSION: string = (JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;

export const EXIT = { done: 0, input: 1, usage: 2, write: 3, bug: 4 } as const;

/** A problem of the input, already said in the planner's language. */
class InputError extends Error {}

/** The largest sample: beyond a province (300,000 people) with room to spare. */
export const MAX_SAMPLE_PEOPLE = 500_000;
/** A scenario file is small; anything larger is not one. */
const MAX_SCENARIO_FILE_BYTES = 50 * 1024 * 1024;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress redraws in place). */
  readonly tty: boolean;
  now(): Date;
  readonly fs?: FileSystem;
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
  if (lang !== 'vi' && lang !== 'en') throw new UsageError('badLang', { value: lang });
  return lang;
}

/** The language asked for, read before the arguments are checked, so that even usage errors are in it. */
function requestedLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (value === 'en' || value === 'vi') return value;
  }
  return 'vi';
}

function currentMonth(io: Io): string {
  const d = io.now();
  return formatMonth(monthOf(d.getFullYear(), d.getMonth() + 1));
}

function startOf(args: Args, io: Io): string {
  const start = flag(args, 'start') ?? currentMonth(io);
  if (!isMonth(start)) throw new UsageError('badStart', { value: start });
  inRange('--start', start);
  return start;
}

/** A month the scenario format can hold, as the scenarios' own months are checked: 1900-01 to 2199-12. */
function inRange(option: string, month: string): void {
  if (month < EARLIEST_MONTH || month > LATEST_MONTH) throw new UsageError('monthOutOfRange', { option, value: month, min: EARLIEST_MONTH, max: LATEST_MONTH });
}

/** The people of --follow, by ID or full name; every one must be found, and found once. */
function followOf(args: Args, staffing: Staffing): readonly string[] {
  const given = flag(args, 'follow');
  if (given === undefined) return [];
  const named = given.split(',').filter((x) => x.trim() !== '');
  if (named.length === 0) throw new UsageError('missingValue', { option: '--follow' });
  const found = resolveFollow(staffing, named);
  if (found.unknown.length > 0) throw new UsageError('unknownPeople', { people: found.unknown.join(', ') });
  const twice = found.ambiguous[0];
  if (twice) throw new UsageError('ambiguousName', { count: twice.ids.length, name: twice.name, ids: twice.ids.join(', ') });
  return found.ids;
}

function timelineOf(args: Args): TimelineDetail {
  const value = flag(args, 'timeline') ?? 'auto';
  if (value !== 'auto' && value !== 'locality' && value !== 'parent') throw new UsageError('badTimeline', { value });
  return value;
}

function need(args: Args, count: number, usage: string): string[] {
  if (args.positional.length !== count) throw new UsageError('arguments', { usage });
  return args.positional;
}

/** The planner's local day, 'YYYY-MM-DD' (the clock of the machine, not UTC). */
function localDay(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** Node's zlib: level 4 deflates several times faster than 6 for an output about 10 % larger. */
const NODE_CODEC: Codec = {
  deflate: (data) => deflateRawSync(data, { level: 4 }),
  // On zlib's thread pool: a province's sheets are compressed on the other core while the next are made.
  deflateLater: (data) => new Promise((done, fail) => deflateRaw(data, { level: 4 }, (e, out) => (e ? fail(e) : done(out)))),
  crc32: (data, previous) => crc32(data, previous),
  // One output buffer of the declared size (bounded by the caller): in zlib's 16 KB pieces, a province's
  // people sheet was 3,600 buffers, then joined into a copy. One byte more, or zlib, having filled it
  // exactly, makes another of the same size to look for more output.
  inflateRaw: (data, maxBytes) => inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes), chunkSize: Math.max(64, maxBytes + 1) }),
};

async function sample(args: Args, io: Io, fs: FileSystem): Promise<number> {
  // Loaded here, not with the CLI: a run of `simulate` does not pay for the sample's generator.
  const { DEFAULT_SHAPE, generateSample } = await import('../sample/province');
  const { sampleWorkbookFile } = await import('../app/sampleWorkbook');
  const [out] = need(args, 1, 'sample <out.xlsx> [--three-level] [--people N] [--seed N] [--start YYYY-MM] [--force]');
  const lang = langOf(args);
  const people = flag(args, 'people');
  const seed = flag(args, 'seed');
  if (people !== undefined && !(/^\d+$/.test(people) && Number(people) >= 1)) throw new UsageError('badPeople', { value: people });
  if (people !== undefined && Number(people) > MAX_SAMPLE_PEOPLE) throw new UsageError('peopleTooMany', { value: people, max: MAX_SAMPLE_PEOPLE });
  if (seed !== undefined && !/^-?\d+$/.test(seed)) throw new UsageError('badSeed', { value: seed });
  needExtension(out, '.xlsx');
  checkNotFolder(fs, out);
  if (!args.flags.has('force') && exists(fs, out)) throw new UsageError('exists', { path: out });
  const start = startOf(args, io);
  // Two levels (since 2025-07-01) unless the historical three-level province is asked for.
  const province = generateSample(args.flags.has('three-level') ? 'three-level' : DEFAULT_SHAPE, {
    startMonth: start, ...(people ? { people: Number(people) } : {}), ...(seed ? { seed: Number(seed) } : {}),
  });
  const data = await sampleWorkbookFile(province, start, NODE_CODEC);
  writeAll(fs, [{ path: out, data }]);
  io.out(CLI_TEXT[lang].sampleWritten(out, formatCount(province.units.rows.length, lang), formatCount(province.people.rows.length, lang), province.scenarios.length));
  return EXIT.done;
}

function exists(fs: FileSystem, path: string): boolean {
  try {
    fs.statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The input workbook, read whole and opened as a package: what the file really is is checked first. */
function openInput(fs: FileSystem, path: string): PackageWorkbookReader {
  const bytes = readInputFile(fs, path, DEFAULT_LIMITS.fileBytes, () => new WorkbookFileError({ kind: 'tooLarge', limit: 'file', part: null, max: DEFAULT_LIMITS.fileBytes }));
  return PackageWorkbookReader.open(bytes, DEFAULT_LIMITS, NODE_CODEC);
}

/** Warnings printed before a run; `validate` lists them all. */
const WARNINGS_SHOWN = 5;

/**
 * Reads and checks the tables with the mapping remembered in the workbook. Prints every error, and
 * every warning only when `allWarnings` (else the first few and how many more).
 */
async function checkedInput(reader: PackageWorkbookReader, lang: Lang, io: Io, stored: ScenarioDocument | null, asOf: string, allWarnings: boolean) {
  const input = await readInput(reader, stored?.mapping, asOf);
  const t = CLI_TEXT[lang];
  const warnings = input.problems.filter((p) => p.severity === 'warning');
  for (const p of errorsIn(input.problems)) io.err(`${t.error}: ${problemMessage(p, lang)}`);
  const shown = allWarnings ? warnings : warnings.slice(0, WARNINGS_SHOWN);
  for (const p of shown) io.err(`${t.warning}: ${problemMessage(p, lang)}`);
  if (shown.length < warnings.length) io.err(t.moreWarnings(formatCount(warnings.length - shown.length, lang)));
  return input;
}

/** The store as found: its document (null when damaged or absent) and whether it may be written. */
interface StoreFound {
  readonly read: StoreRead;
  readonly document: ScenarioDocument | null;
  /** Damaged or newer: left as it is in the output. */
  readonly kept: 'damaged' | 'newer' | null;
}

function storeFound(read: StoreRead, lang: Lang, io: Io): StoreFound {
  if (read.kind !== 'store') return { read, document: null, kept: null };
  const parsed = parseScenarioDocument(read.text, lang);
  for (const p of parsed.problems) io.err(`${CLI_TEXT[lang].storeProblem}: ${p.path}: ${p.message}`);
  if (parsed.document === null) {
    const cell = changedStoreCell(read, parsed.problems);
    if (cell !== null) io.err(CLI_TEXT[lang].storeCell(cell.place, cell.text));
    return { read, document: null, kept: 'damaged' };
  }
  return { read, document: parsed.document, kept: parsed.problems.length > 0 ? 'newer' : null };
}

async function validate(args: Args, io: Io, fs: FileSystem, run: Run): Promise<number> {
  const [path] = need(args, 1, 'validate <in.xlsx> [--lang vi|en]');
  run.input = path;
  const lang = langOf(args);
  const t = CLI_TEXT[lang];
  const reader = openInput(fs, path);
  const store = storeFound(await reader.readStore(), lang, io);
  if (store.read.kind === 'foreign') io.err(`${t.warning}: ${t.foreignStore(store.read.sheet)}`);
  const input = await checkedInput(reader, lang, io, store.document, localDay(io.now()), true);
  const errors = errorsIn(input.problems).length;
  if (input.staffing) {
    const quota = input.staffing.units.reduce((a, u) => a + u.quota, 0);
    const n = (x: number): string => formatCount(x, lang);
    io.out(t.validated(input.description, n(input.staffing.units.length), n(input.staffing.people.length), n(quota), n(input.problems.length - errors)));
  }
  if (errors > 0) io.out(t.blocking(formatCount(errors, lang)));
  return errors > 0 ? EXIT.input : EXIT.done;
}

/** The scenarios of --scenarios, or null without it: read before the workbook, whose reading takes a while. */
function scenariosFromFile(args: Args, fs: FileSystem, lang: Lang, io: Io): Scenario[] | null {
  const file = flag(args, 'scenarios');
  if (file === undefined) return null;
  const t = CLI_TEXT[lang];
  const parsed = parseScenarioDocument(readJsonText(fs, file, lang, t.unreadableScenarios(file)), lang);
  for (const p of parsed.problems) io.err(`${file}: ${p.path}: ${p.message}`);
  if (!parsed.document || parsed.problems.length > 0) throw new InputError(t.badScenarios(file));
  return [...parsed.document.scenarios];
}

/** The scenarios to run: those of the file given, else those the workbook stores. */
function loadScenarios(fromFile: Scenario[] | null, store: StoreFound, lang: Lang): Scenario[] {
  if (fromFile !== null) return fromFile;
  const t = CLI_TEXT[lang];
  if (store.kept === 'damaged') throw new InputError(t.noScenariosDamaged);
  if (!store.document || store.document.scenarios.length === 0) throw new InputError(t.noScenarios);
  return [...store.document.scenarios];
}

/** A JSON file the planner names (scenarios, goals): read whole up to the size allowed, as UTF-8 text. */
function readJsonText(fs: FileSystem, file: string, lang: Lang, unreadable: string): string {
  const bytes = readInputFile(fs, file, MAX_SCENARIO_FILE_BYTES, () => new UsageError('scenariosTooLarge', { path: file, max: formatCount(MAX_SCENARIO_FILE_BYTES, lang) }));
  // Notepad's "Unicode" is UTF-16 with its byte order mark: read as what it is.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  try {
    return new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(unreadable);
  }
}

async function loadSuggestRequests(fs: FileSystem, file: string, lang: Lang, io: Io): Promise<SuggestRequest[]> {
  const { parseSuggestRequests } = await import('../format/suggestRequest');
  const t = CLI_TEXT[lang];
  const parsed = parseSuggestRequests(readJsonText(fs, file, lang, t.unreadableConstraints(file)), lang);
  for (const p of parsed.problems) io.err(`${file}: ${p.path}: ${p.message}`);
  if (parsed.requests === null) throw new InputError(t.badConstraints(file));
  return [...parsed.requests];
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
  const metrics = ['roster', 'present', 'vacancies', 'surplus', 'shortage', 'excessDeputies', 'withoutPost', 'returnConflicts', 'exits'] as const;
  // Before the reform (the tables as read), then the baseline and each scenario at the end.
  const cols: { label: string; value: (m: Metric) => number | null }[] = [
    { label: t.measures.before, value: (m) => kpiFor(plan.baseline, m)?.before ?? null },
    ...[plan.baseline, ...plan.results].map((r, i) => ({
      label: i === 0 ? t.baseline.name : r.code,
      value: (m: Metric) => {
        const k = kpiFor(r, m);
        return k ? headline(k) : null;
      },
    })),
  ];
  const widths = cols.map((c) => Math.max(10, c.label.length + 2));
  io.out(CLI_TEXT[lang].kpiNote);
  io.out([''.padEnd(34), ...cols.map((c, i) => c.label.padStart(widths[i]))].join(''));
  for (const m of metrics) {
    const row = cols.map((c, i) => {
      const value = c.value(m);
      return (typeof value === 'number' ? formatCount(value, lang) : '').padStart(widths[i]);
    });
    io.out(`${t.metrics[m].slice(0, 33).padEnd(34)}${row.join('')}`);
  }
}

function printFixes(fixes: readonly CellFix[], lang: Lang, io: Io): void {
  if (fixes.length === 0) return;
  const t = CLI_TEXT[lang];
  io.err(`${t.warning}: ${t.cellFixes(formatCount(fixes.length, lang))}`);
  for (const f of fixes.slice(0, WARNINGS_SHOWN)) {
    const what = f.kind === 'tooLong'
      ? (lang === 'vi' ? `cắt từ ${formatCount(f.length ?? 0, lang)} ký tự` : `cut from ${formatCount(f.length ?? 0, lang)} characters`)
      : (lang === 'vi' ? 'ký tự điều khiển thay bằng �' : 'control characters shown as �');
    io.err(`    '${f.sheet}'!${f.cell}: ${what}`);
  }
  if (fixes.length > WARNINGS_SHOWN) io.err(`    …`);
}

/** Where the results go: --out, or beside the input with the same kind of extension. */
function outputPath(args: Args, input: string, compareOnly: boolean): string {
  const given = flag(args, 'out');
  if (given !== undefined) return given;
  const ext = /\.xlsm$/i.test(input) ? '.xlsm' : '.xlsx';
  return input.replace(/(\.xls[xm])?$/i, `${compareOnly ? '.comparison' : '.scenarios'}${ext}`);
}

async function simulateCommand(args: Args, io: Io, fs: FileSystem, run: Run, compareOnly: boolean): Promise<number> {
  const usage = compareOnly
    ? 'compare <in.xlsx> [--scenarios f.json] [--codes A,B] [--follow ID,ID] [--out out.xlsx] [--lang vi|en] [--start YYYY-MM]'
    : 'simulate <in.xlsx> [--scenarios f.json] [--out out.xlsx] [--json result.json] [--timeline auto|locality|parent] [--follow ID,ID] [--lang vi|en] [--start YYYY-MM]';
  const [path] = need(args, 1, usage);
  run.input = path;
  const lang = langOf(args);
  const start = startOf(args, io);
  const timeline = timelineOf(args);
  const t = CLI_TEXT[lang];
  const now = io.now();

  // Every output is checked against every input, and the others, before any work.
  const out = outputPath(args, path, compareOnly);
  const json = compareOnly ? undefined : flag(args, 'json');
  // The unit series go into the result JSON: without one, the option did nothing, without a word.
  if (args.flags.has('unit-series') && json === undefined) throw new UsageError('needsOption', { option: '--unit-series', needs: '--json' });
  const scenariosFile = flag(args, 'scenarios');
  const inputs: NamedPath[] = [{ option: '<in.xlsx>', path }, ...(scenariosFile !== undefined ? [{ option: '--scenarios', path: scenariosFile }] : [])];
  const outputs: NamedPath[] = [{ option: '--out', path: out }, ...(json !== undefined ? [{ option: '--json', path: json }] : [])];
  checkDistinct(fs, inputs, outputs);
  for (const o of outputs) checkNotFolder(fs, o.path);
  // A JSON output named like a workbook would replace one with text.
  if (json !== undefined) needExtension(json, '.json');

  const fromFile = scenariosFromFile(args, fs, lang, io);
  const reader = openInput(fs, path);
  const macro = reader.pkg.macroEnabled();
  if (macro && !/\.xlsm$/i.test(out)) throw new UsageError('macroExtension', { path: out });
  if (!macro) needExtension(out, '.xlsx');

  const store = storeFound(await reader.readStore(), lang, io);
  if (store.read.kind === 'foreign') throw new ForeignSheetError(store.read.sheet, 'store');
  const input = await checkedInput(reader, lang, io, store.document, localDay(now), false);
  if (!input.staffing) {
    io.out(t.blocking(formatCount(errorsIn(input.problems).length, lang)));
    return EXIT.input;
  }
  const scenarios = loadScenarios(fromFile, store, lang);
  // Codes are told apart without regard to case, as the scenario format says.
  const codes = flag(args, 'codes')?.split(',').map((c) => c.trim()).filter(Boolean);
  if (codes !== undefined && codes.length === 0) throw new UsageError('missingValue', { option: '--codes' });
  const asked = new Set(codes?.map((c) => c.toLowerCase()));
  const unknown = codes?.filter((c) => !scenarios.some((s) => s.code.toLowerCase() === c.toLowerCase())) ?? [];
  if (unknown.length > 0) throw new UsageError('unknownCodes', { codes: unknown.join(', ') });
  const chosen = compareOnly && codes ? scenarios.filter((s) => asked.has(s.code.toLowerCase())) : scenarios;
  const follow = followOf(args, input.staffing);
  const started = Date.now();
  const plan = runScenarios(input.staffing, chosen, start, progressPrinter(io, args.flags.has('quiet')), lang);
  const simulated = Date.now() - started;

  const writer = new PackageWorkbookWriter(reader, NODE_CODEC);
  const options = {
    lang, runDate: localDay(now), ranAt: now.toISOString(), input, scenarios: chosen, comparisonOnly: compareOnly, keepStore: store.kept !== null, timeline, follow,
  };
  const written = await writePlan(writer, plan, options, store.document);
  const files: OutputFile[] = [{ path: out, data: writer.bytes }];
  if (json !== undefined) {
    const doc = toResultJson(plan.results, plan.baseline, {
      generatedAt: now.toISOString(), toolVersion: VERSION,
      input: { fingerprint: input.fingerprint, tables: input.ranges },
    }, { unitSeries: args.flags.has('unit-series') });
    files.push({ path: json, data: new TextEncoder().encode(JSON.stringify(doc)) });
  }
  writeAll(fs, files);

  if (store.kept !== null) io.err(`${t.warning}: ${t.storeKept[store.kept]}`);
  printFixes(written.fixes, lang, io);
  const n = (x: number): string => formatCount(x, lang);
  const names = input.staffing ? recordNames(input.staffing) : undefined;
  for (const r of plan.results) {
    const errors = r.issues.filter((i) => i.severity === 'error').length;
    // The figures the sheets show ("Số người thay đổi vị trí", exits by policy), not every change
    // recorded: retirements that happen in the baseline too were most of those.
    const exits = kpiFor(r, 'exits')?.total ?? 0;
    io.out(t.scenarioDone(r.code, r.name, n(r.peopleWithChangedPost), n(exits), n(r.issues.length), n(errors)));
    describeScenario(chosen.find((s) => s.code === r.code) as Scenario, lang, names).forEach((line, i) => io.out(`    ${i + 1}. ${line}`));
  }
  printKpis(plan, lang, io);
  io.out(t.written(out, written.names.length, n(simulated)));
  const stale = new Map(written.notices.flatMap((x) => (x.reason === null || x.code === null ? [] : [[x.code, x.reason] as const])));
  for (const [code, reason] of stale) io.out(t.staleMarked(code, reason));
  if (written.notices.some((x) => x.code === null)) io.out(t.followMarked);
  if (json !== undefined) io.out(t.jsonWritten(json));
  return EXIT.done;
}

function wholeNumber(args: Args, name: string, min: number): number | undefined {
  const value = flag(args, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError('badNumber', { option: `--${name}`, value, min });
  return Number(value);
}

/** An output file must end as what is written in it: a workbook never goes where JSON is asked for, nor the reverse. */
function needExtension(path: string, expected: '.json' | '.xlsx'): void {
  if (!path.toLowerCase().endsWith(expected)) throw new UsageError('outExtension', { path, expected });
}

function isMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/** A 'YYYY-MM' option, refused by name when written otherwise. */
function monthFlag(args: Args, name: string): string | undefined {
  const value = flag(args, name);
  if (value === undefined) return undefined;
  if (!isMonth(value)) throw new UsageError('badMonth', { option: `--${name}`, value });
  inRange(`--${name}`, value);
  return value;
}

/** The solver proposes moves; the proposal is written as a scenario document to review and run. */
async function suggestCommand(args: Args, io: Io, fs: FileSystem, run: Run): Promise<number> {
  // Loaded here, not with the CLI: only `suggest` needs the solver and its glue.
  const { SUGGEST_MODES, unknownSuggestFields } = await import('../domain/suggest');
  const { suggestPlan } = await import('../app/suggest');
  const { highsSolver } = await import('../app/solver');
  const [path] = need(args, 1, 'suggest <in.xlsx> [--mode move|secondment|deputies[,…]] [--by YYYY-MM] [--exit-years N] [--ignore-quota] [--coordinates FIELD] [--max-km N] [--constraints FILE] [--months N] [--units KIND,KIND] [--from-units KIND,KIND] [--to-units KIND,KIND] [--any-level] [--within FIELD] [--prefer FIELD] [--specialty FIELD] [--max-from-unit K] [--min-months-left N] [--month YYYY-MM] [--code CODE] [--time-limit SECONDS] [--out proposal.json] [--into out.xlsx]');
  run.input = path;
  const lang = langOf(args);
  const start = startOf(args, io);
  const t = CLI_TEXT[lang];
  const now = io.now();
  const month = monthFlag(args, 'month') ?? start;
  // The proposal's operations happen in that month: before the first month simulated, they never would.
  if (month < start) throw new UsageError('monthBeforeStart', { option: '--month', value: month, start });
  const code = flag(args, 'code') ?? 'DX';
  if (!/^[A-Za-z0-9_-]{1,12}$/.test(code)) throw new UsageError('badCode', { value: code });
  const out = flag(args, 'out') ?? path.replace(/(\.xls[xm])?$/i, '.suggest.json');
  // --into: a copy of the workbook with the proposal added to its scenarios (the input is never changed).
  const into = flag(args, 'into');
  const outputs: NamedPath[] = [{ option: '--out', path: out }, ...(into !== undefined ? [{ option: '--into', path: into }] : [])];
  const constraintsFile = flag(args, 'constraints');
  checkDistinct(fs, [{ option: '<in.xlsx>', path }, ...(constraintsFile !== undefined ? [{ option: '--constraints', path: constraintsFile }] : [])], outputs);
  for (const o of outputs) checkNotFolder(fs, o.path);
  // A JSON output named like a workbook would replace one with text.
  needExtension(out, '.json');
  // Several goals, comma-separated, are solved in that order, each on the result of those before.
  const modes = (flag(args, 'mode') ?? 'move').split(',').map((m) => m.trim()).filter(Boolean);
  const badMode = modes.find((m) => !(SUGGEST_MODES as readonly string[]).includes(m));
  if (badMode !== undefined || modes.length === 0) throw new UsageError('badMode', { value: badMode ?? '' });
  const by = monthFlag(args, 'by');
  const exitYears = wholeNumber(args, 'exit-years', 0);
  const coordinates = flag(args, 'coordinates');
  const maxKm = wholeNumber(args, 'max-km', 1);
  if (maxKm !== undefined && coordinates === undefined) throw new UsageError('needsCoordinates', {});
  const kindsOf = (name: string) => {
    const kinds = flag(args, name)?.split(',').map((k) => k.trim()).filter(Boolean);
    return kinds && kinds.length > 0 ? [{ field: 'kind', op: 'in' as const, value: kinds }] : undefined;
  };
  const scope = kindsOf('units');
  const from = kindsOf('from-units') ?? scope;
  const to = kindsOf('to-units') ?? scope;
  const months = wholeNumber(args, 'months', 1);
  const within = flag(args, 'within');
  const prefer = flag(args, 'prefer');
  const specialty = flag(args, 'specialty');
  const maxFromUnit = wholeNumber(args, 'max-from-unit', 1);
  const minMonthsLeft = wholeNumber(args, 'min-months-left', 0);
  const timeLimit = wholeNumber(args, 'time-limit', 1) ?? 60;
  // --constraints FILE: the goals and constraints as the pane sends them; the options then only name files.
  const file = flag(args, 'constraints');
  // The file states the goals and their constraints whole: options saying them too would be dropped unseen.
  const goalOptions = ['mode', 'by', 'exit-years', 'coordinates', 'max-km', 'months', 'units', 'from-units', 'to-units', 'within', 'prefer', 'specialty', 'max-from-unit', 'min-months-left', 'any-level', 'ignore-quota'];
  const mixed = goalOptions.filter((o) => args.flags.has(o));
  if (file !== undefined && mixed.length > 0) throw new UsageError('constraintsWithOptions', { options: mixed.map((o) => `--${o}`).join(', ') });
  const fromFile = file === undefined ? null : await loadSuggestRequests(fs, file, lang, io);
  const requests: SuggestRequest[] = fromFile !== null ? fromFile.map((r) => ({ month, ...r })) : modes.map((mode) => ({
    month, mode: mode as SuggestMode, ...(months !== undefined ? { durationMonths: months } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}),
    ...(by !== undefined ? { by } : {}),
    constraints: {
      ...(args.flags.has('any-level') ? { sameLevel: false } : {}),
      ...(within ? { within } : {}), ...(prefer ? { prefer } : {}), ...(specialty ? { specialty } : {}),
      ...(maxFromUnit !== undefined ? { maxFromUnit } : {}), ...(minMonthsLeft !== undefined ? { minMonthsLeft } : {}),
      ...(exitYears !== undefined ? { exitMaxYearsLeft: exitYears } : {}),
      ...(coordinates !== undefined ? { coordinates } : {}), ...(maxKm !== undefined ? { maxKm } : {}), ...(args.flags.has('ignore-quota') ? { keepQuota: false } : {}),
    },
  }));

  const reader = openInput(fs, path);
  if (into !== undefined) {
    const macro = reader.pkg.macroEnabled();
    if (macro && !/\.xlsm$/i.test(into)) throw new UsageError('macroExtension', { path: into });
    if (!macro) needExtension(into, '.xlsx');
  }
  const store = storeFound(await reader.readStore(), lang, io);
  if (into !== undefined && store.read.kind === 'foreign') throw new ForeignSheetError(store.read.sheet, 'store');
  // A damaged or newer store is never overwritten: the proposal cannot join it (nothing is written).
  if (into !== undefined && store.kept !== null) throw new InputError(t.intoRefused[store.kept]);
  const input = await checkedInput(reader, lang, io, store.document, localDay(now), false);
  if (!input.staffing) {
    io.out(t.blocking(formatCount(errorsIn(input.problems).length, lang)));
    return EXIT.input;
  }
  const missing = unknownSuggestFields(input.staffing, requests, start);
  if (missing.length > 0) throw new UsageError('unknownFields', { fields: missing.map((f) => `"${f}"`).join(', ') });
  if (!args.flags.has('quiet')) io.err(t.solving);
  const stored = store.document?.scenarios ?? [];
  // The code is kept unique among the workbook's scenarios.
  const outcome = await suggestPlan(input.staffing, requests, start, highsSolver(async () => (await import('highs')).default()), {
    lang, runDate: localDay(now), code: freeCode(code, stored.map((s) => s.code)), timeLimitSeconds: timeLimit,
  });
  const document: ScenarioDocument = { format: SCENARIO_FORMAT, version: CURRENT_VERSION, scenarios: [outcome.scenario] };
  const files: OutputFile[] = [{ path: out, data: new TextEncoder().encode(serializeScenarioDocument(document)) }];
  if (into !== undefined) {
    const writer = new PackageWorkbookWriter(reader, NODE_CODEC);
    const base: ScenarioDocument = store.document ?? { format: SCENARIO_FORMAT, version: CURRENT_VERSION, scenarios: [] };
    await writer.apply({ remove: [], write: [], store: serializeScenarioDocument({ ...base, version: CURRENT_VERSION, scenarios: [...stored, outcome.scenario] }) });
    files.push({ path: into, data: writer.bytes });
  }
  writeAll(fs, files);
  io.out(outcome.summary);
  for (const line of outcome.unbalanced.slice(0, WARNINGS_SHOWN * 2)) io.out(`    ${line}`);
  if (outcome.unbalanced.length > WARNINGS_SHOWN * 2) io.out('    …');
  io.out(t.suggestWritten(out, path));
  if (into !== undefined) io.out(t.suggestStored(into, outcome.scenario.code));
  return EXIT.done;
}

/** What the catch needs to know of a command under way: the workbook it reads, named in file messages. */
interface Run {
  input: string;
}

function usageMessage(e: UsageError, t: CliText): string {
  return fill(t.usage[e.key], e.params);
}

export async function main(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  let lang: Lang = requestedLang(argv);
  const t = (): CliText => CLI_TEXT[lang];
  const fs = io.fs ?? nodeFileSystem;
  const run: Run = { input: '' };
  try {
    const args = parseArgs(argv);
    lang = langOf(args);
    if (args.flags.has('help') || args.command === undefined || args.command === 'help') {
      io.out(CLI_TEXT[lang].help(VERSION));
      return args.command === undefined && !args.flags.has('help') ? EXIT.usage : EXIT.done;
    }
    switch (args.command) {
      case 'sample': return await sample(args, io, fs);
      case 'validate': return await validate(args, io, fs, run);
      case 'simulate': return await simulateCommand(args, io, fs, run, false);
      case 'compare': return await simulateCommand(args, io, fs, run, true);
      case 'suggest': return await suggestCommand(args, io, fs, run);
      default: throw new UsageError('unknownCommand', { command: args.command });
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${t().usageError}: ${usageMessage(e, t())}`);
      io.err(t().seeHelp);
      return EXIT.usage;
    }
    if (e instanceof SamePathError) {
      const key = e.other.option === '--out' || e.other.option === '--json' ? 'sameAsOther' : 'samePath';
      const other = e.other.option === '<in.xlsx>' ? t().inputWorkbook : e.other.option === '--scenarios' ? t().scenarioFile : e.other.option;
      io.err(`${t().usageError}: ${fill(t().usage[key], { outOption: e.output.option, out: e.output.path, otherOption: other, other: e.other.path })}`);
      return EXIT.usage;
    }
    if (e instanceof InputPathError) {
      const key = e.reason === 'missing' ? 'noSuchFile' : e.reason === 'folder' ? 'isFolder' : 'unreadable';
      io.err(`${t().usageError}: ${fill(t().usage[key], { path: e.path, code: e.code ?? '' })}`);
      return EXIT.usage;
    }
    if (e instanceof WorkbookFileError) {
      io.err(`${t().error}: ${fileFaultMessage(e.fault, run.input, lang)}`);
      return EXIT.input;
    }
    if (e instanceof InputError) {
      io.err(`${t().error}: ${e.message}`);
      return EXIT.input;
    }
    if (e instanceof ForeignSheetError) {
      // The comparison and the people-followed sheets have fixed names: no scenario code changes them.
      const fixed = LANGS.some((l) => [comparisonSheetName(l), whereaboutsSheetName(l)].some((n) => n.toLowerCase() === e.sheet.toLowerCase()));
      io.err(`${t().error}: ${e.role === 'store' ? t().foreignStore(e.sheet) : t().sheetClash(e.sheet, !fixed)}`);
      return EXIT.input;
    }
    if (e instanceof WriteError) {
      io.err(`${t().error}: ${t().writeFailed(e.path, t().writeFaults[e.fault], e.code)}`);
      return EXIT.write;
    }
    io.err(t().internal);
    io.err(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return EXIT.bug;
  }
}
