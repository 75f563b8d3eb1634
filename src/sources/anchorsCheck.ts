/**
 * Fails the build when a page or id listed in content/anchors.json is gone
 * from either language without a redirect in content/redirects.json, and
 * says which new ids `npm run anchors` would record. Page redirects are
 * passed to Astro's own `redirects`, so they work without JavaScript.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseHTML } from 'linkedom';
import { isSharePath } from './sharePages.ts';
import { brokenAnchors, pageKey, PUBLIC_ID_SELECTOR, unrecordedAnchors, type AnchorManifest, type Redirects } from './anchors.ts';

export const MANIFEST = 'content/anchors.json';
export const REDIRECTS = 'content/redirects.json';

export const readManifest = (): AnchorManifest => (existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as AnchorManifest) : {});
export const readRedirects = (): Redirects => ({ pages: {}, anchors: {}, ...(existsSync(REDIRECTS) ? (JSON.parse(readFileSync(REDIRECTS, 'utf8')) as Partial<Redirects>) : {}) });

/** The public ids of every built page, per language, keyed by page path without language. Redirect stubs have none and are skipped. */
export function idsInBuild(dist: string): Record<'en' | 'zh', AnchorManifest> {
  const out: Record<'en' | 'zh', AnchorManifest> = { en: {}, zh: {} };
  for (const lang of ['en', 'zh'] as const) {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name === 'index.html' ? [join(dir, entry.name)] : []));
    for (const file of walk(join(dist, lang))) {
      const html = readFileSync(file, 'utf8');
      const path = `/${relative(dist, file).split(sep).slice(0, -1).join('/')}/`;
      // Share pages only send the reader on to a paragraph or figure: their ids are the chapter's.
      if (!html.includes('<main') || isSharePath(path)) continue;
      const { document } = parseHTML(html);
      out[lang][pageKey(path)] = [...document.querySelectorAll(PUBLIC_ID_SELECTOR)].map((node) => node.id);
    }
  }
  return out;
}

/** Astro `redirects` for both languages from the page redirects. */
export function pageRedirects(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [from, to] of Object.entries(readRedirects().pages)) for (const lang of ['en', 'zh']) out[`/${lang}${from}`] = `/${lang}${to}`;
  return out;
}

export function anchorsCheck(): AstroIntegration {
  return {
    name: 'ai45:anchors',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const current = idsInBuild(fileURLToPath(dir));
        const manifest = readManifest();
        const broken = brokenAnchors(manifest, current, readRedirects());
        if (broken.length > 0) throw new Error(`Published links would break:\n${broken.join('\n')}`);
        const fresh = unrecordedAnchors(manifest, current.en);
        const count = Object.values(fresh).reduce((n, ids) => n + ids.length, 0);
        if (count > 0) logger.warn(`${count} public ids are not in ${MANIFEST} yet; record them with: npm run anchors`);
      },
    },
  };
}
