/**
 * Slides made to be seen (issue 18): on a 1920 × 1080 projector no slide text
 * is under 28 px and no source line under 24 px; on a 1024 × 768 one the same
 * sizes scaled with the slide. Every slide of both whole decks, every build
 * step's text (what a step still hides is measured too), nothing outside the
 * slide, and on a figure slide the figure takes most of the slide and its
 * chart text, drawn live for the slide, is at least 24 px at 1920 × 1080 and
 * 16 px at 1024 × 768.
 */
import { expect, test, type Page } from '@playwright/test';

const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;

interface Measured {
  /** Text smaller than its floor: "size px: text". */
  small: string[];
  /** Text that reaches past the slide's edge. */
  outside: string[];
  /** The share of the slide a figure's panels cover (0 on a slide without a figure). */
  figureShare: number;
  /** Chart text (inside a figure's SVG) smaller than its floor: "size px: text". */
  chartSmall: string[];
}

/** Measures the slide on screen: every element with text of its own, and its figure's panels. */
function measure(page: Page, floors: { text: number; source: number; chart: number }): Promise<Measured> {
  return page.locator('[data-slide][data-current]').evaluate((slide, { text, source, chart }) => {
    const box = slide.getBoundingClientRect();
    const small: string[] = [];
    const outside: string[] = [];
    // A figure's SVG (its chart text) and its screen-reader-only head are not slide text.
    const skip = (element: Element) => element.closest('svg, .figure-head, .sr-only') !== null;
    for (const element of slide.querySelectorAll<HTMLElement>('*')) {
      if (skip(element)) continue;
      const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? '').join('').trim();
      if (!own || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden') continue;
      const size = parseFloat(style.fontSize);
      const floor = element.closest('.slide-source') ? source : text;
      if (size < floor - 0.25) small.push(`${size.toFixed(1)} px: ${own.slice(0, 60)}`);
      const rect = element.getBoundingClientRect();
      if (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1) outside.push(own.slice(0, 60));
    }
    // Chart text as drawn: its font size times the SVG's own scale on screen.
    const chartSmall: string[] = [];
    for (const svg of slide.querySelectorAll<SVGSVGElement>('[data-panel] svg')) {
      const scale = svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width);
      for (const words of svg.querySelectorAll('text')) {
        if (!words.textContent?.trim() || words.getClientRects().length === 0) continue;
        const size = parseFloat(getComputedStyle(words).fontSize) * scale;
        if (size < chart - 0.25) chartSmall.push(`${size.toFixed(1)} px: ${words.textContent.slice(0, 60)}`);
      }
    }
    const panels = slide.querySelector('.panels')?.getBoundingClientRect();
    return { small, outside, chartSmall, figureShare: panels ? (panels.width * panels.height) / (box.width * box.height) : 0 };
  }, floors);
}

for (const lang of ['en', 'zh'] as const) {
  for (const screen of SCREENS) {
    test(`every ${lang} slide is legible from the back of the room at ${screen.width} × ${screen.height}`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ viewport: screen });
      const page = await context.newPage();
      // The slide is the screen: 1920 × 1080 sets the sizes, any other screen scales them by the slide's own scale.
      const scale = Math.min(screen.width / 1920, screen.height / 1080);
      // Chart text: 24 px on a 1080p projector; on a 1024 × 768 one, 16 px (more than the slide's scale would leave it).
      const floors = { text: 28 * scale, source: 24 * scale, chart: screen.width === 1920 ? 24 : 16 };
      await page.goto(`/${lang}/talk/`);
      const ids = await page.locator('[data-slide]').evaluateAll((slides) => slides.map((slide) => slide.id));
      expect(ids.length).toBeGreaterThan(30);
      const problems: string[] = [];
      for (const id of ids) {
        await page.evaluate((target) => (location.hash = target), id);
        await expect(page.locator('[data-slide][data-current]')).toHaveAttribute('id', id);
        const found = await measure(page, floors);
        for (const line of found.small) problems.push(`${id}: ${line}`);
        for (const line of found.outside) problems.push(`${id}: outside the slide: ${line}`);
        if (await page.locator(`#${id} [data-figure]`).count()) {
          // The live figure, drawn for the slide's real size, is what the room sees.
          await expect(page.locator(`#${id} [data-figure]`)).toHaveAttribute('data-hydrated', '');
          for (const line of (await measure(page, floors)).chartSmall) problems.push(`${id}: chart text ${line}`);
          if (found.figureShare < 0.5) problems.push(`${id}: the figure covers ${(found.figureShare * 100).toFixed(0)}% of the slide`);
          // The audience sees the figure, not a form.
          await expect(page.locator(`#${id} [data-controls]`)).toBeHidden();
        }
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
}

test('a build step hides what it has not yet revealed, the status line included', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/en/talk/#s-45-degree-law-swings');
  const figure = page.locator('[data-slide][data-current] [data-figure]');
  await expect(figure).toHaveAttribute('data-hydrated', '');
  await expect(figure.locator('[data-status]')).toHaveCSS('opacity', '0');
  await page.keyboard.press('PageDown');
  await expect(figure.locator('[data-status]')).toHaveCSS('opacity', '1');
});

test('C shows a figure’s controls in the audience window, and hides them again', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/en/talk/#s-imbalance-compute');
  const controls = page.locator('[data-slide][data-current] [data-controls]');
  await expect(controls).toBeHidden();
  await page.keyboard.press('c');
  await expect(controls).toBeVisible();
  await page.keyboard.press('c');
  await expect(controls).toBeHidden();
});

test('no slide prints a localhost address; the title and end slides hold the QR code of SITE_URL when it is set', async ({ page }) => {
  await page.goto('/en/talk/');
  expect(await page.locator('[data-deck]').textContent()).not.toContain('localhost');
  await expect(page.locator('#title [data-join], #end [data-join]')).toHaveCount(2);
});
