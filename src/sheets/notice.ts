import { staleNoticesEn } from '../i18n/en/notices';
import { fill, type Lang } from '../i18n/messages';
import { staleNoticesVi } from '../i18n/vi/notices';
import type { CellScalar, CellStyle } from './layout';

/**
 * The line at the top of a scenario's sheets that says their results no longer hold. It goes into the
 * title cell (A1), before the title, so the sheet's layout does not move and a colleague who opens the
 * workbook without the add-in sees it first; running the scenario again writes the sheets afresh.
 */

export type StaleReason = 'outOfDate' | 'edited';

/** Where a notice starts and where the title it precedes begins: never in a title of ours. */
const MARK = '⚠ ';
const SEPARATOR = ' | ';

/**
 * The notice of a run made on `ranAt` (an ISO time), in the sheets' language; 'followed': on the
 * people-followed sheet, of results written on `ranAt` without it.
 */
export function staleNotice(reason: StaleReason | 'followed', ranAt: string, lang: Lang, timeZone?: string): string {
  return MARK + fill((lang === 'vi' ? staleNoticesVi : staleNoticesEn)[reason], { date: localDate(ranAt, timeZone) });
}

/**
 * The day of an ISO time where the planner is, dd/mm/yyyy: a run at 06:00 in Hà Nội is 23:00 the day
 * before in UTC. `timeZone`: the host's own unless given.
 */
function localDate(iso: string, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso.slice(0, 10);
  return new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', ...(timeZone ? { timeZone } : {}) }).format(at);
}

/** The title cell's text without a notice: what follows the first separator after a mark. */
function bareTitle(text: string): string {
  if (!text.startsWith(MARK)) return text;
  const at = text.indexOf(SEPARATOR);
  return at < 0 ? text : text.slice(at + SEPARATOR.length);
}

/**
 * What the title cell should hold given its `current` value and the notice (null: none), with its
 * style; null when the cell already holds it, or holds no text (then it is not a title of ours).
 */
export function titleCell(current: CellScalar, notice: string | null): { readonly text: string; readonly style: CellStyle } | null {
  if (typeof current !== 'string' || current === '') return null;
  const title = bareTitle(current);
  const text = notice === null ? title : notice + SEPARATOR + title;
  return text === current ? null : { text, style: notice === null ? 'title' : 'alert' };
}
