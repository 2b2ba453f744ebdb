/** Text comparison used for titles, kinds and filter values: NFC, trimmed, single spaces, lower case. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/** As normalizeText, and without diacritics (đ → d): for recognising headers written any way. */
export function foldText(text: string): string {
  return normalizeText(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}
