/**
 * What the Sources & method page lists, gathered from the chapters
 * themselves: every claim (the ledger) and every place each work is cited.
 */
import { render } from 'astro:content';
import type { Lang } from '../i18n/index';
import { factRow } from './facts';
import { chapterSlug, chaptersIn, pagePath } from '../utils/pages';
import type { CitationUse } from '../build/remark/citations';
import type { ClaimUse } from '../build/remark/claims';

export interface LedgerRow extends ClaimUse {
  href: string;
  chapterTitle: string;
  chapterOrder: number;
  confidence: string;
}

export interface CitedAt {
  href: string;
  label: string;
}

export interface SiteSources {
  claims: LedgerRow[];
  /** For each cited key, the places it is cited, in reading order. */
  citedAt: Map<string, CitedAt[]>;
}

const cache = new Map<Lang, Promise<SiteSources>>();

/** The ledger and citation places of one language, gathered once per build. */
export function siteSources(lang: Lang): Promise<SiteSources> {
  if (!cache.has(lang)) cache.set(lang, gather(lang));
  return cache.get(lang)!;
}

async function gather(lang: Lang): Promise<SiteSources> {
  const claims: LedgerRow[] = [];
  const citedAt = new Map<string, CitedAt[]>();
  for (const chapter of await chaptersIn(lang)) {
    const { remarkPluginFrontmatter } = await render(chapter);
    const path = pagePath(lang, chapterSlug(chapter));
    for (const claim of (remarkPluginFrontmatter.claims ?? []) as ClaimUse[]) {
      claims.push({
        ...claim,
        // A claim cites its sources right after it; one that runs on into a cited sentence names its fact row's.
        keys: claim.keys.length > 0 ? claim.keys : (factRow(claim.fact)?.keys ?? []),
        href: `${path}#${claim.id}`,
        chapterTitle: chapter.data.title,
        chapterOrder: chapter.data.order,
        confidence: factRow(claim.fact)?.confidence ?? '—',
      });
    }
    for (const use of (remarkPluginFrontmatter.citations ?? []) as CitationUse[]) {
      const places = citedAt.get(use.key) ?? [];
      for (let i = 1; i <= use.uses; i++) places.push({ href: `${path}#cite-${use.key}-${i}`, label: `${chapter.data.order}.${use.number}${use.uses > 1 ? String.fromCharCode(96 + i) : ''}` });
      citedAt.set(use.key, places);
    }
  }
  return { claims, citedAt };
}
