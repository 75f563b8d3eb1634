/**
 * Search (issue 9): after the build, Pagefind indexes the reading pages
 * (those whose <main> carries `data-pagefind-body`: chapters, landing,
 * Sources & method, figures) into `dist/pagefind/`, one index per language
 * (from <html lang>), searched in the browser with no server.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * What a reader would not search for, and what would run into the text of an excerpt: controls, data
 * tables, citation records, section and paragraph numbers, claim labels, footnote markers, popovers.
 */
const EXCLUDE = ['.controls', '.presets', '.downloads', '.figure details', '.cite-this', '.embed-code', '.para-link', '.section-link', '.claim-label', 'sup.cite', '[popover]', 'button', 'script', 'svg'];

export function searchIndex(): AstroIntegration {
  return {
    name: 'ai45:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: root });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        if (added.page_count === 0) throw new Error('Pagefind found no page to index (no <main data-pagefind-body>).');
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // Pagefind also writes its ready-made interfaces; the site has its own, so they are not shipped.
        const bundle = join(root, 'pagefind');
        for (const file of readdirSync(bundle)) if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file)) rmSync(join(bundle, file));
        logger.info(`search index: ${added.page_count} pages`);
      },
    },
  };
}
