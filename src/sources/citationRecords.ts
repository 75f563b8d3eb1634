/**
 * The citation records of the site's pages, in one place for "cite this" and
 * the head's reference-manager metadata: title, authors, the date the work last
 * changed in substance (from the changelog), its URL and the site as container.
 */
import { loadFigure } from '../figures/charts/registry';
import { t, type Lang } from '../i18n/index';
import { chapterFirstPublished, chapterLastChanged, figureFirstPublished, figureLastChanged, siteFirstPublished, siteLastChanged } from './changelog';
import { siteBrief } from '../brief/siteBrief';
import { citationKey, type CitationRecord } from './citation';
import { chapterSlug, chaptersIn, figureChapter, figureNumber, pagePath } from '../utils/pages';

/** The site itself, cited from its landing page. */
export function siteCitation(lang: Lang, site: URL): CitationRecord {
  return { key: citationKey(lang, 'site'), title: t(lang, 'site.title'), author: t(lang, 'sources.siteAuthor'), date: siteLastChanged(), published: siteFirstPublished(), url: new URL(pagePath(lang), site).href, lang };
}

/** A chapter, dated by the latest changelog entry naming it or one of its figures. */
export async function chapterCitation(lang: Lang, slug: string, site: URL): Promise<CitationRecord> {
  const chapter = (await chaptersIn(lang)).find((entry) => chapterSlug(entry) === slug);
  if (!chapter) throw new Error(`No ${lang} chapter "${slug}" to cite.`);
  return {
    key: citationKey(lang, 'chapter', slug),
    title: chapter.data.title,
    container: t(lang, 'site.title'),
    author: t(lang, 'sources.siteAuthor'),
    date: chapterLastChanged(slug, chapter.data.figures),
    published: chapterFirstPublished(slug, chapter.data.figures),
    url: new URL(pagePath(lang, slug), site).href,
    lang,
  };
}

/** A figure, at its place in its chapter, dated by the latest changelog entry naming it. */
export async function figureCitation(lang: Lang, id: string, site: URL): Promise<CitationRecord> {
  const chapter = await figureChapter(lang, id);
  const slug = chapterSlug(chapter);
  const figure = await loadFigure(id);
  return {
    key: citationKey(lang, 'figure', id),
    title: t(lang, 'figure.titled', { n: await figureNumber(id), title: t(lang, figure.title) }),
    container: t(lang, 'site.title'),
    author: t(lang, 'sources.siteAuthor'),
    date: figureLastChanged(id, slug, chapter.data.figures),
    published: figureFirstPublished(id, slug, chapter.data.figures),
    url: new URL(`${pagePath(lang, slug)}#fig-${id}`, site).href,
    lang,
  };
}

/** The two-page brief, dated by the newest change to the chapters it draws on. */
export async function briefCitation(lang: Lang, site: URL): Promise<CitationRecord> {
  const { date, published } = await siteBrief(lang);
  return {
    key: citationKey(lang, 'brief'),
    title: t(lang, 'brief.title'),
    container: t(lang, 'site.title'),
    author: t(lang, 'sources.siteAuthor'),
    date,
    published,
    url: new URL(pagePath(lang, 'brief'), site).href,
    lang,
  };
}
