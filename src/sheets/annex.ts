import type { ChangeKind, PersonChange, ScenarioResult } from '../domain/result';
import type { Role } from '../domain/model';
import { dayText, monthText } from './excelDate';
import { fill, postText, reportText } from './labels';
import { exitPolicyOf } from '../domain/scenario';
import { NUMBER_FORMATS, type SheetDescription } from './layout';
import { endValue } from './figures';
import { heading, reportTable, sheetWidths, subtitle, type SheetContext } from './reportTable';

/**
 * The lists a decision attaches, in the form Vietnamese decisions use: annex I, the people whose post
 * the scenario changes (STT, Họ và tên, Năm sinh, Chức vụ và đơn vị hiện nay, Nơi đến / chức vụ mới,
 * Thời gian, Ghi chú); annex II, the units whose quota it changes (STT, Đơn vị, Biên chế trước, Biên
 * chế sau, Tăng/giảm). Names, not codes; people in the order of the operations, then of the units as
 * the planner's table lists them, heads before deputies before staff.
 */

export interface AnnexContext extends SheetContext {
  /** Each person's birth year, by id, from the input tables. */
  readonly birthYears: ReadonlyMap<string, number | null>;
  /** Each unit's quota in the input tables, before any operation. */
  readonly inputQuotas: ReadonlyMap<string, number>;
  /**
   * The titles the tables say a person holds besides their post (free text), with that post: named
   * after the current post when a line starts from it ("…, kiêm Chủ tịch HĐND phường").
   */
  readonly heldBesides?: ReadonlyMap<string, { readonly unitId: string; readonly title: string; readonly titles: readonly string[] }>;
}

/** The changes a decision lists: those an operation makes, not their consequences at the term's end. */
const DECIDED: ReadonlySet<ChangeKind> = new Set<ChangeKind>([
  'concurrentTitle', 'replacedByConcurrent', 'mergedUnit', 'headToDeputy', 'rotatedOut', 'seconded', 'moved', 'placed', 'withoutPost', 'exited',
]);

const ROLE_ORDER: Readonly<Record<Role, number>> = { head: 0, deputy: 1, staff: 2 };

/** A person's changes by one operation in one month, as one line: from the first post to the last. */
interface Step extends PersonChange {
  readonly kinds: readonly ChangeKind[];
}

function steps(changes: readonly PersonChange[]): Step[] {
  const byKey = new Map<string, Step>();
  for (const c of changes) {
    const key = `${c.personId}\u0000${c.operation}\u0000${c.month}`;
    const seen = byKey.get(key);
    byKey.set(key, seen === undefined
      ? { ...c, kinds: [c.kind] }
      : { ...seen, to: c.to, kind: c.kind, detail: seen.detail ?? c.detail, kinds: [...seen.kinds, c.kind] });
  }
  return [...byKey.values()];
}

const { text, integer, signed } = NUMBER_FORMATS;
// A space's width after the figure: the text of the next column does not run on from it ("1986Văn thư").
const YEAR = '0_)';
const NUMBER = '#,##0_)';

const VIETNAMESE = new Intl.Collator('vi').compare;

/** Vietnamese lists go by given name (the last word), then the rest of the name, in Vietnamese order. */
function byGivenName(a: string, b: string): number {
  const key = (name: string): [string, string] => {
    const words = name.trim().split(/\s+/);
    return [words[words.length - 1] ?? '', words.slice(0, -1).join(' ')];
  };
  const [ga, ra] = key(a);
  const [gb, rb] = key(b);
  return VIETNAMESE(ga, gb) || VIETNAMESE(ra, rb);
}

