import { reportEn, type ReportText } from '../i18n/en/report';
import { fill, type Lang } from '../i18n/messages';
import { reportVi } from '../i18n/vi/report';
import { normalizeText } from '../domain/text';

// The sheet layouts take their texts, and the helpers for them, from this one module.
export { fill, type Lang, type ReportText };

/** The labels of the result sheets, in the workbook's language. */
const TEXTS: Readonly<Record<Lang, ReportText>> = { vi: reportVi, en: reportEn };

export function reportText(lang: Lang): ReportText {
  return TEXTS[lang];
}

/**
 * A post as a Vietnamese decision writes it: the title, then the unit, the words they share said once
 * ("Phó Chủ tịch UBND" of "UBND xã Sơn Tây" is "Phó Chủ tịch UBND xã Sơn Tây"; "Trưởng phòng" of
 * "Phòng Kinh tế", "Trưởng phòng Kinh tế"). In English, "title, unit".
 */
export function postText(title: string, unit: string, lang: Lang): string {
  const titleWords = title.trim().split(/\s+/);
  const unitWords = unit.trim().split(/\s+/);
  if (lang !== 'vi') return `${titleWords.join(' ')}, ${unitWords.join(' ')}`;
  // As the tables' texts compare: case and tone placement aside ('Văn hoá' is 'Văn hóa').
  const same = (a: string, b: string): boolean => normalizeText(a) === normalizeText(b);
  for (let k = Math.min(titleWords.length, unitWords.length); k >= 1; k--) {
    const tail = titleWords.slice(titleWords.length - k);
    if (tail.every((w, i) => same(w, unitWords[i]))) return [...titleWords, ...unitWords.slice(k)].join(' ');
  }
  return [...titleWords, ...unitWords].join(' ');
}

/** The placeholders a template uses, in order of appearance. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

/**
 * What a returning person finds missing, in words: the result writes 'quota', 'post' or 'quota+post'
 * (in an issue's `missing` parameter and in the change's detail). Unknown parts are kept as written.
 */
export function returnMissingText(value: string, t: ReportText): string {
  const words = t.returnMissing;
  return value
    .split('+')
    .map((part) => (part === 'quota' || part === 'post' || part === 'unit' ? words[part] : part))
    .join(` ${words.and} `);
}
