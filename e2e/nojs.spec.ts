import { expect, test } from '@playwright/test';
import { PAGES } from './site';

test.use({ javaScriptEnabled: false });

for (const path of PAGES) {
  test(`${path} works without JavaScript: text, SVG figures and their data tables`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    const prose = page.locator('main > p, main article > p');
    // A figure's own page is the figure and a line about where it comes from; every other page is prose.
    if (/^\/(en|zh)\/search\/$/.test(path)) {
      // Search runs in the browser: without a script the page says so.
      await expect(page.locator('main .noscript-note')).toBeVisible();
      return;
    }
    if (/^\/(en|zh)\/talk\//.test(path)) {
      // A deck without a script is a list of slides, each figure drawn as it stands after its last build step
      // (the copies of earlier build steps are for print only).
      const slides = page.locator('main .slide:not(.slide-printed)');
      expect(await slides.count()).toBeGreaterThanOrEqual(4);
      for (const slide of await slides.all()) await expect(slide.locator('h2')).toBeVisible();
      for (const figure of await page.locator('main .slide:not(.slide-printed) figure.figure').all()) {
        for (const svg of await figure.locator('svg[role="img"]').all()) await expect(svg).toBeVisible();
        await expect(figure.locator('.noscript-note')).toBeVisible();
      }
      return;
    }
    if (/^\/(en|zh)\/figures\/$/.test(path)) expect(await page.locator('main .figure-list li').count()).toBeGreaterThanOrEqual(5);
    else if (/^\/(en|zh)\/(figures|embed)\//.test(path)) await expect(page.locator('main figure.figure')).toHaveCount(1);
    else expect(await prose.count()).toBeGreaterThanOrEqual(3);
    for (const paragraph of await prose.all()) await expect(paragraph).toBeVisible();
    for (const figure of await page.locator('main figure.figure').all()) {
      await expect(figure.locator('svg[role="img"]').first()).toBeVisible();
      expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(0);
      await figure.locator('summary', { hasText: /Data table|数据表/ }).click();
      await expect(figure.locator('table')).toBeVisible();
      // Controls that cannot work without a script are hidden, and a note says why.
      for (const controls of await figure.locator('[data-controls]').all()) {
        await expect(controls).toBeHidden();
        await expect(figure.locator('.noscript-note')).toBeVisible();
      }
    }
  });
}