export function annexSheet(result: ScenarioResult, ctx: AnnexContext): SheetDescription {
  const t = reportText(ctx.lang);
  const unitOrder = new Map(result.units.map((u, i) => [u.id, i]));
  const unitName = new Map(result.units.map((u) => [u.id, u.name]));
  const place = (p: PersonChange['from']): string | null => (p ? postText(p.title, unitName.get(p.unitId) ?? p.unitId, ctx.lang) : null);
  const current = (c: Step): string | null => {
    const post = place(c.from);
    const besides = ctx.heldBesides?.get(c.personId);
    const fromTables = besides !== undefined && c.from !== null && c.from.unitId === besides.unitId && c.from.title === besides.title;
    return post !== null && fromTables ? fill(t.annex.alsoHolds, { post, titles: besides.titles.join(', ') }) : post;
  };
  const destination = (c: Step): string | null => {
    if (c.kind === 'withoutPost') return t.changeKinds.withoutPost;
    if (c.kind === 'exited') return t.changeDetails[exitPolicyOf(c.detail)];
    const post = place(c.to);
    // A title held besides the one kept: "Kiêm Chủ tịch UBND xã …", as the decision words it.
    return post !== null && c.kinds.includes('concurrentTitle') ? fill(t.annex.concurrently, { post }) : post;
  };

  const decided = steps(result.changes.filter((c) => DECIDED.has(c.kind) && c.operation !== null))
    .sort((a, b) =>
      (a.operation ?? 0) - (b.operation ?? 0)
      || (unitOrder.get(a.from?.unitId ?? '') ?? Infinity) - (unitOrder.get(b.from?.unitId ?? '') ?? Infinity)
      || ROLE_ORDER[a.from?.role ?? 'staff'] - ROLE_ORDER[b.from?.role ?? 'staff']
      || byGivenName(a.name, b.name));
  const people = reportTable({
    name: ctx.tableName,
    row: 4,
    col: 1,
    columns: [
      { header: t.annex.number, format: NUMBER, width: 6 },
      { header: t.annex.name, format: text, width: 24 },
      { header: t.annex.birthYear, format: YEAR, width: 8 },
      { header: t.annex.current, format: text, width: 36 },
      { header: t.annex.destination, format: text, width: 36 },
      { header: t.annex.when, format: text, width: 18 },
      { header: t.annex.note, format: text, width: 28 },
    ],
    rows: decided.map((c, i) => [
      i + 1,
      c.name,
      ctx.birthYears.get(c.personId) ?? null,
      current(c),
      destination(c),
      // A decision dates from a day: the first of the month the change takes effect.
      /^\d+$/.test(c.detail ?? '')
        ? fill(t.annex.fromFor, { day: dayText(`${c.month}-01`), months: c.detail as string })
        : fill(t.annex.from, { day: dayText(`${c.month}-01`) }),
      [...new Set(c.kinds.map((k) => (k === 'rotatedOut' ? t.annex.rotation : t.changeKinds[k])))].join('; '),
    ]),
    dataStyle: 'wrapped',
  });

  return {
    name: ctx.sheetName,
    blocks: [...annexHeading(result, ctx, 'I'), subtitle(3, t.annex.peopleTitle[listed(decided)]), ...people.blocks],
    tables: [people.table],
    columnWidths: sheetWidths(people.widths),
    freeze: { rows: people.table.row, columns: 0 },
    ...(ctx.tabColor ? { tabColor: ctx.tabColor } : {}),
  };
}

/** What annex I lists: people whose post changes, people who leave under a policy, or both. */
function listed(lines: readonly Step[]): 'moves' | 'exits' | 'both' {
  const exits = lines.filter((c) => c.kind === 'exited').length;
  return exits === 0 ? 'moves' : exits === lines.length ? 'exits' : 'both';
}

/**
 * The second list, on a sheet of its own so that each list prints under its own column headings: the
 * units whose quota at the end differs from the tables' (cut, merged away: 0 after, or new: 0 before).
 */
export function annexUnitsSheet(result: ScenarioResult, ctx: Omit<AnnexContext, 'birthYears'>): SheetDescription {
  const t = reportText(ctx.lang);
  const quotas = result.units
    .map((u, i) => ({ unit: u, before: ctx.inputQuotas.get(u.id) ?? 0, after: endValue(result.unitSeries[i], 'quota') }))
    .filter((q) => q.before !== q.after);
  const units = reportTable({
    name: ctx.tableName,
    row: 4,
    col: 1,
    columns: [
      { header: t.annex.number, format: NUMBER, width: 6 },
      { header: t.annex.unit, format: text, width: 44 },
      { header: t.annex.quotaBefore, format: integer, width: 12, sum: true },
      { header: t.annex.quotaAfter, format: integer, width: 12, sum: true },
      { header: t.annex.quotaChange, format: signed, width: 12, sum: true },
    ],
    rows: quotas.map((q, i) => [i + 1, q.unit.name, q.before, q.after, q.after - q.before]),
    totalsLabel: t.total,
  });
  // A list with nothing in it says so, rather than a table of one blank row and totals of 0.
  const none = quotas.length === 0 ? [{ row: units.nextRow, col: 1, values: [[t.annex.noUnitChanged]], style: 'note' as const }] : [];
  return {
    name: ctx.sheetName,
    blocks: [...annexHeading(result, ctx, 'II'), subtitle(3, t.annex.unitsTitle), ...units.blocks, ...none],
    tables: [units.table],
    columnWidths: sheetWidths(units.widths),
    freeze: { rows: units.table.row, columns: 0 },
    ...(ctx.tabColor ? { tabColor: ctx.tabColor } : {}),
  };
}

/** "Phụ lục I/II kèm theo kịch bản …", and what the lists are. */
function annexHeading(result: ScenarioResult, ctx: SheetContext, number: 'I' | 'II') {
  const t = reportText(ctx.lang);
  const last = result.months[result.months.length - 1];
  return heading(fill(t.annex.title, { number, code: result.code, name: result.name }), fill(t.annex.intro, { month: last ? monthText(last) : '' }));
}
