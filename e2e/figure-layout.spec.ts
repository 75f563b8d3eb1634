/**
 * Figures laid out for their real width: every figure, in its default state,
 * every preset and both ends of every slider, at 390, 768 and 1280 px, in both
 * languages, has no chart text under 12 CSS px, no text box overlapping
 * another and none clipped by its SVG's edge. One page load per figure and
 * language: states are set in the page through the figure's own controls.
 * And on a phone (390 × 844), while any control is in use, at least half of
 * the chart is on screen. Read-outs (keyboard, hover, tap) are chart text too.
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
            // A read-out is opened over the chart on purpose: it must be legible and inside, not apart.
            if (a.owner === b.owner || a.owner.closest('.m-readout') || b.owner.closest('.m-readout')) continue;
            if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) problems.push(`panel ${panel + 1}: "${a.text}" overlaps "${b.text}"`);
          }
        }
      });
      return problems;
    },
    [id, minPx] as const,
  );
}

/**
 * Opens the first and last read-out of every panel that has them from the keyboard (Tab focus,
 * Home, End) and checks each: it shows the cells of the table row its mark names, as the table
 * prints them, says the same to screen readers, and is chart text (size, clipping) like the rest.
 */
async function readoutProblems(page: Page, id: string): Promise<string[]> {
  const problems: string[] = [];
  const panels = await page.locator(`[data-figure="${id}"] [data-panel] svg[tabindex="0"]`).all();
  if (id !== 'matrix' && panels.length === 0) problems.push('no panel answers the keyboard with read-outs');
  for (const [i, panel] of panels.entries()) {
    for (const key of ['Home', 'End']) {
      await panel.focus();
      await page.keyboard.press(key);
      const found = await panel.evaluate((svg, id) => {
        const readout = svg.querySelector('.m-readout');
        if (!readout) return 'none opened';
        const [row = '', columns] = (readout.getAttribute('data-for') ?? '').split(':');
        const cells = [...document.querySelectorAll(`[data-figure="${id}"] [data-table] tbody tr:nth-child(${Number(row) + 1}) td`)].map((td) => td.textContent ?? '');
        const shown = readout.textContent ?? '';
        const wanted = columns ? columns.split(',').map((c) => cells[Number(c)] ?? '?') : cells;
        const missing = wanted.filter((cell) => !shown.replace(/\s+/g, '').includes(cell.replace(/\s+/g, '').slice(0, 40)));
        const live = document.querySelector(`[data-figure="${id}"] [data-readout-live]`)?.textContent ?? '';
        return cells.length === 0 ? `row ${row} is not in the table` : missing.length ? `does not show ${missing.join(', ')}` : live.replace(/[;\s]/g, '') !== shown.replace(/[;\s]/g, '') ? 'says something else to screen readers' : '';
      }, id);
      if (found) problems.push(`panel ${i + 1}, ${key}: read-out ${found}`);
      for (const problem of await problemsIn(page, id, MIN_PX)) problems.push(`read-out (${key}): ${problem}`);
    }
    await page.keyboard.press('Escape');
  }
  return problems;
}

/**
 * Waits until a re-render (after a resize or a state change) has been painted: the figure is drawn for its first
 * panel's width (a busy machine may take more than a frame to resize, observe and redraw), then two frames.
 */
