/**
 * Search (issue 9): after the build, Pagefind indexes the reading pages
 * (those whose <main> carries `data-pagefind-body`: chapters, landing,
 * Sources & method, figures) into `dist/pagefind/`, one index per language
 * (from <html lang>), searched in the browser with no server.
 *
 * Chinese pages are indexed as `zh`, the language Pagefind segments into
 * words (it does not know `zh-Hans`, and would match them character by
 * character: 对齐 would find 对比). The browser, on a `zh-Hans` page, falls
 * back from `zh-hans` to that `zh` index.
 *
 * The landing, the figures gallery, the glossary and the About page summarise the chapters in their words,
 * and Sources & method lists their references, so they count for less: a term's own chapter ranks above
 * them (here in the index, and again in the browser's re-ranking, src/search/searchRank.ts).
 *
 * A glossary term's first use in a chapter carries the term's words in the other language
 * (src/build/remark/glossary.ts, indexed from its attribute): "red lines" typed on the Chinese search page
 * finds the section where 红线 is introduced.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SUMMARY_PATH, SUMMARY_WEIGHT } from './searchRank';

/**
 * What a reader would not search for, and what would run into the text of an excerpt: controls, data
 * tables, citation records, section and paragraph numbers, claim labels, footnote markers, popovers, and the
 * TeX source KaTeX keeps in each equation's MathML <annotation>. The Sources page's claims ledger repeats
 * every claim of the chapters: a search finds a claim where it is made.
 *
 * And what every chapter repeats, which would crowd the results for any word in it: the ladder at the top of
 * the rung chapters, the “updates and corrections” block, the chapter's notes (its references: the Sources
 * page lists them all once), the next-chapter card, the chapter links and the talk link.
 */
const EXCLUDE = ['annotation', 'table.ledger', '.controls', '.presets', '.downloads', '.figure details', '.cite-this', '.embed-code', '.para-link', '.section-link', '.claim-mark', '.claim-legend', 'sup.cite', '[popover]', 'button', 'script', 'svg', '.ladder', '.updates-section', '.notes', '.next-card', '.chapter-nav', '.present-link'];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_astro' || entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'ai45:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        let pages = 0;
        for (const file of htmlFiles(root)) {
          const path = relative(root, file).split(sep).join('/');
          const url = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
          const content = readFileSync(file, 'utf8');
          if (!content.includes('data-pagefind-body')) continue;
          let indexed = content.replace(/^(<!DOCTYPE html>\s*<html lang=")zh-Hans"/i, '$1zh"');
          if (SUMMARY_PATH.test(url)) indexed = indexed.replace('data-pagefind-body', `data-pagefind-body data-pagefind-weight="${SUMMARY_WEIGHT}"`);
          const added = await index.addHTMLFile({ url, content: indexed });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
          pages++;
        }
        if (pages === 0) throw new Error('Pagefind found no page to index (no <main data-pagefind-body>).');
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // Pagefind also writes its ready-made interfaces; the site has its own, so they are not shipped.
        const bundle = join(root, 'pagefind');
        for (const file of readdirSync(bundle)) if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file)) rmSync(join(bundle, file));
        logger.info(`search index: ${pages} pages`);
      },
    },
  };
}
