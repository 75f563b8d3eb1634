/**
 * A figure does not change size when it wakes on a desktop (issue 30). Before its script arrives a figure shows a
 * drawing made at build time; waking, it is drawn again at its panel's real width, and whatever lies below moves by
 * the difference. A page's figure brings two build-time drawings, a phone's and a desktop's (a chapter's panel,
 * 606 px; the figure page's, 798 px), and the panel shows the one nearer its width. At 1280 px every figure whose
 * panels are a column wide (one panel, or the matrix's two stacked) on every chapter and figure page, in both
 * languages, keeps its height to 8 px (a Chinese figure page's panel is 790 px: 4 px; before this: up to 503 px, the
 * timeline's figure page, and 448 px, the matrix's).
 * Not held here, and said in the README: a pair of panels side by side (295 px each in a chapter, 391 on a figure
 * page) shows the phone's drawing scaled, and moves by up to 117 px; a phone's panel is 327 px at 390 px, and a
 * Chinese label that wraps there and not at 340 px moves the compute figure by 85 px.
 */
import { expect, test } from '@playwright/test';
import { FIGURE_PAGES, figuresOn } from './site';

const PAGES = FIGURE_PAGES.filter((path) => !path.includes('/embed/'));

test('at 1280 px, waking a figure a column wide keeps its size', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const moved: string[] = [];
  let measured = 0;
  for (const path of PAGES) {
    await page.goto(path);
    for (const id of figuresOn(path)) {
      const figure = page.locator(`[data-figure="${id}"]`);
      // Panels a full column wide (one, or stacked like the matrix's), which show the desktop's drawing.
      const widths = await figure.locator('[data-panel]').evaluateAll((panels) => panels.map((panel) => panel.getBoundingClientRect().width));
      if (widths.some((width) => width < 480)) continue;
      await figure.scrollIntoViewIfNeeded();
      const height = () => figure.evaluate((root) => root.getBoundingClientRect().height);
      const before = await height();
      await figure.dispatchEvent('pointerover');
      await page.locator(`[data-figure="${id}"][data-hydrated]`).waitFor();
      const after = await height();
      measured += 1;
      if (Math.abs(after - before) > 8) moved.push(`${path} ${id}: ${Math.round(before)} → ${Math.round(after)} px`);
    }
  }
  expect(measured).toBeGreaterThanOrEqual(20);
  expect(moved).toEqual([]);
});
