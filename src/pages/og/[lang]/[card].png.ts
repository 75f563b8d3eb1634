/**
 * Social card images: /og/<lang>/<chapter slug>.png for each chapter (with
 * its first figure) and /og/<lang>/fig-<id>.png for each figure.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadFigure } from '../../../charts/registry';
import { t } from '../../../i18n/index';
import { figurePanel } from '../../../lib/figurePanel';
import { chapterSlug, figureNumber } from '../../../lib/pages';
import { cardPng, type CardContent } from '../../../lib/socialCard';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of ['en', 'zh'] as const) {
    paths.push({
      params: { lang, card: 'site' },
      props: { lang, kicker: t(lang, 'site.short'), title: t(lang, 'site.title'), text: t(lang, 'site.description'), site: t(lang, 'site.title'), figureId: 'trajectory' as string | undefined },
    });
  }
  for (const chapter of await getCollection('chapters')) {
    const { lang, title, summary, order, figures } = chapter.data;
    const site = t(lang, 'site.title');
    const first = figures[0];
    paths.push({
      params: { lang, card: chapterSlug(chapter) },
      props: { lang, kicker: t(lang, 'chapter.label', { n: order }), title, text: summary, site, figureId: first } satisfies Omit<CardContent, 'figure'> & { figureId?: string | undefined },
    });
    for (const id of figures) {
      const figure = await loadFigure(id);
      paths.push({
        params: { lang, card: `fig-${id}` },
        props: { lang, kicker: t(lang, 'figure.label', { n: await figureNumber(id) }), title: t(lang, figure.title), text: t(lang, figure.caption), site, figureId: id },
      });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { figureId, ...card } = props as Omit<CardContent, 'figure'> & { figureId?: string | undefined };
  const png = cardPng({ ...card, figure: figureId ? await figurePanel(figureId, card.lang) : undefined });
  return new Response(png as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
