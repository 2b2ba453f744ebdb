import { readInput } from '../../src/app/planner';
import { largeSelections, selectionPreview, type SelectionPreview } from '../../src/app/preview';
import type { Staffing } from '../../src/domain/model';
import { sampleWorkbook, START_MONTH, TODAY } from './sampleWorkbook';

let staffing: Staffing;
let preview: SelectionPreview;

beforeAll(async () => {
  const input = await readInput(await sampleWorkbook(), undefined, TODAY);
  staffing = input.staffing!;
  preview = selectionPreview(staffing, START_MONTH);
});

describe('selectionPreview of units', () => {
  it('counts the ids that exist, once each', () => {
    expect(preview.units({ ids: ['HT-TU', 'HT-UB', 'HT-TU', 'NO-SUCH-UNIT'] })).toBe(2);
    expect(preview.units({ ids: [] })).toBe(0);
  });

  it('counts the units a rule picks, as the tables say', () => {
    const levels = new Set(staffing.units.map((u) => u.level));
    expect([...levels].sort()).toEqual(['Huyện', 'Tỉnh', 'Xã']);
    for (const level of levels) {
      expect(preview.units({ where: [{ field: 'level', value: level }] })).toBe(staffing.units.filter((u) => u.level === level).length);
    }
    const communes = staffing.units.filter((u) => u.level === 'Xã').length;
    expect(communes).toBeGreaterThan(10);
    // Field names and values compare ignoring case and spacing.
    expect(preview.units({ where: [{ field: 'LEVEL', value: '  xã ' }] })).toBe(communes);
    expect(preview.units({ where: [{ field: 'quota', op: 'gte', value: 10 }] })).toBe(staffing.units.filter((u) => u.quota >= 10).length);
    expect(preview.units({ where: [{ field: 'level', value: 'Xã' }, { field: 'level', op: 'ne', value: 'Xã' }] })).toBe(0);
  });

  it('knows the extra columns by their header', () => {
    const withDistrict = staffing.units.filter((u) => u.extra['Huyện'] !== null).length;
    expect(preview.units({ where: [{ field: 'huyện', op: 'ne', value: null }] })).toBe(withDistrict);
  });

  it('gives null for a field neither table has', () => {
    expect(preview.units({ where: [{ field: 'Không có cột này', value: 1 }] })).toBeNull();
    expect(preview.units({ where: [{ field: 'level', value: 'Xã' }, { field: 'nope', value: 1 }] })).toBeNull();
  });
});

describe('selectionPreview of people', () => {
  it('counts the ids that exist', () => {
    expect(preview.people({ ids: ['CB00001', 'CB00002', 'CB99999'] })).toBe(2);
  });

  it('counts the people a rule picks at the start month', () => {
    const heads = staffing.people.filter((p) => p.role === 'head').length;
    // The sample's KPIs at the start: 234 heads.
    expect(heads).toBe(234);
    expect(preview.people({ where: [{ field: 'role', value: 'head' }] })).toBe(heads);
    const women = staffing.people.filter((p) => p.gender === 'F').length;
    expect(preview.people({ where: [{ field: 'gender', value: 'Nữ' }] })).toBe(women);
    expect(preview.people({ where: [{ field: 'gender', value: 'F' }] })).toBe(women);
    const communeHeads = staffing.people.filter((p) => p.role === 'head' && staffing.units.find((u) => u.id === p.unitId)?.level === 'Xã').length;
    expect(preview.people({ where: [{ field: 'role', value: 'head' }, { field: 'unit.level', value: 'Xã' }] })).toBe(communeHeads);
  });

  it('applies the limit, per group when asked', () => {
    expect(preview.people({ where: [{ field: 'role', value: 'head' }], limit: 5 })).toBe(5);
    const districts = new Set(
      staffing.people
        .filter((p) => p.role === 'head')
        .map((p) => String(staffing.units.find((u) => u.id === p.unitId)?.extra['Huyện'] ?? '')),
    );
    expect(preview.people({ where: [{ field: 'role', value: 'head' }], limit: 1, limitPer: 'Huyện' })).toBe(districts.size);
  });

  it('gives null for an unknown person field, unit field or limitPer', () => {
    expect(preview.people({ where: [{ field: 'shoeSize', value: 42 }] })).toBeNull();
    expect(preview.people({ where: [{ field: 'unit.nope', value: 'x' }] })).toBeNull();
    expect(preview.people({ where: [{ field: 'role', value: 'head' }], limit: 1, limitPer: 'nope' })).toBeNull();
  });
});

describe('selectionPreview lists what a rule matches', () => {
  it('names the first units and people, and counts them all', () => {
    const units = preview.matched('units', { where: [{ field: 'level', value: 'Tỉnh' }] }, 3);
    const provincial = staffing.units.filter((u) => u.level === 'Tỉnh');
    expect(units).toEqual({ items: provincial.slice(0, 3).map((u) => ({ id: u.id, label: `${u.name} (${u.id})` })), total: provincial.length });
    const heads = preview.matched('people', { where: [{ field: 'role', value: 'head' }, { field: 'unit.level', value: 'Tỉnh' }] }, 2);
    const first = staffing.people.find((p) => p.role === 'head' && provincial.some((u) => u.id === p.unitId))!;
    const unit = provincial.find((u) => u.id === first.unitId)!;
    expect(heads?.items[0]).toEqual({ id: first.id, label: `${first.name} (${first.id}), ${first.title}, ${unit.name}` });
    expect(heads?.total).toBe(preview.people({ where: [{ field: 'role', value: 'head' }, { field: 'unit.level', value: 'Tỉnh' }] }));
    expect(preview.matched('units', { where: [{ field: 'nope', value: 1 }] }, 3)).toBeNull();
  });
});

describe('largeSelections', () => {
  it('names the operations added or changed whose rules select a quarter of the units or 100 people, not the others', () => {
    const everyUnit = { type: 'merge' as const, month: '2026-06', units: { where: [{ field: 'level', op: 'ne' as const, value: 'none' }] } };
    const oneDistrict = { type: 'quotaChange' as const, month: '2026-06', units: { where: [{ field: 'level', value: 'Huyện' }] }, change: { mode: 'cut' as const, value: 1 } };
    const communeStaff = { type: 'exit' as const, month: '2026-06', people: { where: [{ field: 'unit.level', value: 'Xã' }] }, policy: 'other' as const };
    const picked = { type: 'merge' as const, month: '2026-06', units: { ids: staffing.units.map((u) => u.id) } };
    const found = largeSelections([everyUnit, oneDistrict, communeStaff, picked], [], staffing, preview);
    const districts = staffing.units.filter((u) => u.level === 'Huyện').length;
    const communePeople = preview.people(communeStaff.people) as number;
    expect(communePeople).toBeGreaterThanOrEqual(100);
    expect(found).toEqual([
      { operation: 1, what: 'units', count: staffing.units.length },
      ...(districts >= Math.max(10, Math.ceil(staffing.units.length / 4)) ? [{ operation: 2, what: 'units', count: districts }] : []),
      { operation: 3, what: 'people', count: communePeople },
    ]);
    // An operation as it was when the editor opened is not asked about again.
    expect(largeSelections([everyUnit], [everyUnit], staffing, preview)).toEqual([]);
  });
});
