/**
 * Social card images: /og/<lang>/<chapter slug>.png for each chapter (with
 * its first figure), /og/<lang>/fig-<id>.png for each figure,
 * /og/<lang>/fig-<id>-<state>.png for each figure preset (the figure drawn in
 * that state), /og/<lang>/<chapter slug>-<section id>.png for each section
 * (the card of its paragraphs' share pages: a card per paragraph costs about
 * two seconds each for Chinese, see src/figures/socialCard.ts) and
 * /og/<lang>/brief.png.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadFigure } from '../../../figures/charts/registry';
import { t } from '../../../i18n/index';
import { figurePanel } from '../../../figures/figurePanel';
import { chapterParagraphs, chapterSections } from '../../../sources/chapterParagraphs';
import { shareDescription } from '../../../sources/paragraphVersions';
import { chapterSlug, figureNumber } from '../../../utils/pages';
import { stateSlug } from '../../../sources/sharePages';
import { cardPng, type CardContent } from '../../../figures/socialCard';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of ['en', 'zh'] as const) {
    paths.push({
      params: { lang, card: 'site' },
      props: { lang, kicker: t(lang, 'site.short'), title: t(lang, 'site.title'), text: t(lang, 'site.description'), site: t(lang, 'site.title'), figureId: 'trajectory' as string | undefined, state: undefined as Record<string, number> | undefined },
    });
    paths.push({
      params: { lang, card: 'brief' },
      props: { lang, kicker: t(lang, 'site.short'), title: t(lang, 'brief.title'), text: t(lang, 'brief.description'), site: t(lang, 'site.title'), figureId: undefined, state: undefined },
    });
  }
  for (const chapter of await getCollection('chapters')) {
    const { lang, title, summary, order, figures } = chapter.data;
    const site = t(lang, 'site.title');
    const first = figures[0];
    paths.push({
      params: { lang, card: chapterSlug(chapter) },
      props: { lang, kicker: t(lang, 'chapter.label', { n: order }), title, text: summary, site, figureId: first, state: undefined },
    });
    // A section's card: its paragraphs' share pages show it. The intro's paragraphs show the chapter's card.
    // Its words: the section's first paragraph, trimmed at a sentence; the chapter's title when it has none.
    const paragraphs = await chapterParagraphs(chapter);
    for (const section of (await chapterSections(chapter)).slice(1)) {
      const first = paragraphs.find((paragraph) => paragraph.section === section.id)?.versions.at(-1)?.text;
      paths.push({
        params: { lang, card: `${chapterSlug(chapter)}-${section.id}` },
        props: { lang, kicker: `${t(lang, 'chapter.label', { n: order })} · ${section.label}`, title: section.title, text: first ? shareDescription(first, lang, lang === 'zh' ? 70 : 140) : title, site, figureId: undefined, state: undefined },
      });
    }
    for (const id of figures) {
      const figure = await loadFigure(id);
      const kicker = t(lang, 'figure.label', { n: await figureNumber(id) });
      paths.push({
        params: { lang, card: `fig-${id}` },
        props: { lang, kicker, title: t(lang, figure.title), text: t(lang, figure.caption), site, figureId: id, state: undefined },
      });
      for (const preset of figure.presets) {
        paths.push({
          params: { lang, card: `fig-${id}-${stateSlug(preset.state)}` },
          props: { lang, kicker: `${kicker} · ${t(lang, preset.label)}`, title: t(lang, figure.title), text: t(lang, figure.caption), site, figureId: id, state: preset.state as Record<string, number> | undefined },
        });
      }
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { figureId, state, ...card } = props as Omit<CardContent, 'figure'> & { figureId?: string | undefined; state?: Record<string, number> | undefined };
  const png = cardPng({ ...card, figure: figureId ? await figurePanel(figureId, card.lang, state ? { state } : {}) : undefined });
  return new Response(png as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
