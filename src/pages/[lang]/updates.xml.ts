/** The Atom feed of the site's updates and corrections, one per language (`/en/updates.xml`). */
import type { APIRoute } from 'astro';
import { htmlLang, languages, t, type Lang } from '../../i18n/index';
import { atomFeed } from '../../sources/atom';
import { siteFirstPublished } from '../../sources/changelog';
import { pagePath } from '../../utils/pages';
import { feedPath, siteUpdates } from '../../sources/updates';

export function getStaticPaths() {
  return languages.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const origin = site ?? new URL('http://localhost/');
  // tag: URIs (RFC 4151) name each entry for good, whatever the page it links to becomes.
  const tag = (date: string, rest: string) => `tag:${origin.hostname},${date}:ai45/${lang}/${rest}`;
  const updates = await siteUpdates(lang);
  const xml = atomFeed({
    id: tag(siteFirstPublished(), 'updates'),
    title: t(lang, 'updates.feedTitle', { site: t(lang, 'site.title') }),
    url: new URL(`${pagePath(lang, 'sources')}#changelog`, origin).href,
    self: new URL(feedPath(lang), origin).href,
    lang: htmlLang[lang],
    author: t(lang, 'sources.siteAuthor'),
    entries: updates.map((update) => ({
      id: tag(update.date, `update-${update.key}`),
      title: update.correction ? t(lang, 'updates.correctionOf', { what: update.about }) : update.about,
      url: new URL(update.href, origin).href,
      date: update.date,
      text: update.text,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
