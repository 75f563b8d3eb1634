/**
 * Figures laid out for their real width: every figure, in its default state,
 * every preset and both ends of every slider, at 390, 768 and 1280 px, in both
 * languages, has no chart text under 12 CSS px, no text box overlapping
 * another and none clipped by its SVG's edge. One page load per figure and
 * language: states are set in the page through the figure's own controls.
 * And on a phone (390 × 844), while any control is in use, at least half of
 * the chart is on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { FIGURE_PAGES, hydrated } from './site';

const FIGURES = FIGURE_PAGES.map((path) => /^\/en\/figures\/([\w-]+)\/$/.exec(path)?.[1]).filter((id): id is string => id !== undefined);
const WIDTHS = [390, 768, 1280];
const MIN_PX = 12;

/** Text problems in the figure's panels as drawn now: too small, overlapping, clipped. */
function problemsIn(page: Page, id: string, minPx: number): Promise<string[]> {
  return page.evaluate(
    ([id, minPx]) => {
      const problems: string[] = [];
      const figure = document.querySelector(`[data-figure="${id}"]`)!;
      figure.querySelectorAll<SVGSVGElement>('[data-panel] svg').forEach((svg, panel) => {
        if (svg.getClientRects().length === 0) return;
        const frame = svg.getBoundingClientRect();
        const scale = frame.width / (svg.viewBox.baseVal?.width || frame.width);
        const boxes: { text: string; owner: Element; left: number; right: number; top: number; bottom: number }[] = [];
        for (const text of svg.querySelectorAll('text')) {
          if (!text.textContent?.trim()) continue;
          const size = Number.parseFloat(getComputedStyle(text).fontSize) * scale;
          if (size < minPx - 0.05) problems.push(`panel ${panel + 1}: "${text.textContent}" is ${size.toFixed(1)} px`);
          const lines = text.querySelectorAll('tspan').length > 0 ? [...text.querySelectorAll('tspan')] : [text];
          for (const line of lines) {
            const r = line.getBoundingClientRect();
            if (r.width === 0 || !line.textContent?.trim()) continue;
            // A text box: the glyphs' width, one em tall about the line's middle (fonts differ in their ascent and descent).
            const middle = (r.top + r.bottom) / 2;
            const box = { text: line.textContent, owner: text, left: r.left, right: r.right, top: middle - size / 2, bottom: middle + size / 2 };
            if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1) {
              problems.push(`panel ${panel + 1}: "${box.text}" is clipped by the SVG's edge`);
            }
            boxes.push(box);
          }
        }
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            if (a.owner === b.owner) continue;
            if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) problems.push(`panel ${panel + 1}: "${a.text}" overlaps "${b.text}"`);
          }
        }
      });
      return problems;
    },
    [id, minPx] as const,
  );
}

/** Waits until a re-render (after a resize or a state change) has been painted. */
const settled = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/** The states to check, each as a function that sets it through the figure's own controls. */
async function states(page: Page, id: string): Promise<{ name: string; set: () => Promise<void> }[]> {
  const figure = page.locator(`[data-figure="${id}"]`);
  const presets = await figure.locator('[data-preset]').all();
  const list: { name: string; set: () => Promise<void> }[] = [{ name: 'default', set: async () => {} }];
  for (const [i, button] of presets.entries()) list.push({ name: `preset ${i + 1}`, set: () => button.evaluate((b) => (b as HTMLButtonElement).click()) });
  for (const input of await figure.locator('[data-controls] input[type="range"]').all()) {
    const name = await input.getAttribute('name');
    for (const end of ['min', 'max'] as const) {
      list.push({
        name: `${name} at its ${end}`,
        set: () =>
          input.evaluate((el, end) => {
            const range = el as HTMLInputElement;
            range.value = range[end];
            range.dispatchEvent(new Event('input', { bubbles: true }));
          }, end),
      });
    }
  }
  return list;
}

test.describe('figure layout', () => {
  test.use({ reducedMotion: 'reduce' });
  for (const lang of ['en', 'zh'] as const) {
    for (const id of FIGURES) {
      test(`${id} (${lang}): no chart text under ${MIN_PX} px, overlapping or clipped, in any state at ${WIDTHS.join(' / ')} px`, async ({ page }) => {
        await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
        await page.goto(`/${lang}/figures/${id}/`);
        await hydrated(page, id);
        const problems: string[] = [];
        for (const state of await states(page, id)) {
          await state.set();
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 900 });
            await settled(page);
            for (const problem of await problemsIn(page, id, MIN_PX)) problems.push(`${state.name} at ${width} px: ${problem}`);
          }
          await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
        }
        expect([...new Set(problems)]).toEqual([]);
      });
    }
  }
});

test.describe('phone layout', () => {
  test.use({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
  for (const id of FIGURES) {
    test(`${id}: while any control is in use, at least half of the chart is on screen`, async ({ page }) => {
      await page.goto(`/en/figures/${id}/`);
      const figure = await hydrated(page, id);
      const more = figure.locator('[data-more]');
      if ((await more.count()) > 0) await more.locator('summary').click();
      const controls = await figure.locator('[data-controls] input, [data-preset]').all();
      expect(controls.length).toBeGreaterThan(0);
      for (const control of controls) {
        // The reader brings the control into view from below, as when reading down to it, and uses it.
        await control.evaluate((el) => el.scrollIntoView({ block: 'end' }));
        await control.focus();
        await settled(page);
        const seen = await control.evaluate((el, id) => {
          const box = el.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
          const chart = document.querySelector(`[data-figure="${id}"] [data-panel] svg`)!.getBoundingClientRect();
          const visible = Math.max(0, Math.min(chart.bottom, innerHeight) - Math.max(chart.top, header));
          return { usable: hit !== null && (hit === el || el.contains(hit) || (el as HTMLInputElement).labels?.[0]?.contains(hit) === true), chart: visible / chart.height, name: (el as HTMLInputElement).name || el.textContent };
        }, id);
        expect(seen.usable, `${seen.name} is covered`).toBe(true);
        expect(seen.chart, `chart on screen while ${seen.name} is in use`).toBeGreaterThanOrEqual(0.5);
      }
    });
  }
});

test('tapping a matrix cell chooses it, in the figure and the URL', async ({ page }) => {
  await page.goto('/en/figures/matrix/');
  const figure = await hydrated(page, 'matrix');
  await figure.locator('[data-set="layer=3 level=5"]').click();
  await expect(page).toHaveURL(/layer=3&level=5/);
  await expect(figure.locator('[data-status]')).toContainText('Reflectable');
  await expect(figure.locator('[data-preset]').last()).toHaveAttribute('aria-pressed', 'true');
});
