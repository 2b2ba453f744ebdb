import type { Staffing } from '../domain/model';
import { idKey, normalizeText } from '../domain/text';
import type { SelectedCells } from '../workbook/workbook';

export type PickKind = 'units' | 'people';

/**
 * The units or people on the rows the planner selected in Excel. Rows of the unit or people table
 * give their records directly (wherever the selection sits across the row); a selection elsewhere
 * (a list pasted on another sheet, a result sheet) is read as ids or names, cell by cell.
 */
export function pickedRows(selection: SelectedCells, staffing: Staffing, kind: PickKind): string[] {
  const records: readonly { id: string; name: string; source?: { sheet: string; row: number } }[] =
    kind === 'units' ? staffing.units : staffing.people;
  const ids: string[] = [];
  const add = (id: string): void => {
    if (!ids.includes(id)) ids.push(id);
  };
  const sheetKey = selection.sheet.toLowerCase();
  const byRow = new Map<number, string>();
  for (const r of records) if (r.source && r.source.sheet.toLowerCase() === sheetKey) byRow.set(r.source.row, r.id);
  if (byRow.size > 0) {
    for (let i = 0; i < selection.values.length; i++) {
      const id = byRow.get(selection.row + i);
      if (id !== undefined) add(id);
    }
    return ids;
  }
  const byId = new Map<string, string>();
  const byName = new Map<string, string | null>();
  for (const r of records) {
    // Ids compare as the tables compare them (a full-width Ｐ０１ is P01).
    byId.set(idKey(r.id), r.id);
    const name = normalizeText(r.name);
    // A name shared by two records says nothing about which one is meant.
    byName.set(name, byName.has(name) ? null : r.id);
  }
  for (const row of selection.values) {
    for (const cell of row) {
      if (typeof cell !== 'string' && typeof cell !== 'number') continue;
      const text = String(cell);
      const id = byId.get(idKey(text)) ?? byName.get(normalizeText(text));
      if (id) add(id);
    }
  }
  return ids;
}
