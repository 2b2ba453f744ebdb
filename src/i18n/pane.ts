import { paneEn, type PaneText } from './en/pane';
import type { Lang } from './messages';
import { paneVi } from './vi/pane';

export type { PaneText };

const TEXTS: Readonly<Record<Lang, PaneText>> = { vi: paneVi, en: paneEn };

export function paneText(lang: Lang): PaneText {
  return TEXTS[lang];
}

/** The BCP 47 tag of a language, for the browser's number formats and Fluent's `lang`. */
export function localeOf(lang: Lang): string {
  return lang === 'vi' ? 'vi-VN' : 'en-US';
}

/** A count as the planner reads it: 6.466 in Vietnamese, 6,466 in English. */
export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(localeOf(lang));
}

/** Office's display language ('vi-VN', 'en-US', …): Vietnamese for 'vi', English otherwise. */
export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
