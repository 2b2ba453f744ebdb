import { paneEn, type PaneText } from './en/pane';
import { formatCount, localeOf, type Lang } from './messages';
import { paneVi } from './vi/pane';

export type { PaneText };

const TEXTS: Readonly<Record<Lang, PaneText>> = { vi: paneVi, en: paneEn };

export function paneText(lang: Lang): PaneText {
  return TEXTS[lang];
}

export { formatCount, localeOf };

/** Office's display language ('vi-VN', 'en-US', …): Vietnamese for 'vi', English otherwise. */
export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
