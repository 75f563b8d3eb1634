/** What a figure's own page and its embed page share: one page per figure and language, and the figure's names. */
import { getCollection } from 'astro:content';
import { loadFigure } from './charts/registry';
import { t } from '../i18n/index';
import { chapterSlug, figureNumber, pagePath, type Chapter } from '../utils/pages';

/** `getStaticPaths` for pages with one figure each: every figure of every chapter, in its chapter's language. */
export async function figurePaths() {
  const chapters = await getCollection('chapters');
  return chapters.flatMap((chapter) => chapter.data.figures.map((id) => ({ params: { lang: chapter.data.lang, id }, props: { chapter } })));
}

/** A figure's number, label ("Figure 2.1: The trajectory explorer"), caption and place in its chapter. */
export async function figureNames(chapter: Chapter, id: string) {
  const lang = chapter.data.lang;
  const figure = await loadFigure(id);
  const number = await figureNumber(id);
  return {
    lang,
    figure,
    number,
    title: t(lang, 'figure.titled', { n: number, title: t(lang, figure.title) }),
    chapterHref: `${pagePath(lang, chapterSlug(chapter))}#fig-${id}`,
    chapterRef: t(lang, 'figures.chapterRef', { chapter: t(lang, 'chapter.label', { n: chapter.data.order }), title: chapter.data.title }),
  };
}
