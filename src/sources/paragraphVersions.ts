/**
 * Versions of a paragraph. `content/paragraph-versions.json` keeps the text of
 * every published paragraph of every chapter, in both languages, each text
 * with the date it was published and what kind of change made it: the
 * chapter's first publication, an editorial change (wording, a typo) or a
 * correction (something the site said was wrong). `npm run versions` records
 * the built chapters' texts; the build fails when a recorded paragraph's text
 * changed and the record was not updated. A link can carry the version it was
 * made at (`/en/<chapter>/p/<paragraph id>/<date>/`): when the paragraph has
 * changed since, that page says so, when and why, and shows the old text.
 * No DOM: the texts come from the built HTML, read with linkedom.
 */
import type { Lang } from '../i18n/index';

export type ChangeKind = 'published' | 'editorial' | 'correction';

export interface ParagraphVersion {
  /** ISO date, YYYY-MM-DD: when this text was published. */
  date: string;
  /** The paragraph's words as a reader reads them (no ¶ mark, claim marks or note numbers). */
  text: string;
  change: ChangeKind;
}

/** Chapter slug → paragraph id → language → versions, oldest first. */
export type VersionRecord = Record<string, Record<string, Partial<Record<Lang, ParagraphVersion[]>>>>;

/** Chapter slug → paragraph id → its current text, in one language. */
export type ParagraphTexts = Record<string, Record<string, string>>;

export const VERSIONS_FILE = 'content/paragraph-versions.json';

/** What a reader does not read as the paragraph's words: its own ¶ link, claim marks, note markers and sidenotes, a claim's original wording. */
export const NOT_TEXT = '.para-link, .claim-mark, sup.cite, .original-toggle, .original, .sidenote';

/**
 * The visible words of a paragraph element, whitespace collapsed.
 * The permalink menu's "copy quote" reads the same (src/sources/browser/permalinks.ts).
 */
export function paragraphText(paragraph: Element): string {
  const copy = paragraph.cloneNode(true) as Element;
  copy.querySelectorAll(NOT_TEXT).forEach((node) => node.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The paragraphs of a chapter page (`main p[id^="p-"]`), in page order. */
export function paragraphsOf(document: Document): { id: string; label: string; text: string }[] {
  return [...document.querySelectorAll('main p[id^="p-"][data-para]')].map((p) => ({ id: p.id, label: p.getAttribute('data-para') ?? '', text: paragraphText(p) }));
}

/** The newest version of a paragraph in a language. */
export function latestVersion(record: VersionRecord, slug: string, id: string, lang: Lang): ParagraphVersion | undefined {
  return record[slug]?.[id]?.[lang]?.at(-1);
}

/**
 * The version a link made on `date` shows: the newest published on or before it.
 * @example versionAt([{ date: '2026-11-25', text: 'a', change: 'published' }, { date: '2026-12-01', text: 'b', change: 'correction' }], '2026-11-30').text // 'a'
 */
export function versionAt(versions: readonly ParagraphVersion[], date: string): ParagraphVersion | undefined {
  return versions.filter((version) => version.date <= date).at(-1);
}

/** The changes published after `date`, oldest first. */
export function changesSince(versions: readonly ParagraphVersion[], date: string): ParagraphVersion[] {
  return versions.filter((version) => version.date > date);
}

/**
 * Recorded paragraphs whose built text differs from their newest version: the
 * build fails on these. New paragraphs (not recorded yet) are listed apart.
 */
export function unrecordedChanges(record: VersionRecord, current: Record<Lang, ParagraphTexts>): { changed: string[]; fresh: string[] } {
  const changed: string[] = [];
  const fresh: string[] = [];
  for (const lang of ['en', 'zh'] as const) {
    for (const [slug, paragraphs] of Object.entries(current[lang])) {
      for (const [id, text] of Object.entries(paragraphs)) {
        const latest = latestVersion(record, slug, id, lang);
        if (!latest) fresh.push(`/${lang}/${slug}/#${id}`);
        else if (latest.text !== text) changed.push(`/${lang}/${slug}/#${id}`);
      }
    }
  }
  return { changed, fresh };
}

/**
 * The record with the built texts added: a new paragraph gets its first
 * version (`published`), a changed one a new version of `change`, both dated
 * `date`; versions of earlier days never change, and a change on a day that
 * already has a version amends that day's version (a share link names a day).
 * Returns what it added.
 */
export function recordVersions(
  record: VersionRecord,
  current: Record<Lang, ParagraphTexts>,
  date: string,
  change: Exclude<ChangeKind, 'published'>,
  firstDate: (slug: string) => string = () => date,
): { record: VersionRecord; added: string[] } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Version date "${date}" must be YYYY-MM-DD.`);
  const out: VersionRecord = structuredClone(record);
  const added: string[] = [];
  for (const lang of ['en', 'zh'] as const) {
    for (const [slug, paragraphs] of Object.entries(current[lang])) {
      for (const [id, text] of Object.entries(paragraphs)) {
        const versions = (((out[slug] ??= {})[id] ??= {})[lang] ??= []);
        const latest = versions.at(-1);
        if (latest?.text === text) continue;
        if (latest && latest.date > date) throw new Error(`/${lang}/${slug}/#${id} already has a version of ${latest.date}; a new version needs a later date (--date).`);
        if (latest && latest.date === date) {
          // A share link names a day, so a day has one version: the text as it stood at the end of that day. A second change on the same day amends it, and a correction stays a correction.
          versions[versions.length - 1] = { date, text, change: latest.change === 'editorial' ? change : latest.change };
          added.push(`/${lang}/${slug}/#${id} (${latest.change === 'editorial' ? change : latest.change}, amending ${date})`);
          continue;
        }
        versions.push(latest ? { date, text, change } : { date: firstDate(slug), text, change: 'published' });
        added.push(`/${lang}/${slug}/#${id} (${latest ? change : 'published'})`);
      }
    }
  }
  // Stable order: chapters and paragraph ids sorted, languages en before zh.
  const sorted: VersionRecord = {};
  for (const slug of Object.keys(out).sort()) {
    sorted[slug] = {};
    for (const id of Object.keys(out[slug]!).sort()) {
      const entry = out[slug]![id]!;
      sorted[slug][id] = { ...(entry.en ? { en: entry.en } : {}), ...(entry.zh ? { zh: entry.zh } : {}) };
    }
  }
  return { record: sorted, added };
}

