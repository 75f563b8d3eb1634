/**
 * A chapter's sections and numbered paragraphs with their published texts:
 * ids and labels from the build (the paragraph-ids remark plugin), texts from
 * `content/paragraph-versions.json`, which the build checks against the
 * chapter as built. What the share pages, their cards and the side-by-side
 * view read. Build-time only.
 */
import { readFileSync, existsSync } from 'node:fs';
import { render } from 'astro:content';
import type { Lang } from '../i18n/index';
import { chapterSlug, type Chapter } from '../utils/pages';
import { checkRecord, VERSIONS_FILE, type ParagraphVersion, type VersionRecord } from './paragraphVersions';
import type { ParagraphAnchor } from '../build/remark/paragraphIds';

export interface ChapterSection {
  /** The h2's id; "intro" for the paragraphs before the first. */
  id: string;
  /** The heading's words, without its "§2.3" mark; the chapter's title for the intro. */
  title: string;
  /** "§2.3"; "§2" for the intro. */
  label: string;
}

export interface ChapterParagraph extends ParagraphAnchor {
  /** Versions of its text, oldest first; empty when not recorded yet. */
  versions: ParagraphVersion[];
}

let record: VersionRecord | undefined;
/** The committed record, read once per build. */
export function versionRecord(): VersionRecord {
  record ??= existsSync(VERSIONS_FILE) ? checkRecord(JSON.parse(readFileSync(VERSIONS_FILE, 'utf8'))) : {};
  return record;
}

/** A chapter's sections, in order, the intro first. */
export async function chapterSections(chapter: Chapter): Promise<ChapterSection[]> {
  const { headings } = await render(chapter);
  const { order, title } = chapter.data;
  return [
    { id: 'intro', title, label: `§${order}` },
    ...headings.filter((heading) => heading.depth === 2 && heading.slug !== 'notes-heading' && heading.slug !== 'updates').map((heading) => {
      const mark = /^(§\S+)\s*/.exec(heading.text);
      return { id: heading.slug, title: heading.text.replace(/^§\S+\s*/, ''), label: mark?.[1] ?? '' };
    }),
  ];
}

/** A chapter's numbered paragraphs, in page order, with their recorded versions. */
export async function chapterParagraphs(chapter: Chapter): Promise<ChapterParagraph[]> {
  const { remarkPluginFrontmatter } = await render(chapter);
  const lang: Lang = chapter.data.lang;
  const slug = chapterSlug(chapter);
  const anchors = (remarkPluginFrontmatter.paragraphs ?? []) as ParagraphAnchor[];
  return anchors.map((anchor) => ({ ...anchor, versions: versionRecord()[slug]?.[anchor.id]?.[lang] ?? [] }));
}
