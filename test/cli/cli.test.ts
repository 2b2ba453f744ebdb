import { storeText } from '../../src/workbook/workbook';
import { existsSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseScenarioDocument } from '../../src/format/scenarioParse';
import { XlsxWorkbookReader } from '../../src/workbook/xlsxRead';
import { main } from '../../src/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'sp-cli-'));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), tty: false, now: () => new Date('2026-03-15T08:00:00Z') } };
}

const sample = join(dir, 'sample.xlsx');

beforeAll(async () => {
  expect(await main(['sample', sample, '--three-level', '--people', '800', '--start', '2026-01'], io().io)).toBe(0);
}, 120_000);

test('bad usage exits with 2 and says what is wrong', async () => {
  const a = io();
  expect(await main(['simulate'], a.io)).toBe(2);
  expect(a.err[0]).toMatch(/simulate <in.xlsx>/);
  const b = io();
  expect(await main(['simulate', sample, '--lang', 'fr'], b.io)).toBe(2);
  expect(b.err[0]).toMatch(/--lang phải là vi hoặc en/);
  expect(await main(['frobnicate'], io().io)).toBe(2);
  expect(await main(['simulate', sample, '--bogus'], io().io)).toBe(2);
});

test('validate reports the tables and exits 0 on the sample', async () => {
  const a = io();
  expect(await main(['validate', sample, '--lang', 'en'], a.io)).toBe(0);
  expect(a.out.join('\n')).toMatch(/units, \d+ people, total quota \d+/);
});

test('blocking problems exit with 1 and name the sheet, row and column', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  const people = wb.getWorksheet('Cán bộ')!;
  people.getCell('B3').value = people.getCell('B2').value; // duplicate person id
  const bad = join(dir, 'bad.xlsx');
  await wb.xlsx.writeFile(bad);
  const a = io();
  expect(await main(['simulate', bad, '--out', join(dir, 'never.xlsx'), '--lang', 'en'], a.io)).toBe(1);
  expect(a.err.join('\n')).toMatch(/Cán bộ.*row 3.*column B/);
});

test('simulate never overwrites its input and writes scenario sheets, the comparison and the store', async () => {
  const before = readFileSync(sample);
  expect(await main(['simulate', sample, '--out', sample], io().io)).toBe(2);
  const out = join(dir, 'out.xlsx');
  const a = io();
  expect(await main(['simulate', sample, '--out', out, '--quiet'], a.io)).toBe(0);
  expect(readFileSync(sample).equals(before)).toBe(true);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const names = wb.worksheets.map((w) => w.name);
  expect(names).toEqual(expect.arrayContaining(['Đơn vị', 'Cán bộ', 'NTH Tóm tắt', 'NTH Cán bộ', 'NTH Diễn biến', 'NTH Vấn đề', 'So sánh', '_staffing_planner']));
  expect(wb.getWorksheet('_staffing_planner')!.state).toBe('veryHidden');
});

test('scenarios from a JSON file: invalid fields are reported with their JSON path and exit 1', async () => {
  const file = join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify({ format: 'staffing-planner/scenarios', version: 1, scenarios: [{ code: 'X', name: 'x', operations: [{ type: 'quotaChange', month: '2026-02', units: { ids: ['A'] }, change: { mode: 'cut', value: 1 }, colour: 'red' }] }] }));
  const a = io();
  expect(await main(['simulate', sample, '--scenarios', file, '--out', join(dir, 'x.xlsx'), '--lang', 'en'], a.io)).toBe(1);
  expect(a.err.join('\n')).toContain('$.scenarios[0].operations[0]');
  expect(a.err.join('\n')).toContain('colour');
  // Found wanting before the workbook is read: none of its warnings is printed first.
  expect(a.err.join('\n')).not.toMatch(/Sheet “Cán bộ”/);
});

test('a scenario file saved as Notepad\'s "Unicode" (UTF-16 with its mark) is read as such', async () => {
  const file = join(dir, 'utf16.json');
  const text = JSON.stringify({ format: 'staffing-planner/scenarios', version: 1, scenarios: [{ code: 'U16', name: 'Tinh giản một biên chế', operations: [] }] });
  writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const a = io();
  expect(await main(['simulate', sample, '--scenarios', file, '--out', join(dir, 'u16.xlsx'), '--quiet'], a.io)).toBe(0);
  expect(a.out.join('\n')).toContain('U16 — Tinh giản một biên chế');
});

