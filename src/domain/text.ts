/** Text comparison used for titles, kinds and filter values: NFC, trimmed, single spaces, lower case. */
export function normalizeText(text: string): string {
  let n = NORMALIZED.get(text);
  if (n === undefined) {
    // Vietnamese has no locale-specific case rules, so the plain lower case is right (and fast).
    n = text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
    if (NORMALIZED.size < 100_000) NORMALIZED.set(text, n);
  }
  return n;
}

/** Titles, kinds and levels repeat across thousands of rows: each distinct text is normalised once. */
const NORMALIZED = new Map<string, string>();

/**
 * What ids are compared by, everywhere (unit and person ids, a person's unit, a unit's parent, the ids
 * a scenario names): NFKC, so that a full-width 'Ｐ０１' typed with a Vietnamese or East Asian input
 * method is the 'P01' it looks like; trimmed, single spaces, lower case, as for other text.
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
  return id.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
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
