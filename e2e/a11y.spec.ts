/**
 * axe on every page once (light, desktop), and in all four variants (light and
 * dark, phone and desktop) on one page of each kind: a variant changes the
 * template's layout and colours, not a page's content.
 * The variants run in one page load, switched in place.
 */
import { expect, test, type Page } from '@playwright/test';
import { langOf, pageKind, representatives } from '../scripts/pages';
import { axeViolations, isTalkPage, PAGES } from './site';

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const VARIANTS = (['light', 'dark'] as const).flatMap((scheme) => (['desktop', 'phone'] as const).map((device) => ({ scheme, device })));

/** Two frames: the layout and any re-render after a change of viewport or scheme have happened. */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

// The decks show one slide at a time: talk.spec.ts checks them slide by slide.
const pages = [...PAGES.filter((p) => !isTalkPage(p)), '/404.html'];
const kinds = [...new Set(pages.map((path) => pageKind(path)))].sort();
const kindOrder = (kind: string) => kinds.indexOf(kind);
// All four variants once per template: the kinds take turns between the languages, so each language has
// its share (a variant changes layout and colours, which both languages share).
const everyVariant = new Set(
  kinds.map((kind) => {
    const ofKind = representatives(pages).filter((path) => pageKind(path) === kind);
    return ofKind.find((path) => langOf(path) === (kindOrder(kind) % 2 === 0 ? 'en' : 'zh')) ?? ofKind[0]!;
  }),
);

for (const path of pages) {
  const variants = everyVariant.has(path) ? VARIANTS : VARIANTS.slice(0, 1);
  const named = variants.map((v) => `${v.scheme} ${v.device}`).join(', ');
  test(`axe finds no violations on ${path} (${named}${variants.length > 1 ? `: every variant of ${pageKind(path)}` : ''})`, async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.goto(path);
    // Hydrate every live figure so the checked DOM is the one readers use.
    for (const figure of await page.locator('[data-figure]').all()) {
      await figure.scrollIntoViewIfNeeded();
      // A figure already on screen at load waits for the reader to point at it.
      await figure.dispatchEvent('pointerover');
      await expect(figure).toHaveAttribute('data-hydrated', '');
    }
    // Back at the top, as the page opens: a target scrolled under the sticky header would count as obscured.
    await page.evaluate(() => window.scrollTo(0, 0));
    const violations: string[] = [];
    for (const { scheme, device } of variants) {
      await page.setViewportSize(VIEWPORTS[device]);
      await page.emulateMedia({ colorScheme: scheme });
      await settle(page);
      violations.push(...(await axeViolations(page)).map((line) => `${scheme} ${device}: ${line}`));
    }
    expect(violations).toEqual([]);
  });
}
