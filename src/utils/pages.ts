import { getCollection, type CollectionEntry } from 'astro:content';
import { isLang, type Lang } from '../i18n/index';

export type Chapter = CollectionEntry<'chapters'>;

/**
 * The language of the page being rendered, from its path.
 * @example langOf(new URL('https://x/zh/45-degree-law/')) // 'zh'
 */
export function langOf(url: URL): Lang {
  const first = url.pathname.split('/')[1];
  return isLang(first) ? first : 'en';
}

/**
 * A chapter's URL slug, from its file name `<lang>/NN-slug.mdx`. Throws when the
 * file's folder or number disagrees with its frontmatter.
 * @example chapterSlug(entry) // '45-degree-law' for content/chapters/en/02-45-degree-law.mdx
 */
export function chapterSlug(chapter: Chapter): string {
  const match = /^(en|zh)\/(\d{2})-([a-z0-9-]+)$/.exec(chapter.id);
  if (!match) throw new Error(`Chapter file "${chapter.id}" must be named <lang>/NN-slug.mdx.`);
  const [, folder, number, slug] = match;
  if (folder !== chapter.data.lang || Number(number) !== chapter.data.order) {
    throw new Error(`Chapter "${chapter.id}": lang "${chapter.data.lang}" and order ${chapter.data.order} must match its path.`);
  }
  return slug!;
}

/** A page's path in a language. @example pagePath('zh', '45-degree-law') // '/zh/45-degree-law/' */
export function pagePath(lang: Lang, slug = ''): string {
  return slug ? `/${lang}/${slug}/` : `/${lang}/`;
}

/** The chapters of one language, in reading order. */
export async function chaptersIn(lang: Lang): Promise<Chapter[]> {
  const all = await getCollection('chapters', (entry) => entry.data.lang === lang);
  return all.sort((a, b) => a.data.order - b.data.order);
}

/**
 * A figure's number, "chapter.position", from the chapter that lists it.
 * @example await figureNumber('trajectory') // '2.1'
 */
export async function figureNumber(id: string): Promise<string> {
  for (const chapter of await chaptersIn('en')) {
    const index = chapter.data.figures.indexOf(id);
    if (index >= 0) return `${chapter.data.order}.${index + 1}`;
  }
  throw new Error(`Figure "${id}" is not listed in any chapter's "figures".`);
}

/**
 * The chapter that lists a figure, in a language.
 * @example chapterSlug(await figureChapter('zh', 'trajectory')) // '45-degree-law'
 */
export async function figureChapter(lang: Lang, id: string): Promise<Chapter> {
  const chapter = (await chaptersIn(lang)).find((entry) => entry.data.figures.includes(id));
  if (!chapter) throw new Error(`Figure "${id}" is not listed in any ${lang} chapter's "figures".`);
  return chapter;
}
