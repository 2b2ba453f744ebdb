import fc from 'fast-check';
import { idKey, newTonePlacement } from '../../src/domain/text';
import { person, staffing, unit } from './fixtures';
import { at, run } from './helpers';

describe('ids compare after NFKC, trimming, spacing and case', () => {
  it('reads full-width letters and digits as the plain ones they look like', () => {
    expect(idKey('Ｐ０１')).toBe(idKey('P01'));
    expect(idKey('P０1')).toBe(idKey('p01'));
    expect(idKey('  DV  01 ')).toBe(idKey('dv 01'));
    expect(idKey('P01')).not.toBe(idKey('P02'));
  });

  it('is the same key by its shortcut for plain ASCII ids as by the whole rule', () => {
    const rule = (id: string): string => newTonePlacement(id.normalize('NFKC').replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').trim().replace(/\s+/g, ' ').toLowerCase());
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) });
    const mixed = fc.oneof(ascii, fc.string({ unit: 'binary' }), fc.constantFrom('CB000123', 'HT-TU', 'ＣＢ01', 'x\u00a0y', 'a\tb', ' P01', 'ﬁ1', 'Ｋ'));
    fc.assert(fc.property(mixed, (id) => expect(idKey(id)).toBe(rule(id))), { numRuns: 5000 });
  });
});

describe('the ids a scenario names find the units and people of the tables', () => {
  // Ids as the tables write them; the scenario types them with a full-width input method.
  const s = staffing(
    [unit('H01', 3, { level: 'Huyện' }), unit('X01', 3), unit('X02', 2)],
    [
      person('P01', 'H01', 'Chuyên viên'), person('P02', 'X01', 'Chủ tịch UBND'), person('P03', 'X02', 'Chủ tịch UBND'),
    ],
  );

  it('moves a person named "Ｐ０１" to the unit named " ｘ０２ ", reporting them as the tables write them', () => {
    const r = run(s, [{ type: 'move', month: '2026-02', people: { ids: ['Ｐ０１'] }, to: { unit: { ids: [' ｘ０２ '] } } }]);
    expect(r.issues).toEqual([]);
    expect(r.changes.map((c) => [c.personId, c.kind, c.from?.unitId, c.to?.unitId])).toEqual([['P01', 'moved', 'H01', 'X02']]);
    expect(at(r, 'X02', 'roster', '2026-02')).toBe(2);
  });

  it('takes one person once when the scenario names them twice in different forms', () => {
    const r = run(s, [{ type: 'move', month: '2026-02', people: { ids: ['P01', 'Ｐ０１', 'p01'] }, to: { unit: { ids: ['X02'] } } }]);
    expect(r.issues).toEqual([]);
    expect(r.changes.map((c) => [c.personId, c.kind])).toEqual([['P01', 'moved']]);
  });

  it('matches a quota change and a filter on the id field the same way', () => {
    const r = run(s, [
      { type: 'quotaChange', month: '2026-01', units: { ids: ['Ｈ０１'] }, change: { mode: 'set', value: 9 } },
      { type: 'quotaChange', month: '2026-01', units: { where: [{ field: 'id', op: 'in', value: ['ｘ０１'] }] }, change: { mode: 'set', value: 7 } },
    ]);
    expect(r.issues).toEqual([]);
    expect([at(r, 'H01', 'quota', '2026-01'), at(r, 'X01', 'quota', '2026-01'), at(r, 'X02', 'quota', '2026-01')]).toEqual([9, 7, 2]);
  });

  it('keeps the head a merger names by a full-width headId', () => {
    const r = run(s, [{ type: 'merge', month: '2026-03', units: { ids: ['X01', 'X02'] }, headId: 'Ｐ０３' }]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.changes.filter((c) => c.kind === 'headToDeputy').map((c) => c.personId)).toEqual(['P02']);
  });

  it('still reports an id that matches nothing, as the scenario wrote it', () => {
    const r = run(s, [{ type: 'move', month: '2026-02', people: { ids: ['Ｐ０９'] }, to: { unit: { ids: ['X02'] } } }]);
    expect(r.issues).toMatchObject([{ severity: 'error', code: 'unknownPerson', params: { id: 'Ｐ０９' } }]);
  });
});
