/** The languages of the interface and of the sheets written. */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/**
 * Fills `{name}` placeholders of a message. A placeholder without a value stays as written, so a
 * missing parameter shows up in the text instead of silently vanishing from the sentence.
 */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}

/** The BCP 47 tag of a language, for number formats. */
export function localeOf(lang: Lang): string {
  return lang === 'vi' ? 'vi-VN' : 'en-US';
}

/** A count as the planner reads it: 6.466 in Vietnamese, 6,466 in English. */
export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(localeOf(lang));
}
