/**
 * The day the site's facts were last checked against their sources: one date,
 * kept with the fact rows (`$lastChecked` in content/facts.json), shown on the
 * landing page, under every chapter's notes, on Sources & method and on the brief.
 */
import facts from '../../content/facts.json';
import type { Lang } from '../i18n/index';

export const FACTS_LAST_CHECKED: string = (facts as { $lastChecked: string }).$lastChecked;

if (!/^\d{4}-\d{2}-\d{2}$/.test(FACTS_LAST_CHECKED)) throw new Error(`content/facts.json: $lastChecked "${FACTS_LAST_CHECKED}" must be YYYY-MM-DD.`);

/**
 * The date as a reader of the page's language writes it.
 * @example checkedDate('en', '2026-12-03') // '3 December 2026'
 * @example checkedDate('zh', '2026-12-03') // '2026 年 12 月 3 日'
 */
export function checkedDate(lang: Lang, iso: string = FACTS_LAST_CHECKED): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'zh') return `${year} 年 ${month} 月 ${day} 日`;
  const name = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
  return `${day} ${name} ${year}`;
}
