/**
 * Every popover, menu and panel a reader opens lies wholly inside the screen, at
 * 360 (the narrowest phone), 768 and 1280 px, in both languages: the chapter menu (with and
 * without JavaScript), a paragraph's permalink menu, a claim mark's label, the
 * original wording (the pill's pop-up on narrow screens, "show the full
 * original" from the margin on wide ones), a figure's read-out, and the search
 * page with its results. Measured as boxes, not read from the CSS.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

const WIDTHS = [360, 768, 1280];
const HEIGHT = 800;

/** Why a box is not wholly on screen, or '' (a half-pixel of rounding allowed). */
async function outside(what: string, locator: Locator, page: Page): Promise<string> {
  await expect(locator).toBeVisible();
  // Where it comes to rest: focusing or opening may start a smooth scroll, and a box read mid-scroll is not where a reader sees it.
  let box = (await locator.boundingBox())!;
  for (let tries = 0; tries < 40; tries++) {
    // Waited for here, not in the page: some of these pages run without JavaScript.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const next = (await locator.boundingBox())!;
    const settled = next.x === box.x && next.y === box.y;
    box = next;
    if (settled) break;
  }
  const { width, height } = page.viewportSize()!;
  const slack = 0.5;
  const cut = [
    box.x < -slack && `${(-box.x).toFixed(0)} px off the left`,
    box.x + box.width > width + slack && `${(box.x + box.width - width).toFixed(0)} px off the right`,
    box.y < -slack && `${(-box.y).toFixed(0)} px off the top`,
    box.y + box.height > height + slack && `${(box.y + box.height - height).toFixed(0)} px off the bottom`,
  ].filter(Boolean);
  return cut.length ? `${what}: ${cut.join(', ')}` : '';
}

for (const lang of ['en', 'zh'] as const) {
  for (const width of WIDTHS) {
    test(`${lang} at ${width} px: menus, pop-ups and read-outs stay on screen`, async ({ page }) => {
      await page.setViewportSize({ width, height: HEIGHT });
      const problems: string[] = [];
      await page.goto(`/${lang}/45-degree-law/`);

      // The chapter menu: every title whole.
      await page.locator('.chapter-menu summary').click();
      problems.push(await outside('chapter menu', page.locator('.chapter-menu ol'), page));
      for (const link of await page.locator('.chapter-menu a').all()) problems.push(await outside(`menu entry "${await link.innerText()}"`, link, page));
      await page.locator('.chapter-menu summary').click();

      // A paragraph's permalink menu (its mark shows on hover on a wide screen).
      const paragraph = page.locator('p[data-para]').nth(3);
      await paragraph.scrollIntoViewIfNeeded();
      await paragraph.hover();
      await paragraph.locator('.para-link').click();
      problems.push(await outside('permalink menu', page.locator('.permalink-menu:popover-open'), page));
      await page.keyboard.press('Escape');
      // Closed, it hands focus back to its ¶ mark: only then does the next focus stay where it is put.
      await expect(page.locator('.permalink-menu:popover-open')).toHaveCount(0);

      // A claim mark's label, shown on focus.
      const mark = page.locator('.claim .claim-mark').first();
      // Focused until it stays focused: the closing menu may still be handing focus back to its ¶ mark.
      await expect(async () => {
        await mark.focus();
        await expect(mark).toBeFocused({ timeout: 500 });
      }).toPass();
      problems.push(await outside('claim label', mark.locator('.sr-only'), page));
      await mark.blur();

      // The original wording: the pill's pop-up, or from the margin "show the full original".
      const opener = width >= 1216 ? page.locator('.original-long .original-more').first() : page.locator('.original-toggle').first();
      await opener.scrollIntoViewIfNeeded();
      await opener.click();
      problems.push(await outside('original wording', page.locator('.original:popover-open'), page));
      await page.keyboard.press('Escape');

      // A figure's read-out, opened from the keyboard at both ends of its marks.
      const figure = page.locator('[data-figure]').first();
      await figure.scrollIntoViewIfNeeded();
      await figure.dispatchEvent('pointerover');
      await page.locator('[data-figure][data-hydrated]').first().waitFor();
      const panel = figure.locator('[data-panel] svg[tabindex="0"]').first();
      for (const key of ['Home', 'End']) {
        await panel.focus();
        await page.keyboard.press(key);
        problems.push(await outside(`read-out (${key})`, panel.locator('.m-readout'), page));
      }
      await page.keyboard.press('Escape');

      // The search page with results: nothing wider than the screen.
      await page.goto(`/${lang}/search/?q=${lang === 'en' ? 'safety' : '安全'}`);
      await expect(page.locator('.search-results li').first()).toBeVisible();
      for (const result of (await page.locator('.search-results li').all()).slice(0, 5)) {
        await result.scrollIntoViewIfNeeded();
        problems.push(await outside('search result', result, page));
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      expect(problems.filter(Boolean)).toEqual([]);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    for (const width of WIDTHS) {
      test(`${lang} at ${width} px: the chapter menu and the original wording open on screen`, async ({ page }) => {
        await page.setViewportSize({ width, height: HEIGHT });
        await page.goto(`/${lang}/imbalance/`);
        await page.locator('.chapter-menu summary').click();
        const problems = [await outside('chapter menu', page.locator('.chapter-menu ol'), page)];
        for (const link of await page.locator('.chapter-menu a').all()) problems.push(await outside(`menu entry "${await link.innerText()}"`, link, page));
        await page.locator('.chapter-menu summary').click();
        const opener = width >= 1216 ? page.locator('.original-long .original-more').first() : page.locator('.original-toggle').first();
        await opener.scrollIntoViewIfNeeded();
        await opener.click();
        problems.push(await outside('original wording', page.locator('.original:popover-open'), page));
        expect(problems.filter(Boolean)).toEqual([]);
      });
    }
  });
}