/**
 * Checks the record's shape; throws an error naming the entry that is wrong.
 */
export function checkRecord(record: unknown): VersionRecord {
  if (!record || typeof record !== 'object' || Array.isArray(record)) throw new Error(`${VERSIONS_FILE} must be an object: chapter → paragraph → language → versions.`);
  for (const [slug, paragraphs] of Object.entries(record as VersionRecord)) {
    for (const [id, langs] of Object.entries(paragraphs)) {
      for (const [lang, versions] of Object.entries(langs)) {
        const where = `${VERSIONS_FILE}: ${slug} ${id} ${lang}`;
        if (lang !== 'en' && lang !== 'zh') throw new Error(`${where}: the language must be en or zh.`);
        if (!Array.isArray(versions) || versions.length === 0) throw new Error(`${where}: needs a list of versions.`);
        let previous = '';
        versions.forEach((version: Partial<ParagraphVersion>, i) => {
          if (typeof version.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(version.date)) throw new Error(`${where} version ${i + 1}: "date" must be YYYY-MM-DD.`);
          if (version.date <= previous) throw new Error(`${where} version ${i + 1}: versions must be in date order, one a day.`);
          previous = version.date;
          if (typeof version.text !== 'string' || !version.text) throw new Error(`${where} version ${i + 1}: "text" is missing.`);
          const expected = i === 0 ? ['published'] : ['editorial', 'correction'];
          if (!expected.includes(version.change as string)) throw new Error(`${where} version ${i + 1}: "change" must be ${expected.join(' or ')}.`);
        });
      }
    }
  }
  return record as VersionRecord;
}

/**
 * A paragraph as a link preview's description: whole sentences (ICU's sentence breaks) up to about
 * `max` characters (Chinese counts characters, and a Chinese character is
 * about two Latin ones wide, so a Chinese preview gets half as many), cut at
 * a word (English) or any character (Chinese) with an ellipsis when even the
 * first sentence is longer.
 * @example shareDescription('One. Two two. Three three three.', 'en', 10) // 'One.'
 * @example shareDescription('第一句。第二句很长很长很长。', 'zh', 10) // '第一句。'
 */
export function shareDescription(text: string, lang: Lang, max = lang === 'zh' ? 100 : 200): string {
  if (text.length <= max) return text;
  // ICU's sentence breaks (Intl.Segmenter): "3.8 × 10²³" and "Dr." stay inside their sentence, "。" ends one.
  const sentences = [...new Intl.Segmenter(lang === 'zh' ? 'zh-Hans' : 'en', { granularity: 'sentence' }).segment(text)].map((part) => part.segment);
  let out = '';
  for (const sentence of sentences) {
    if ((out + sentence).trimEnd().length > max) break;
    out += sentence;
  }
  out = out.trim();
  if (out) return out;
  if (lang === 'zh') return `${text.slice(0, max - 1)}…`;
  const cut = text.slice(0, max - 1);
  const space = /\s/.test(text.charAt(max - 1)) ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}

export interface VersionNotice {
  /** The text as it was at the link's date. */
  then: ParagraphVersion;
  /** The text now. */
  now: ParagraphVersion;
  /** Each change since, with why (the changelog's words for that day and chapter). */
  changes: { date: string; change: ChangeKind; why: string[] }[];
}

/**
 * What a reader arriving by a link made at `date` is told: nothing when the
 * paragraph has not changed since; otherwise the text then, the text now, and
 * each change with its kind and the changelog's entries for that chapter and day.
 * @example versionNotice([{ date: '2026-11-25', text: 'a', change: 'published' }], '2026-11-25', () => []) // undefined
 */
export function versionNotice(versions: readonly ParagraphVersion[], date: string, why: (date: string) => string[]): VersionNotice | undefined {
  const changes = changesSince(versions, date);
  const now = versions.at(-1);
  if (changes.length === 0 || !now) return undefined;
  return { then: versionAt(versions, date) ?? versions[0]!, now, changes: changes.map((version) => ({ date: version.date, change: version.change, why: why(version.date) })) };
}
