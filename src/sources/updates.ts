/**
 * The public "updates and corrections" list, per chapter and for the whole
 * site, and its Atom feed, from `content/changelog.json` (Distill's practice).
 */
import { t, type Lang } from '../i18n/index';
import { chapterUpdates, changelogEntries, type ChangelogEntry } from './changelog';
import { chapterSlug, chaptersIn, pagePath } from '../utils/pages';

export interface Update {
  /** Permanent id: the date and the entry's place among that day's entries, oldest first. */
  key: string;
  date: string;
  correction: boolean;
  text: string;
  /** What it changed: chapter titles, or "the whole site". */
  about: string;
  /** Where to read it: the first chapter it names (its updates list), or the site's list. */
  href: string;
}

/** Every entry as the readers of one language see it, newest first. */
export async function siteUpdates(lang: Lang, entries: ChangelogEntry[] = changelogEntries()): Promise<Update[]> {
  const chapters = await chaptersIn(lang);
  const titleOf = new Map(chapters.map((chapter) => [chapterSlug(chapter), chapter.data.title]));
  return entries.map((entry) => {
    // Counted from the oldest entry of the day, so a new entry on the same day leaves the others' keys alone.
    const sameDay = entries.filter((other) => other.date === entry.date);
    const key = `${entry.date}-${sameDay.length - sameDay.indexOf(entry)}`;
    const named = (entry.chapters ?? []).filter((slug) => titleOf.has(slug));
    return {
      key,
      date: entry.date,
      correction: entry.correction === true,
      text: entry[lang],
      about: named.length > 0 ? named.map((slug) => titleOf.get(slug)!).join(t(lang, 'list.separator')) : t(lang, 'updates.siteWide'),
      href: named.length > 0 ? `${pagePath(lang, named[0])}#updates` : `${pagePath(lang, 'sources')}#changelog`,
    };
  });
}

/** The entries that changed one chapter (its text or one of its figures), newest first. */
export async function updatesOfChapter(lang: Lang, slug: string, figureIds: readonly string[]): Promise<Update[]> {
  const mine = new Set(chapterUpdates(slug, figureIds));
  const all = changelogEntries();
  return (await siteUpdates(lang, all)).filter((_, i) => mine.has(all[i]!));
}

/** The Atom feed's address in a language. @example feedPath('zh') // '/zh/updates.xml' */
export const feedPath = (lang: Lang): string => `/${lang}/updates.xml`;
