/**
 * Text comparison used for titles, kinds and filter values: NFC, zero-width characters dropped,
 * trimmed, single spaces, lower case, the tone of a final oa, oe, uy on its first vowel.
 */
export function normalizeText(text: string): string {
  let n = NORMALIZED.get(text);
  if (n === undefined) {
    n = folded(text, 'NFC');
    if (NORMALIZED.size < 100_000) NORMALIZED.set(text, n);
  }
  return n;
}

/** Titles, kinds and levels repeat across thousands of rows: each distinct text is normalised once. */
const NORMALIZED = new Map<string, string>();

/** The comparison form of texts and ids, in a Unicode form: invisible characters out, spaces joined, lower case, tones placed. */
function folded(text: string, form: 'NFC' | 'NFKC'): string {
  // Vietnamese has no locale-specific case rules, so the plain lower case is right (and fast).
  return newTonePlacement(text.normalize(form).replace(INVISIBLE, '').trim().replace(/\s+/g, ' ').toLowerCase());
}

/**
 * Zero-width spaces and joiners, word joiner, byte order mark: pasted from web pages with ids and
 * names, invisible in a cell, so never part of what text is compared by.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Vietnamese writes the tone of a final "oa", "oe", "uy" on either vowel: "hoá" (old placement) and
 * "hóa" (new), "Tỉnh uỷ" and "Tỉnh ủy", "khoẻ" and "khỏe", "thuý" and "thúy" are the same word. Keys
 * take the new placement: on NFD, a tone mark right after the a, e or y of such a pair, with no
 * letter after it, moves onto the first vowel. Only keys: the text shown and written is kept as typed.
 * ("quý" becomes "qúy" in the key, whichever way it was typed: harmless, both sides agree.)
 */
export function newTonePlacement(lower: string): string {
  if (!MAY_HAVE_OLD_TONE.test(lower)) return lower;
  return lower.normalize('NFD').replace(OLD_TONE, '$1$3$2').normalize('NFC');
}

/** A lower-case a, e or y bearing a tone, composed: what an old placement needs (checked first, it is cheap). */
const MAY_HAVE_OLD_TONE = /[áàảãạéèẻẽẹýỳỷỹỵ]/;
/** NFD: o before a or e, u before y; the second vowel; its tone (grave, acute, tilde, hook, dot below). */
const OLD_TONE = /(o(?=[ae])|u(?=y))([aey])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu;

/** A text with its invisible characters shown, for messages: "HT-TU⟨U+200B⟩". */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/**
 * What ids are compared by, everywhere (unit and person ids, a person's unit, a unit's parent, the ids
 * a scenario names): NFKC, so that a full-width 'Ｐ０１' typed with a Vietnamese or East Asian input
 * method is the 'P01' it looks like; zero-width characters dropped, trimmed, single spaces, lower
 * case and tones placed as for other text (normalizeText).
 *
 * Only the comparison uses this key: the id kept (in the model, the results, the messages) is the one
 * the unit or people table writes, NFC-composed and trimmed. NFKC is a lossy reading ('²' becomes
 * '2', 'ﬁ' becomes 'fi'), and the planner's data is never rewritten by this tool; two ids that differ
 * only in these forms are then duplicates, reported as such. Not cached: ids are mostly distinct, and
 * would fill normalizeText's cache meant for titles.
 */
export function idKey(id: string): string {
  // Printable ASCII without spaces ('CB000123', 'HT-TU') is its own NFKC form, with nothing to trim or
  // join: only its case is folded. Most ids are such, read for every person and unit of the tables.
  if (PLAIN_ID.test(id)) return id.toLowerCase();
  return folded(id, 'NFKC');
}

const PLAIN_ID = /^[!-~]*$/;

/** As normalizeText, and without diacritics (đ → d): for recognising headers written any way. */
export function foldText(text: string): string {
  return normalizeText(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

const FOLDED_KEYS = new Map<string, string>();

/** foldText for field names and headers: few distinct values, asked for very often, so remembered. */
export function foldKey(name: string): string {
  let key = FOLDED_KEYS.get(name);
  if (key === undefined) {
    key = foldText(name);
    if (FOLDED_KEYS.size < 10_000) FOLDED_KEYS.set(name, key);
  }
  return key;
}
