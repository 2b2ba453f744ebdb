import type { Scalar, Unit } from '../domain/model';
import { idKey, normalizeText } from '../domain/text';
import { recordRows, RecordReader, TableProblems, type GridInput } from './grid';
import type { HeaderLayout, UnitField } from './headers';

/**
 * Bounds above which a unit's figure is a typing slip, not a plan: no unit has 100,000 posts (a whole
 * province has a few tens of thousands), and no deputy cap in law comes near 1,000 (a sở has 3 on
 * average). The deputy cap's bound is the one the scenario format sets for `deputyCap`.
 */
export const MAX_QUOTA = 100_000;
export const MAX_DEPUTY_CAP = 1_000;

/**
 * A unit reference (an id, or a name) resolved against the unit table. `unreadable`: it names, or may
 * name, a unit row that was itself rejected (no readable id, or an id taken by an earlier row). That
 * row's error is the one to fix; the reference is not reported again for every person.
 */
export type UnitLookup =
  | { readonly kind: 'found'; readonly id: string }
  | { readonly kind: 'ambiguous'; readonly ids: readonly string[] }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'unreadable' };

/**
 * The units by id and by name. Ids compare by idKey (NFKC, case, spacing), so that "dv01", "DV01 " and
 * a full-width "ＤＶ０１" find the unit; names by normalizeText (case, spacing, NFC). Either way the unit
 * is found as the unit table writes its id.
 */
export class UnitDirectory {
  private readonly byId = new Map<string, string>();
  private readonly byName = new Map<string, string[]>();
  /** Names of the rows rejected for their id, and whether some row has no readable id at all. */
  private readonly rejectedNames = new Set<string>();
  private unidentified = false;

  /** Adds a unit; false when its id is already taken. */
  add(id: string, name: string | null): boolean {
    const key = idKey(id);
    if (this.byId.has(key)) return false;
    this.byId.set(key, id);
    if (name !== null) {
      const nameKey = normalizeText(name);
      this.byName.set(nameKey, [...(this.byName.get(nameKey) ?? []), id]);
    }
    return true;
  }

  /** A row that cannot be a unit because of its id: `id` null when it has none that can be read. */
  addRejected(id: string | null, name: string | null): void {
    if (id === null) this.unidentified = true;
    if (name !== null) this.rejectedNames.add(normalizeText(name));
  }

  /**
   * By id first, then by name. A reference that matches a rejected row's name, or that matches
   * nothing while some row has no readable id (it may well be that row's id), is `unreadable`.
   */
  lookup(reference: string): UnitLookup {
    const id = this.byId.get(idKey(reference));
    if (id !== undefined) return { kind: 'found', id };
    const name = normalizeText(reference);
    if (this.rejectedNames.has(name)) return { kind: 'unreadable' };
    const ids = this.byName.get(name) ?? [];
    if (ids.length === 1) return { kind: 'found', id: ids[0] };
    if (ids.length > 1) return { kind: 'ambiguous', ids };
    return this.unidentified ? { kind: 'unreadable' } : { kind: 'unknown' };
  }
}

interface UnitRecord {
  readonly reader: RecordReader<UnitField>;
  readonly id: string | null;
  readonly name: string | null;
  readonly level: string | null;
  readonly kind: string | null;
  readonly locality: string | null;
  readonly parentReference: string | null;
  parent: string | null;
  readonly quota: number | null;
  readonly deputyCap: number | null;
  readonly extra: Record<string, Scalar>;
}

export interface UnitsRead {
  /** The units of rows without errors, in table order. */
  readonly units: Unit[];
  readonly directory: UnitDirectory;
  readonly rowCount: number;
}

/** Reads the unit table's rows, then checks ids are unique and parents exist without loops. */
export function readUnits(grid: GridInput, layout: HeaderLayout<UnitField>, problems: TableProblems): UnitsRead {
  const records = recordRows(grid.cells, layout, problems, 'units').map((gridRow) => readUnitRow(new RecordReader(problems, layout, grid.cells[gridRow], gridRow)));

  const directory = new UnitDirectory();
  const firstOf = new Map<string, UnitRecord>();
  for (const record of records) {
    if (record.id === null) directory.addRejected(null, record.name);
    else if (directory.add(record.id, record.name)) {
      firstOf.set(idKey(record.id), record);
    } else {
      directory.addRejected(record.id, record.name);
      const first = firstOf.get(idKey(record.id));
      record.reader.report('error', 'duplicateUnitId', 'unitId', {
        id: record.id, firstId: first?.id ?? '', firstCell: first?.reader.cellRef('unitId') ?? '',
        ...(first?.id === record.id ? { variant: 'sameUnitId' } : {}),
      });
    }
  }

  for (const record of records) {
    if (record.parentReference === null) continue;
    const found = directory.lookup(record.parentReference);
    if (found.kind === 'found') record.parent = found.id;
    else if (found.kind === 'ambiguous') {
      record.reader.report('error', 'ambiguousUnitName', 'parent', { field: 'parent', value: record.parentReference, ids: found.ids.join(', ') });
    } else if (found.kind === 'unknown') record.reader.report('error', 'unknownParent', 'parent', { value: record.parentReference });
  }
  reportParentLoops(records);

  const units: Unit[] = [];
  for (const r of records) {
    if (!r.reader.ok || r.id === null || r.name === null || r.level === null || r.quota === null) continue;
    units.push({
      id: r.id,
      name: r.name,
      level: r.level,
      kind: r.kind,
      locality: r.locality,
      parent: r.parent,
      quota: r.quota,
      deputyCap: r.deputyCap,
      extra: r.extra,
      source: { sheet: grid.sheet, row: r.reader.sheetRow },
    });
  }
  return { units, directory, rowCount: records.length };
}

function readUnitRow(reader: RecordReader<UnitField>): UnitRecord {
  return {
    reader,
    id: reader.text('unitId', true),
    name: reader.text('unitName', true),
    level: reader.text('level', true),
    kind: reader.text('kind', false),
    locality: reader.text('locality', false),
    parentReference: reader.text('parent', false),
    parent: null,
    quota: reader.count('quota', true, MAX_QUOTA),
    deputyCap: reader.count('deputyCap', false, MAX_DEPUTY_CAP),
    extra: reader.extras(),
  };
}

/** Every unit on a loop of parents (itself included) is reported, at its parent cell. */
function reportParentLoops(records: readonly UnitRecord[]): void {
  const byId = new Map<string, UnitRecord>();
  for (const r of records) if (r.id !== null && !byId.has(idKey(r.id))) byId.set(idKey(r.id), r);
  const onLoop = new Set<string>();
  const settled = new Set<string>();
  for (const start of byId.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | null = start;
    while (current !== null && !settled.has(current) && !onPath.has(current)) {
      path.push(current);
      onPath.add(current);
      const parent: string | null = byId.get(current)?.parent ?? null;
      current = parent === null ? null : idKey(parent);
    }
    if (current !== null && onPath.has(current)) {
      for (const id of path.slice(path.indexOf(current))) onLoop.add(id);
    }
    for (const id of path) settled.add(id);
  }
  for (const r of records) {
    if (r.id !== null && byId.get(idKey(r.id)) === r && onLoop.has(idKey(r.id))) r.reader.report('error', 'parentCycle', 'parent', { id: r.id });
  }
}
