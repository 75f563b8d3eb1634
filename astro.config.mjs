// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { anchorsCheck, pageRedirects } from './src/sources/anchorsCheck.ts';
import { versionsCheck } from './src/sources/versionsCheck.ts';
import { isSharePath } from './src/sources/sharePages.ts';
import { browserPlot } from './src/figures/browserPlot.ts';
import { cspTrim } from './src/build/csp.ts';
import { hostHeaders } from './src/build/headers.ts';
import { offlineCache } from './src/build/offline.ts';
import { searchIndex } from './src/search/pagefind.ts';
import { siteUrlWarning } from './src/build/siteUrl.ts';
import { provenanceCheck } from './src/sources/provenance.ts';
import { remarkChineseRuns } from './src/build/remark/chineseRuns.ts';
import { remarkChineseWidows } from './src/build/remark/chineseWidows.ts';
import { remarkCitations } from './src/build/remark/citations.ts';
import { remarkClaims } from './src/build/remark/claims.ts';
import { remarkGlossary } from './src/build/remark/glossary.ts';
import { remarkHeadingIds } from './src/build/remark/headingIds.ts';
import { remarkParagraphIds } from './src/build/remark/paragraphIds.ts';

/** The one inline script (theme before first paint) is allowed by its hash, not by 'unsafe-inline'. */
const themeScript = readFileSync(new URL('./src/layouts/theme.js', import.meta.url), 'utf8');
const themeHash = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;

export default defineConfig({
  // The public origin, for canonical and alternate links; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({ remarkPlugins: [remarkHeadingIds, remarkParagraphIds, remarkClaims, remarkCitations, remarkGlossary, remarkChineseRuns, remarkChineseWidows] }),
    syntaxHighlight: false,
  },
  // Pages that moved keep their old address: a static redirect page, no JavaScript needed.
  redirects: pageRedirects(),
  integrations: [
    siteUrlWarning(),
    provenanceCheck(),
    mdx(),
    // Every page with its hreflang alternate; the root (canonical at /en/), the 404 page, share pages and redirect stubs are not pages to index.
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-Hans' } },
      filter: (page) => new URL(page).pathname !== '/' && !page.endsWith('/404/') && !page.includes('/embed/') && !isSharePath(new URL(page).pathname) && !Object.keys(pageRedirects()).some((from) => page.endsWith(from)),
    }),
    // Each page's policy names only the inline scripts it has (before anything reads or caches the pages).
    cspTrim(),
    anchorsCheck(),
    versionsCheck(),
    // The search index first, so that the offline cache keeps it too.
    searchIndex(),
    offlineCache(),
    // Last: the headers file repeats each page's final Content-Security-Policy.
    hostHeaders(),
  ],
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // The search page alone adds 'wasm-unsafe-eval' (src/pages/[lang]/search.astro).
      scriptDirective: { resources: ["'self'"], hashes: [/** @type {`sha256-${string}`} */ (themeHash)] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // The reader's Plot leaves out what no figure uses (map projections, colour schemes, legends, tips): see browserPlot.ts.
    plugins: [tailwindcss(), browserPlot()],
    build: {
      rollupOptions: {
        output: {
          // Plot and d3 (with the stand-ins for what they leave out), whatever marks each figure uses, in one chunk that every figure shares.
          manualChunks: (id) => (/node_modules\/(@observablehq\/plot|d3-|d3\/|interval-tree|isoformat)|^\0browser-plot:/.test(id) ? 'plot' : undefined),
        },
      },
    },
  },
});
