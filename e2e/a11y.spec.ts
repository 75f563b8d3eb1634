import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { isTalkPage, PAGES } from './site';

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

/** A figure's own page and its embed page hold the same figure markup its chapter holds (checked in all four variants), so two variants cover them. */
const isFigurePage = (path: string) => /^\/(en|zh)\/(figures|embed)\//.test(path);

// The decks show one slide at a time: talk.spec.ts checks them slide by slide.
for (const path of [...PAGES.filter((p) => !isTalkPage(p)), '/404.html']) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      if (isFigurePage(path) && (scheme === 'light') !== (device === 'phone')) continue;
      test(`axe finds no violations on ${path} (${scheme}, ${device})`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        // Hydrate every live figure so the checked DOM is the one readers use.
        for (const figure of await page.locator('[data-figure]').all()) {
          await figure.scrollIntoViewIfNeeded();
          // A figure already on screen at load waits for the reader to point at it.
          await figure.dispatchEvent('pointerover');
          await expect(figure).toHaveAttribute('data-hydrated', '');
        }
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  }
}
