import { reportEn, type ReportText } from '../i18n/en/report';
import { fill, type Lang } from '../i18n/messages';
import { reportVi } from '../i18n/vi/report';

// The sheet layouts take their texts, and the helpers for them, from this one module.
export { fill, type Lang, type ReportText };

/** The labels of the result sheets, in the workbook's language. */
const TEXTS: Readonly<Record<Lang, ReportText>> = { vi: reportVi, en: reportEn };

export function reportText(lang: Lang): ReportText {
  return TEXTS[lang];
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