async function storeOf(path: string) {
  const text = storeText(await (await XlsxWorkbookReader.fromFile(path)).readStore());
  return parseScenarioDocument(text as string, 'en').document!;
}

test('compare writes only the comparison of the chosen scenarios and keeps every stored scenario', async () => {
  const out = join(dir, 'cmp.xlsx');
  const a = io();
  expect(await main(['compare', sample, '--codes', 'LC,LCB', '--out', out, '--quiet'], a.io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Đơn vị', 'Cán bộ', '_staffing_planner', 'So sánh']);
  const store = await storeOf(out);
  expect(store.scenarios.map((s) => s.code)).toEqual(['NTH', 'HN', 'LC', 'LCB', 'BP', 'TG']);
  expect(store.runs ?? []).toEqual([]);
  // The KPI table printed: the state before the reform, the baseline, then the two scenarios.
  const header = a.out.find((l) => /^\s+Trước cải cách\s+Giữ nguyên/.test(l));
  expect(header?.trim().split(/\s{2,}/)).toEqual(['Trước cải cách', 'Giữ nguyên', 'LC', 'LCB']);
  const quota = a.out.find((l) => l.startsWith('Biên chế hiện có'))?.trim().split(/\s{2,}/);
  expect(quota).toHaveLength(5);
  expect(quota?.slice(1).every((v) => /^\d{1,3}(\.\d{3})*$/.test(v))).toBe(true);
});

test('compare finds codes whatever their case, and refuses an empty --codes', async () => {
  const out = join(dir, 'cmp-case.xlsx');
  const a = io();
  expect(await main(['compare', sample, '--codes', 'lc, Lcb', '--out', out, '--quiet'], a.io)).toBe(0);
  const header = a.out.find((l) => /^\s+Trước cải cách\s+Giữ nguyên/.test(l));
  expect(header?.trim().split(/\s{2,}/)).toEqual(['Trước cải cách', 'Giữ nguyên', 'LC', 'LCB']);
  const b = io();
  expect(await main(['compare', sample, '--codes', ' , ', '--out', out, '--quiet', '--lang', 'en'], b.io)).toBe(2);
  expect(b.err.join('\n')).toContain('--codes needs a value');
});

test('a scenario file run on a workbook adds to its stored scenarios and records the run', async () => {
  const file = join(dir, 'extra.json');
  writeFileSync(file, JSON.stringify({ format: 'staffing-planner/scenarios', version: 1, scenarios: [{ code: 'Q1', name: 'Cắt 1 biên chế', settings: { startMonth: '2026-01' }, operations: [{ type: 'quotaChange', month: '2026-06', units: { where: [{ field: 'level', value: 'Tỉnh' }] }, change: { mode: 'cut', value: 1 } }] }] }));
  const out = join(dir, 'extra.xlsx');
  expect(await main(['simulate', sample, '--scenarios', file, '--out', out, '--quiet'], io().io)).toBe(0);
  const store = await storeOf(out);
  expect(store.scenarios.map((s) => s.code)).toEqual(['NTH', 'HN', 'LC', 'LCB', 'BP', 'TG', 'Q1']);
  expect(store.runs?.map((r) => r.code)).toEqual(['Q1']);
});

test('before a run only the first warnings are printed, with how many more there are', async () => {
  const a = io();
  expect(await main(['simulate', sample, '--out', join(dir, 'w.xlsx'), '--quiet', '--lang', 'en'], a.io)).toBe(0);
  const warnings = a.err.filter((l) => l.startsWith('Warning:'));
  expect(warnings.length).toBeLessThanOrEqual(5);
  const v = io();
  await main(['validate', sample, '--lang', 'en'], v.io);
  const all = v.err.filter((l) => l.startsWith('Warning:')).length;
  if (all > 5) expect(a.err).toContain(`… and ${all - 5} more warnings: run \`staffing-planner validate\` to list them all.`);
});

test('re-running in the other language replaces the scenario\'s sheets instead of failing on their tables', async () => {
  const vi = join(dir, 'lang-vi.xlsx');
  const en = join(dir, 'lang-en.xlsx');
  expect(await main(['simulate', sample, '--out', vi, '--quiet'], io().io)).toBe(0);
  expect(await main(['simulate', vi, '--out', en, '--lang', 'en', '--quiet'], io().io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(en);
  const names = wb.worksheets.map((w) => w.name);
  expect(names).toEqual(expect.arrayContaining(['NTH Summary', 'NTH People', 'Comparison']));
  expect(names).not.toContain('NTH Tóm tắt');
  expect(names).not.toContain('So sánh');
  // The planner's own sheets are untouched.
  expect(names.slice(0, 2)).toEqual(['Đơn vị', 'Cán bộ']);
});

test('--follow writes where those people are in each scenario, by ID or full name, and refuses names it cannot find', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  const people = wb.getWorksheet('Cán bộ')!;
  const header = (people.getRow(1).values as unknown[]).map(String);
  const idCol = header.indexOf('Mã cán bộ');
  const nameCol = header.indexOf('Họ và tên');
  const names = new Map<string, number>();
  for (let r = 2; r <= people.rowCount; r++) names.set(String(people.getCell(r, nameCol).value), (names.get(String(people.getCell(r, nameCol).value)) ?? 0) + 1);
  const firstId = String(people.getCell(2, idCol).value);
  let unique = 3;
  while (names.get(String(people.getCell(unique, nameCol).value)) !== 1) unique++;
  const uniqueName = String(people.getCell(unique, nameCol).value);

  const out = join(dir, 'follow.xlsx');
  const a = io();
  expect(await main(['compare', sample, '--codes', 'LC', '--follow', `${firstId.toLowerCase()}, ${uniqueName.toUpperCase()}`, '--out', out, '--quiet'], a.io)).toBe(0);
  const result = new ExcelJS.Workbook();
  await result.xlsx.readFile(out);
  const sheet = result.getWorksheet('Theo dõi cán bộ')!;
  expect(sheet.getCell('A4').value).toBe('Mã cán bộ');
  expect(sheet.getCell('E4').value).toBe('Giữ nguyên');
  const followed = new Set<string>();
  for (let r = 5; r <= sheet.rowCount; r++) followed.add(String(sheet.getCell(r, 1).value));
  expect([...followed]).toEqual([firstId, String(people.getCell(unique, idCol).value)]);

  // Compared again without --follow: the sheet is kept, marked as maybe out of date, and the CLI says so.
  const c = io();
  const again = join(dir, 'follow-again.xlsx');
  expect(await main(['compare', out, '--codes', 'LC', '--out', again, '--quiet'], c.io)).toBe(0);
  expect(c.out.join('\n')).toContain('Trang “Theo dõi cán bộ” đã có từ trước được ghi chú là có thể đã cũ');
  const marked = new ExcelJS.Workbook();
  await marked.xlsx.readFile(again);
  expect(String(marked.getWorksheet('Theo dõi cán bộ')!.getCell('A1').value)).toMatch(/^⚠ CÓ THỂ ĐÃ CŨ: /);

  const b = io();
  expect(await main(['compare', sample, '--follow', `${firstId},Không Có Ai`, '--out', join(dir, 'never2.xlsx')], b.io)).toBe(2);
  expect(b.err.join('\n')).toContain('Không Có Ai');
});

test('the default sample is the two-level province of 2026, and its six scenarios run without an error', async () => {
  const two = join(dir, 'two-level.xlsx');
  const a = io();
  expect(await main(['sample', two, '--start', '2026-01'], a.io)).toBe(0);
  expect(a.out.join('\n')).toMatch(/714 đơn vị, 5\.450 cán bộ, 6 kịch bản/);
  const b = io();
  const json = join(dir, 'two-level.json');
  expect(await main(['simulate', two, '--out', join(dir, 'two-level-out.xlsx'), '--json', json, '--quiet'], b.io)).toBe(0);
  const result = JSON.parse(readFileSync(json, 'utf8')) as { scenarios: { code: string; issues: { severity: string }[]; pools: { name: string; group: string | null }[] }[] };
  expect(result.scenarios.map((s) => s.code)).toEqual(['DD', 'NH', 'BP', 'PCT', 'LC', 'NTH']);
  expect(result.scenarios.flatMap((s) => s.issues.filter((i) => i.severity === 'error'))).toEqual([]);
  // The three average caps of the law: the communes' vice-chairs, each commune's offices (69 pools), the departments.
  expect(result.scenarios[0].pools.filter((p) => p.group === null).map((p) => p.name)).toEqual(['Phó Chủ tịch UBND xã', 'Phó Giám đốc sở']);
  expect(result.scenarios[0].pools.filter((p) => p.group !== null)).toHaveLength(69);
  // Each scenario's line gives the figures its sheets give: people whose post changed, exits by policy.
  const doc = result as unknown as { scenarios: { code: string; peopleWithChangedPost: number; kpis: { metric: string; total: number | null }[] }[] };
  for (const s of doc.scenarios) {
    const exits = s.kpis.find((k) => k.metric === 'exits')!.total!;
    expect(b.out.find((l) => l.startsWith(`${s.code} — `))).toMatch(new RegExp(`: ${s.peopleWithChangedPost} người thay đổi vị trí, ${exits} nghỉ theo chính sách; `));
  }
  expect(b.out.find((l) => l.startsWith('NH — '))).toMatch(/: 0 người thay đổi vị trí, 78 nghỉ theo chính sách; /);
}, 120_000);

test('suggest proposes moves as a scenario file that simulate then runs; unknown columns and bad numbers are refused', async () => {
  const two = join(dir, 'two-level-suggest.xlsx');
  expect(await main(['sample', two, '--start', '2026-01'], io().io)).toBe(0);
  const proposal = join(dir, 'proposal.json');
  const offices = 'Văn phòng HĐND và UBND xã,Phòng Kinh tế,Phòng Văn hóa - Xã hội,Trung tâm Phục vụ hành chính công';
  const a = io();
  const code = await main(['suggest', two, '--units', offices, '--within', 'Huyện cũ', '--out', proposal, '--start', '2026-01', '--lang', 'en', '--quiet'], a.io);
  expect([code, a.err.filter((l) => !l.startsWith('Warning') && !l.startsWith('…'))]).toEqual([0, []]);
  expect(a.out[0]).toMatch(/^Optimal plan: \d+ people placed \(243 over quota and 100 short in the units considered\)/);
  const document = parseScenarioDocument(readFileSync(proposal, 'utf8'), 'en');
  expect(document.problems).toEqual([]);
  const scenario = document.document!.scenarios[0];
  expect(scenario.code).toBe('DX');
  expect(scenario.operations.length).toBeGreaterThan(30);
  expect(scenario.operations.every((op) => op.type === 'move' && /is \d+ over its quota; .* is \d+ short; same Huyện cũ/.test(op.note ?? ''))).toBe(true);
  // The units left out of balance, each with why.
  expect(a.out.slice(1).some((l) => /stays \d+ (over|short): /.test(l))).toBe(true);
  const b = io();
  expect(await main(['simulate', two, '--scenarios', proposal, '--out', join(dir, 'proposal-out.xlsx'), '--start', '2026-01', '--quiet'], b.io)).toBe(0);

  // --into: a copy of the workbook with the proposal among its scenarios, under a code still free.
  const into = join(dir, 'with-proposal.xlsx');
  const e = io();
  expect(await main(['suggest', two, '--units', offices, '--code', 'DD', '--out', join(dir, 'p2.json'), '--into', into, '--start', '2026-01', '--quiet'], e.io)).toBe(0);
  expect(e.out.at(-1)).toMatch(/DD-2/);
  const stored = parseScenarioDocument(storeText(await (await XlsxWorkbookReader.fromFile(into)).readStore()) ?? '', 'vi');
  expect(stored.document?.scenarios.map((x) => x.code)).toEqual(['DD', 'NH', 'BP', 'PCT', 'LC', 'NTH', 'DD-2']);
  expect(await main(['suggest', two, '--out', join(dir, 'p3.json'), '--into', two], io().io)).toBe(2);

  const c = io();
  expect(await main(['suggest', two, '--within', 'Huyen cu lam', '--out', proposal], c.io)).toBe(2);
  expect(c.err.some((l) => /^Sai cú pháp: .*"Huyen cu lam"/.test(l))).toBe(true);
  const d = io();
  expect(await main(['suggest', two, '--max-from-unit', '0', '--out', proposal], d.io)).toBe(2);
  expect(d.err[0]).toMatch(/--max-from-unit/);
}, 120_000);

test('suggest --mode deputies,move: deputies within their caps by the deadline, then units back to quota, as one scenario', async () => {
  const two = join(dir, 'two-level-deputies.xlsx');
  expect(await main(['sample', two, '--start', '2026-01'], io().io)).toBe(0);
  const proposal = join(dir, 'deputies.json');
  const a = io();
  expect(await main(['suggest', two, '--mode', 'deputies,move', '--month', '2026-03', '--out', proposal, '--start', '2026-01', '--lang', 'en', '--quiet'], a.io)).toBe(0);
  // One line per goal: the deputies' plan leaves none over a cap at 07/2030 (the deadline of the settings).
  const [first, second] = a.out[0].split('\n');
  expect(first).toMatch(/^Optimal plan: \d+ early retirements and \d+ moves; deputies over a cap at 07\/2030: (\d+) without the plan, 0 with it\./);
  expect(second).toMatch(/^Optimal plan: \d+ people placed/);
  const scenario = parseScenarioDocument(readFileSync(proposal, 'utf8'), 'en').document!.scenarios[0];
  expect(scenario.name).toBe('Proposed plan: deputies within their caps + units back to their quota');
  const exits = scenario.operations.filter((op) => op.type === 'exit');
  expect(exits.length).toBeGreaterThan(0);
  expect(exits.every((op) => op.type === 'exit' && op.policy === 'earlyRetirement' && /deputies for .* at 07\/2030; \d+ y \d+ m to retirement, early retirement/.test(op.note ?? ''))).toBe(true);
  // No one is named twice: the second goal keeps the first's people where it put them.
  const ids = scenario.operations.map((op) => (op.type === 'exit' || op.type === 'move' ? JSON.stringify(op.people) : ''));
  expect(new Set(ids).size).toBe(ids.length);
  const json = join(dir, 'deputies-result.json');
  expect(await main(['simulate', two, '--scenarios', proposal, '--json', json, '--out', join(dir, 'deputies-out.xlsx'), '--start', '2026-01', '--quiet'], io().io)).toBe(0);
  const result = JSON.parse(readFileSync(json, 'utf8')) as { scenarios: { code: string; months: string[]; pools: { deputies: number[]; allowed: number[] }[]; unitSeries?: unknown; issues: { severity: string }[] }[] };
  const run = result.scenarios.find((x) => x.code === 'DX')!;
  const t = run.months.indexOf('2030-07');
  expect(run.pools.filter((p) => p.deputies[t] > p.allowed[t])).toEqual([]);
  expect(run.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const bad = io();
  expect(await main(['suggest', two, '--mode', 'deputies,fill', '--out', proposal], bad.io)).toBe(2);
  expect(bad.err[0]).toMatch(/"fill"/);

  // The same goals from a file; a file with problems names each at its path, and nothing is solved.
  const goals = join(dir, 'goals.json');
  writeFileSync(goals, JSON.stringify([{ mode: 'deputies', constraints: { exitMaxYearsLeft: 5 } }, { mode: 'move', constraints: { coordinates: 'Tọa độ', maxKm: 20 } }]));
  const f = io();
  expect(await main(['suggest', two, '--constraints', goals, '--month', '2026-03', '--out', join(dir, 'from-file.json'), '--start', '2026-01', '--lang', 'en', '--quiet'], f.io)).toBe(0);
  expect(f.out[0].split('\n')).toHaveLength(2);
  const fromFile = parseScenarioDocument(readFileSync(join(dir, 'from-file.json'), 'utf8'), 'en').document!.scenarios[0];
  expect(fromFile.description).toMatch(/early retirement only at most 5 years from retirement/);
  expect(fromFile.description).toMatch(/at most 20 km away/);
  writeFileSync(goals, JSON.stringify({ mode: 'deputies', by: '07/2030' }));
  const g = io();
  expect(await main(['suggest', two, '--constraints', goals, '--out', join(dir, 'never.json'), '--lang', 'en'], g.io)).toBe(1);
  expect(g.err.filter((l) => l.startsWith(goals))).toEqual([expect.stringMatching(/: \$\.by: .*"07\/2030"/)]);
  expect(existsSync(join(dir, 'never.json'))).toBe(false);
  // The file and goal options together: refused, naming the options the file would have overridden.
  const m = io();
  expect(await main(['suggest', two, '--constraints', goals, '--mode', 'move', '--within', 'Huyện cũ', '--out', join(dir, 'never.json'), '--lang', 'en'], m.io)).toBe(2);
  expect(m.err[0]).toMatch(/drop --mode, --within, or write them in the file/);
  // A condition on a person column the tables lack is refused by name, not read as "no one may go".
  writeFileSync(goals, JSON.stringify({ mode: 'move', constraints: { people: [{ field: 'Đang nuôi con nhỏ', value: 'Không' }] } }));
  const u = io();
  expect(await main(['suggest', two, '--constraints', goals, '--out', join(dir, 'never.json'), '--lang', 'en'], u.io)).toBe(2);
  expect(u.err.filter((l) => /^Usage error/.test(l))).toEqual([expect.stringMatching(/"Đang nuôi con nhỏ"/)]);
}, 120_000);

test('a run whose tables changed since is marked at the top of each of its sheets, and said', async () => {
  const run = join(dir, 'run-then-change.xlsx');
  expect(await main(['simulate', sample, '--out', run, '--quiet'], io().io)).toBe(0);
  // The planner corrects a quota in the units' table, then compares two scenarios without running them.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(run);
  const units = wb.getWorksheet('Đơn vị')!;
  const quota = units.getRow(1).values as unknown[];
  const col = quota.findIndex((v) => typeof v === 'string' && /Biên chế/.test(v));
  units.getCell(2, col).value = Number(units.getCell(2, col).value) + 1;
  const changed = join(dir, 'changed.xlsx');
  await wb.xlsx.writeFile(changed);
  const out = join(dir, 'changed-compare.xlsx');
  const a = io();
  expect(await main(['compare', changed, '--codes', 'LC', '--out', out, '--quiet'], a.io)).toBe(0);
  const codes = ['NTH', 'HN', 'LC', 'LCB', 'BP', 'TG'];
  expect(a.out.filter((l) => l.startsWith('Các trang của kịch bản'))).toEqual(codes.map((c) => `Các trang của kịch bản ${c} giữ kết quả cũ (bảng dữ liệu đã thay đổi sau lần chạy): dòng đầu mỗi trang đã ghi rõ; hãy chạy lại kịch bản này.`));
  const reader = await XlsxWorkbookReader.fromFile(out);
  for (const sheet of ['NTH Tóm tắt', 'TG Phụ lục II']) {
    const [[title]] = await reader.readRange(sheet, 1, 1, 1, 1);
    expect(title).toMatch(/^⚠ KẾT QUẢ ĐÃ CŨ: bảng dữ liệu đã thay đổi sau lần chạy ngày 15\/03\/2026; hãy chạy lại kịch bản \| (Phụ lục II kèm theo k|K)ịch bản (NTH|TG): /);
  }
  // Run again on the changed tables: fresh sheets, no notice left.
  const again = join(dir, 'changed-run.xlsx');
  const b = io();
  expect(await main(['simulate', out, '--out', again, '--quiet'], b.io)).toBe(0);
  expect(b.out.some((l) => l.startsWith('Các trang của kịch bản'))).toBe(false);
  const [[fresh]] = await (await XlsxWorkbookReader.fromFile(again)).readRange('NTH Tóm tắt', 1, 1, 1, 1);
  expect(fresh).toMatch(/^Kịch bản NTH: /);
});

test.each([
  // An on/off option given a value: '--force=false' forced all the same and replaced the workbook.
  [['sample', join(dir, 'never.xlsx'), '--force=false'], '--force is an on/off option and takes no value ("false")'],
  // An option that needs a value, followed by another option: it took "--quiet" as the person to follow.
  [['simulate', 'in.xlsx', '--follow', '--quiet'], '--follow needs a value'],
  [['simulate', 'in.xlsx', '--json', '--quiet'], '--json needs a value'],
  // Unit series without the JSON they go into did nothing, without a word.
  [['simulate', 'in.xlsx', '--unit-series', '--out', join(dir, 'never.xlsx')], '--unit-series only works with --json'],
])('refuses %j as bad usage, before reading or writing anything', async (argv, message) => {
  const a = io();
  expect(await main([...argv, '--lang', 'en'], a.io)).toBe(2);
  expect(a.err.join('\n')).toContain(message);
  expect(existsSync(join(dir, 'never.xlsx'))).toBe(false);
});

test('an empty --follow is refused, not silently ignored', async () => {
  const a = io();
  expect(await main(['simulate', sample, '--follow', ' , ', '--out', join(dir, 'never.xlsx'), '--lang', 'en'], a.io)).toBe(2);
  expect(a.err.join('\n')).toContain('--follow needs a value');
});

test('a sheet of the planner named as the comparison is left alone, with advice that fits it', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  wb.addWorksheet('So sánh').getCell('A1').value = 'Ghi chú của tôi';
  const mine = join(dir, 'own-comparison.xlsx');
  await wb.xlsx.writeFile(mine);
  const a = io();
  expect(await main(['compare', mine, '--codes', 'LC', '--out', join(dir, 'never.xlsx')], a.io)).toBe(1);
  const message = a.err.join('\n');
  expect(message).toContain('Sổ đã có trang "So sánh" không do công cụ này tạo ra, nên không ghi đè: đổi tên trang đó.');
  // No scenario code names the comparison sheet.
  expect(message).not.toContain('mã kịch bản');
  expect(existsSync(join(dir, 'never.xlsx'))).toBe(false);
});
