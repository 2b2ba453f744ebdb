import fc from 'fast-check';
import { foldText, idKey, newTonePlacement, normalizeText, showInvisible } from '../../src/domain/text';
import { person, staffing, unit } from './fixtures';
import { at, run } from './helpers';

/** The tone marks of Vietnamese, as combining characters. */
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
/** A final oa, oe or uy with its tone on the second vowel (old placement) and on the first (new). */
const placements = fc.record({
  before: fc.constantFrom('', 'h', 'kh', 'th', 't', 'x', 'Văn ', 'Tỉnh ', 'Tỉnh ủy và '),
  pair: fc.constantFrom('oa', 'oe', 'uy', 'OA', 'UY'),
  tone: fc.constantFrom(...TONES),
  after: fc.constantFrom('', ' ', ' Hà Tĩnh', ', ', '1', '.'),
}).map(({ before, pair, tone, after }) => ({ first: pair[0], second: pair[1], before, tone, after })).map(({ before, first, second, tone, after }) => ({
  old: `${before}${first}${second}${tone}${after}`.normalize('NFC'),
  new: `${before}${first}${tone}${second}${after}`.normalize('NFC'),
  nfd: `${before}${first}${second}${tone}${after}`.normalize('NFD'),
}));

describe('old and new tone placement compare equal, the text itself untouched', () => {
  it.each([
    ['Tỉnh uỷ', 'Tỉnh ủy'],
    ['Văn hoá', 'Văn hóa'],
    ['khoẻ', 'khỏe'],
    ['thuý', 'thúy'],
    ['Sở Văn hoá, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Ban Tổ chức Tỉnh uỷ', 'BAN TỔ CHỨC TỈNH ỦY'],
    ['Trung tâm Y tế huyện Thuỷ Nguyên', 'Trung tâm Y tế huyện Thủy Nguyên'],
    ['Hoà Bình', 'Hòa Bình'],
  ])('“%s” is “%s”', (a, b) => {
    expect(normalizeText(a)).toBe(normalizeText(b));
    expect(foldText(a)).toBe(foldText(b));
    expect(idKey(a)).toBe(idKey(b));
  });

  it.each([
    ['hoàng', 'hòang'], // the tone of "oa" followed by a letter is not moved: not a final pair
    ['huỳnh', 'hùynh'],
    ['hoa', 'hóa'],
    ['thủy', 'thùy'],
  ])('leaves “%s” and “%s” apart', (a, b) => {
    expect(normalizeText(a)).not.toBe(normalizeText(b));
  });

  it('gives the same key for either placement, NFC or NFD, and keeps the new one as it is', () => {
    fc.assert(fc.property(placements, (p) => {
      expect(normalizeText(p.old)).toBe(normalizeText(p.new));
      expect(normalizeText(p.nfd)).toBe(normalizeText(p.new));
      expect(idKey(p.old)).toBe(idKey(p.new));
      expect(normalizeText(p.new)).toBe(p.new.toLowerCase().trim().replace(/\s+/g, ' '));
    }), { numRuns: 2000 });
  });

  it('is idempotent and changes nothing but the place of a tone', () => {
    const text = fc.string({ unit: fc.constantFrom(...'aeiouyđ ohuáàảãạéèẻẽẹýỳỷỹỵóòỏõọúùủũụơưâêôăÁÝOAEUYkhtnx'.split('')), maxLength: 12 });
    fc.assert(fc.property(text, (t) => {
      const once = newTonePlacement(t);
      expect(newTonePlacement(once)).toBe(once);
      // Same letters and marks, only (possibly) in another order.
      const marks = (s: string) => [...s.normalize('NFD')].sort().join('');
      expect(marks(once)).toBe(marks(t));
    }), { numRuns: 2000 });
  });
});

describe('zero-width characters are not part of a comparison, and are shown in messages', () => {
  it.each(['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'])('U+%s', (c) => {
    expect(idKey(`HT-TU${c}`)).toBe(idKey('HT-TU'));
    expect(idKey(`${c}P0${c}1`)).toBe(idKey('p01'));
    expect(normalizeText(`Tỉnh ủy${c}`)).toBe(normalizeText('Tỉnh ủy'));
  });

  it('shows them by code point, and leaves other text alone', () => {
    expect(showInvisible('HT-TU\u200B')).toBe('HT-TU⟨U+200B⟩');
    expect(showInvisible('\uFEFFP01')).toBe('⟨U+FEFF⟩P01');
    expect(showInvisible('Tỉnh ủy Hà Tĩnh')).toBe('Tỉnh ủy Hà Tĩnh');
  });
});

describe('a scenario filter on kind finds units whatever the tone placement', () => {
  const s = staffing(
    [
      unit('T01', 5, { kind: 'Tỉnh uỷ', name: 'Tỉnh uỷ Hà Tĩnh' }),
      unit('T02', 4, { kind: 'Tỉnh ủy', name: 'Tỉnh ủy Nghệ An' }),
      unit('V01', 3, { kind: 'Sở Văn hoá' }),
    ],
    [person('P01', 'T01', 'Chuyên viên'), person('P02', 'T02', 'Chuyên viên'), person('P03', 'V01', 'Chuyên viên')],
  );

  it('cuts the quota of both party committees, written either way', () => {
    const r = run(s, [{ type: 'quotaChange', month: '2026-01', units: { where: [{ field: 'kind', value: 'Tỉnh ủy' }] }, change: { mode: 'cut', value: 1 } }]);
    expect(r.issues).toEqual([]);
    expect([at(r, 'T01', 'quota', '2026-01'), at(r, 'T02', 'quota', '2026-01'), at(r, 'V01', 'quota', '2026-01')]).toEqual([4, 3, 3]);
  });
});
