import type { PaneText } from './en/pane';
import { formatCount, localeOf, type Lang } from './messages';

export type { PaneText };

/**
 * The pane's texts by language, each fetched as a chunk of its own when first needed: the pane's first
 * script holds neither language, and a planner only ever downloads the one they read (and the other
 * when they switch).
 */
const LOADED: Partial<Record<Lang, PaneText>> = {};

export async function loadPaneText(lang: Lang): Promise<PaneText> {
  const found = LOADED[lang];
  if (found) return found;
  const texts = lang === 'vi'
    ? (await import(/* webpackChunkName: "pane-vi" */ './vi/pane')).paneVi
    : (await import(/* webpackChunkName: "pane-en" */ './en/pane')).paneEn;
  LOADED[lang] = texts;
  return texts;
}

/** A language's texts once loaded (loadPaneText), else null. */
export function loadedPaneText(lang: Lang): PaneText | null {
  return LOADED[lang] ?? null;
}

export function paneText(lang: Lang): PaneText {
  const texts = LOADED[lang];
  if (!texts) throw new Error(`The pane's ${lang} texts are not loaded yet (loadPaneText)`);
  return texts;
}

export { formatCount, localeOf };

/** Office's display language ('vi-VN', 'en-US', …): Vietnamese for 'vi', English otherwise. */
export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
