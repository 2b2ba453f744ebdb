import { foldText, normalizeText } from '../domain/text';

/** An entry of a picker's search: its id, its name, and the folded text searched (id, name, title, unit). */
export interface SearchEntry<T> {
  readonly id: string;
  readonly name: string;
  readonly key: string;
  readonly value: T;
}

/**
 * The entries whose text holds every word typed, accents and case aside, best first: the id typed; the
 * full name as typed, accents included; the full name, accents aside; names starting so; then the rest,
 * each group in table order. "Lê Văn An" is then found before "Lê Văn Anh" and "Nguyễn Lê Văn An".
 */
export function searchEntries<T>(entries: readonly SearchEntry<T>[], query: string): SearchEntry<T>[] {
  const folded = foldText(query);
  const words = folded.split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const typed = normalizeText(query);
  const rank = (e: SearchEntry<T>): number => {
    if (foldText(e.id) === folded) return 0;
    const name = normalizeText(e.name);
    if (name === typed) return 1;
    const foldedName = foldText(e.name);
    if (foldedName === folded) return 2;
    if (foldedName.startsWith(folded)) return 3;
    return 4;
  };
  return entries
    .filter((e) => words.every((w) => e.key.includes(w)))
    .map((e, i) => ({ e, r: rank(e), i }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.e);
}
