/**
 * When the facts the site states were last checked against their sources, as
 * one date for the whole site: the bottom line, the About page and the
 * sceptic's chapter print it. (Issue 24 adds the site's "facts last checked"
 * date; when both exist, keep one and point the other at it.)
 */
import type { Lang } from '../i18n/index';

export const FACTS_LAST_CHECKED = '2026-12-03';

/**
 * A date (YYYY-MM-DD) as each language writes it in running text.
 * @example formatDate('2026-12-03', 'en') // '3 December 2026'
 * @example formatDate('2026-12-03', 'zh') // '2026 年 12 月 3 日'
 */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'zh') return `${year} 年 ${month} 月 ${day} 日`;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${day} ${months[month - 1]} ${year}`;
}