const settled = async (page: Page, id: string) => {
  await page.waitForFunction((id) => {
    const root = document.querySelector<HTMLElement>(`[data-figure="${id}"]`)!;
    const slot = root.querySelector<HTMLElement>('[data-panel]');
    return !slot || slot.clientWidth === 0 || root.dataset.drawnFor === String(slot.clientWidth);
  }, id);
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
};

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
      test(`${id} (${lang}): no chart text under ${MIN_PX} px, overlapping or clipped, in any state at ${WIDTHS.join(' / ')} px, read-outs included`, async ({ page }) => {
        await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
        await page.goto(`/${lang}/figures/${id}/`);
        await hydrated(page, id);
        const problems: string[] = [];
        for (const state of await states(page, id)) {
          await state.set();
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 900 });
            await settled(page, id);
            for (const problem of await problemsIn(page, id, MIN_PX)) problems.push(`${state.name} at ${width} px: ${problem}`);
            if (state.name === 'default') for (const problem of await readoutProblems(page, id)) problems.push(`${state.name} at ${width} px: ${problem}`);
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
    test(`${id}: while any control is in use, at least half of the chart (or of the screen, for a chart taller than it) is on screen`, async ({ page }) => {
      await page.goto(`/en/figures/${id}/`);
      const figure = await hydrated(page, id);
      // A chart taller than the screen (the timeline's list) follows its controls: the reader brings a control to
      // the top of the screen and reads the chart under it. Any other chart stays in view above its controls.
      const tall = await figure.evaluate((el) => el.classList.contains('figure-tall'));
      const more = figure.locator('[data-more]');
      if ((await more.count()) > 0) await more.locator('summary').click();
      const controls = await figure.locator('[data-controls] input, [data-preset]').all();
      expect(controls.length).toBeGreaterThan(0);
      for (const control of controls) {
        // The reader brings the control into view, from below as when reading down to it, and uses it.
        await control.evaluate((el, tall) => {
          el.scrollIntoView({ block: tall ? 'start' : 'end' });
          if (tall) window.scrollBy(0, -((document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + 8));
        }, tall);
        await control.focus();
        await settled(page, id);
        const seen = await control.evaluate((el, id) => {
          const box = el.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
          const chart = document.querySelector(`[data-figure="${id}"] [data-panel] svg`)!.getBoundingClientRect();
          const visible = Math.max(0, Math.min(chart.bottom, innerHeight) - Math.max(chart.top, header));
          return { usable: hit !== null && (hit === el || el.contains(hit) || (el as HTMLInputElement).labels?.[0]?.contains(hit) === true), chart: visible / Math.min(chart.height, innerHeight - header), name: (el as HTMLInputElement).name || el.textContent };
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

test.describe('read-outs by pointer', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, reducedMotion: 'reduce' });
  test('hovering or tapping near a point reads out its row, in the page’s language, and a tap that chooses a state keeps it', async ({ page }) => {
    await page.goto('/zh/figures/trajectory/');
    const figure = await hydrated(page, 'trajectory');
    const mark = figure.locator('[data-panel] svg').first().locator('[data-readout]').nth(11);
    const box = (await mark.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const readout = figure.locator('[data-panel] .m-readout');
    await expect(readout).toHaveAttribute('data-for', /^11:/);
    await expect(readout).toContainText('年份：12');
    await expect(figure.locator('[data-readout-live]')).toContainText('年份：12');
    // A tap far from any point (high in the plane, above the diagonal) closes it; a tap on the last point opens that one.
    const plane = (await figure.locator('[data-panel] svg').first().boundingBox())!;
    await page.touchscreen.tap(plane.x + plane.width * 0.3, plane.y + plane.height * 0.3);
    await expect(readout).toHaveCount(0);
    const last = (await figure.locator('[data-panel] svg').first().locator('[data-readout]').last().boundingBox())!;
    await page.touchscreen.tap(last.x + last.width / 2, last.y + last.height / 2);
    await expect(readout).toHaveAttribute('data-for', /^29:/);

    // A tapped mark that chooses a state (a measure) keeps its read-out through the re-render.
    await page.goto('/en/figures/measures/');
    const measures = await hydrated(page, 'measures');
    // The second measure's dot (the picked measure is drawn last, so not by its place among the marks).
    const dot = (await measures.locator('[data-readout="1"]').boundingBox())!;
    await page.touchscreen.tap(dot.x + dot.width / 2, dot.y + dot.height / 2);
    await expect(page).toHaveURL(/measure=2/);
    await expect(measures.locator('.m-readout')).toHaveAttribute('data-for', '1');
  });
});
