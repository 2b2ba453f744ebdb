import type { PersonChange, ScenarioResult } from '../domain/result';
import type { OperationType } from '../domain/scenario';
import { monthSerial } from './excelDate';
import { fill, reportText, returnMissingText, type ReportText } from './labels';
import { NUMBER_FORMATS, type SheetDescription } from './layout';
import { heading, naturalOrder, reportTable, sheetWidths, type SheetContext } from './reportTable';

export interface PeopleContext extends SheetContext {
  /** The scenario's operations (only their type is read), to name the operation behind each change. */
  readonly operations: readonly { readonly type: OperationType }[];
}

const { text, month, integer } = NUMBER_FORMATS;

/** Every change of a person's situation: when, from where to where, and which operation caused it. */
export function peopleSheet(result: ScenarioResult, ctx: PeopleContext): SheetDescription {
  const t = reportText(ctx.lang);
  const unitName = new Map(result.units.map((u) => [u.id, u.name]));
  const changes = [...result.changes].sort(
    (a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : naturalOrder(a.personId, b.personId)),
  );
  const post = (p: PersonChange['from']) =>
    p ? [p.unitId, unitName.get(p.unitId) ?? null, p.title] : [null, null, null];

  const people = reportTable({
    name: ctx.tableName,
    row: 4,
    col: 1,
    columns: [
      // A space's width after the month: the ID in the next column does not run on from it ("12/2026CB00817").
      { header: t.people.month, format: `${month}_)`, width: 10 },
      { header: t.people.personId, format: text, width: 12 },
      { header: t.people.name, format: text, width: 26 },
      { header: t.people.change, format: text, width: 30 },
      { header: t.people.fromUnitId, format: text, width: 12 },
      { header: t.people.fromUnit, format: text, width: 30 },
      { header: t.people.fromTitle, format: text, width: 22 },
      { header: t.people.toUnitId, format: text, width: 12 },
      { header: t.people.toUnit, format: text, width: 30 },
      { header: t.people.toTitle, format: text, width: 22 },
      { header: t.people.operation, format: integer, width: 10 },
      { header: t.people.operationType, format: text, width: 22 },
      { header: t.people.detail, format: text, width: 30 },
    ],
    rows: changes.map((c) => {
      const op = c.operation === null ? null : ctx.operations[c.operation];
      return [
        monthSerial(c.month),
        c.personId,
        c.name,
        t.changeKinds[c.kind],
        ...post(c.from),
        ...post(c.to),
        // Operations are numbered from 1 for people, as on the summary sheet.
        c.operation === null ? null : c.operation + 1,
        op ? t.operationTypes[op.type] : null,
        detailText(c, t),
      ];
    }),
  });

  return {
    name: ctx.sheetName,
    blocks: [...heading(fill(t.people.title, { code: result.code, name: result.name }), t.people.note), ...people.blocks],
    tables: [people.table],
    columnWidths: sheetWidths(people.widths),
    freeze: { rows: people.table.row, columns: 0 },
    ...(ctx.tabColor ? { tabColor: ctx.tabColor } : {}),
  };
}

/** A change's detail in words: what a return missed, a term in months, or why someone was placed. */
function detailText(c: PersonChange, t: ReportText): string | null {
  if (c.detail === null) return null;
  if (c.kind === 'returnConflict') return returnMissingText(c.detail, t);
  if (/^\d+$/.test(c.detail)) return fill(t.changeDetails.months, { months: c.detail });
  const words = t.changeDetails as Readonly<Record<string, string>>;
  return Object.hasOwn(words, c.detail) && c.detail !== 'months' ? words[c.detail] : c.detail;
}
