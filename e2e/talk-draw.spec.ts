/**
 * Drawing on slides (issue 18): pen, highlighter, eraser and clear, by mouse
 * and by touch; strokes belong to their slide, scale with it, stay when the
 * deck moves on and back, and show in the presenter view.
 */
import { expect, test, type Page } from '@playwright/test';

const current = (page: Page) => page.locator('[data-slide][data-current]');

/** Draws a stroke with the mouse across the slide on screen, from and to points given as shares of the screen. */
async function stroke(page: Page, from: [number, number], to: [number, number]) {
  const size = page.viewportSize()!;
  await page.mouse.move(size.width * from[0], size.height * from[1]);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(size.width * (from[0] + ((to[0] - from[0]) * i) / 8), size.height * (from[1] + ((to[1] - from[1]) * i) / 8));
  await page.mouse.up();
}

test('pen, highlighter, eraser and clear draw on their own slide, scale with it, stay on return, and show in the presenter view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/en/talk/#s-imbalance-diagnosis');
  await expect(current(page)).toHaveAttribute('id', 's-imbalance-diagnosis');
  await page.keyboard.press('d');
  await expect(page.locator('[data-ink-tools]')).toBeVisible();
  await stroke(page, [0.3, 0.5], [0.6, 0.55]);
  await expect(current(page).locator('.ink path.ink-pen')).toHaveCount(1);
  await page.getByRole('button', { name: 'Highlighter' }).click();
  await stroke(page, [0.2, 0.3], [0.7, 0.3]);
  await expect(current(page).locator('.ink path.ink-highlighter')).toHaveCount(1);
  // The strokes belong to this slide: the next has none, and coming back shows them again.
  await page.keyboard.press('PageDown');
  await expect(current(page).locator('.ink path')).toHaveCount(0);
  await page.keyboard.press('PageUp');
  await expect(current(page).locator('.ink path')).toHaveCount(2);
  // They scale with the slide.
  const width = () => current(page).locator('.ink path.ink-pen').evaluate((path) => path.getBoundingClientRect().width);
  const before = await width();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(async () => (await width()) / before).toBeCloseTo(1.5, 1);
  // The presenter view shows them, and a stroke drawn later (S is a deck key: a toolbar button has no use for it, but holds focus).
  await page.locator('main').focus();
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await expect(presenter.locator('[data-slide][data-current] .ink path')).toHaveCount(2);
  await page.getByRole('button', { name: 'Pen', exact: true }).click();
  await stroke(page, [0.3, 0.7], [0.5, 0.75]);
  await expect(presenter.locator('[data-slide][data-current] .ink path')).toHaveCount(3);
  // The eraser takes the stroke it touches; clear takes the rest, in both windows.
  await page.getByRole('button', { name: 'Eraser' }).click();
  const box = (await current(page).locator('.ink path.ink-pen').first().boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(current(page).locator('.ink path')).toHaveCount(2);
  await expect(presenter.locator('[data-slide][data-current] .ink path')).toHaveCount(2);
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(current(page).locator('.ink path')).toHaveCount(0);
  await expect(presenter.locator('[data-slide][data-current] .ink path')).toHaveCount(0);
  // Escape ends drawing; the slide then takes no strokes.
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-ink-tools]')).toBeHidden();
  await stroke(page, [0.3, 0.5], [0.6, 0.55]);
  await expect(current(page).locator('.ink path')).toHaveCount(0);
});

test('on a touch screen the pen button starts drawing and a finger draws', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/zh/talk/#s-45-degree-law-law');
  await page.locator('[data-pen]').tap();
  await expect(page.locator('[data-ink-tools]')).toBeVisible();
  await page.touchscreen.tap(500, 400);
  await expect(current(page).locator('.ink path.ink-pen')).toHaveCount(1);
  await context.close();
});
