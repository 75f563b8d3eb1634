/**
 * The two-page brief of one language, gathered from the built chapters: their
 * takeaways, the claims ledger (src/sources/ledger.ts) and the published ids
 * (content/anchors.json), assembled by `assembleBrief` (src/brief/brief.ts).
 */
import type { Lang } from '../i18n/index';
import { assembleBrief, BRIEF_PLAN, type Brief } from './brief';
import { readManifest } from '../sources/anchorsCheck';
import { siteSources } from '../sources/ledger';
import { chapterSlug, chaptersIn, pagePath } from '../utils/pages';

const cache = new Map<Lang, Promise<Brief>>();

/** The brief of one language, assembled once per build. */
export function siteBrief(lang: Lang): Promise<Brief> {
  if (!cache.has(lang)) cache.set(lang, gather(lang));
  return cache.get(lang)!;
}

async function gather(lang: Lang): Promise<Brief> {
  const { claims } = await siteSources(lang);
  const chapters = (await chaptersIn(lang)).map((entry) => {
    const slug = chapterSlug(entry);
    const path = pagePath(lang, slug);
    return { slug, path, order: entry.data.order, figures: entry.data.figures, takeaways: entry.data.takeaways, claims: claims.filter((claim) => claim.href === `${path}#${claim.id}`) };
  });
  return assembleBrief(lang, BRIEF_PLAN, chapters, readManifest());
}
