/**
 * The site's updates and corrections, from `content/changelog.json`. An entry
 * names the chapters (by slug) and figures (by id) it changed in substance;
 * entries that name neither (site features) date nothing. These dates, not the
 * build date, are what citations give, so rebuilding the same text cites the
 * same date.
 */
import raw from '../../content/changelog.json';

export interface ChangelogEntry {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  en: string;
  zh: string;
  /** Chapter slugs this entry changed in substance. */
  chapters?: string[];
  /** Figure ids this entry changed in substance. */
  figures?: string[];
  /** A correction of something the site said, rather than an addition. */
  correction?: boolean;
}

/**
 * Checks the changelog's shape and returns it newest first (entries of one day keep their order).
 * Throws a build error naming the entry that is wrong.
 */
export function readChangelog(entries: unknown = raw): ChangelogEntry[] {
  if (!Array.isArray(entries)) throw new Error('content/changelog.json must be an array of entries.');
  const checked = entries.map((entry: Partial<ChangelogEntry>, index) => {
    const where = `content/changelog.json entry ${index + 1}`;
    if (!entry || typeof entry !== 'object') throw new Error(`${where} is not an object.`);
    if (typeof entry.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(entry.date) || Number.isNaN(Date.parse(entry.date))) {
      throw new Error(`${where}: "date" must be an ISO date (YYYY-MM-DD).`);
    }
    if (typeof entry.en !== 'string' || !entry.en.trim() || typeof entry.zh !== 'string' || !entry.zh.trim()) {
      throw new Error(`${where}: "en" and "zh" must both say what changed.`);
    }
    for (const list of ['chapters', 'figures'] as const) {
      const ids = entry[list];
      if (ids !== undefined && !(Array.isArray(ids) && ids.every((id) => typeof id === 'string' && /^[a-z0-9-]+$/.test(id)))) {
        throw new Error(`${where}: "${list}" must be a list of ids.`);
      }
    }
    return entry as ChangelogEntry;
  });
  return checked.map((entry, index) => ({ entry, index })).sort((a, b) => b.entry.date.localeCompare(a.entry.date) || a.index - b.index).map(({ entry }) => entry);
}

const changelog = readChangelog();

/** Every entry, newest first. */
export function changelogEntries(): ChangelogEntry[] {
  return changelog;
}

/** The date of the newest entry: when the site as a whole last changed. */
export function siteLastChanged(entries = changelog): string {
  const latest = entries[0];
  if (!latest) throw new Error('content/changelog.json has no entries.');
  return latest.date;
}

/**
 * The entries that changed one chapter: those naming it or one of its figures, newest first.
 * @example chapterUpdates('45-degree-law', ['trajectory']) // [{ date: '2026-11-25', chapters: ['imbalance', '45-degree-law'], … }]
 */
export function chapterUpdates(slug: string, figureIds: readonly string[], entries = changelog): ChangelogEntry[] {
  return entries.filter((entry) => entry.chapters?.includes(slug) || entry.figures?.some((id) => figureIds.includes(id)));
}

/**
 * When a chapter last changed in substance (its text or one of its figures).
 * Throws when no entry names the chapter: its first release needs an entry.
 */
export function chapterLastChanged(slug: string, figureIds: readonly string[], entries = changelog): string {
  const latest = chapterUpdates(slug, figureIds, entries)[0];
  if (!latest) throw new Error(`No entry of content/changelog.json names chapter "${slug}": add its release to "chapters" of an entry.`);
  return latest.date;
}

/** When a chapter was first published: the oldest entry naming it or one of its figures. */
export function chapterFirstPublished(slug: string, figureIds: readonly string[], entries = changelog): string {
  chapterLastChanged(slug, figureIds, entries);
  return chapterUpdates(slug, figureIds, entries).at(-1)!.date;
}

/** When a figure last changed in substance; a figure no entry names dates from its chapter. */
export function figureLastChanged(id: string, chapterSlug: string, chapterFigures: readonly string[], entries = changelog): string {
  return entries.find((entry) => entry.figures?.includes(id))?.date ?? chapterLastChanged(chapterSlug, chapterFigures, entries);
}

/** When a figure was first published; a figure no entry names dates from its chapter. */
export function figureFirstPublished(id: string, chapterSlug: string, chapterFigures: readonly string[], entries = changelog): string {
  return entries.findLast((entry) => entry.figures?.includes(id))?.date ?? chapterFirstPublished(chapterSlug, chapterFigures, entries);
}

/** When the site was first published: its oldest entry. */
export function siteFirstPublished(entries = changelog): string {
  siteLastChanged(entries);
  return entries.at(-1)!.date;
}
