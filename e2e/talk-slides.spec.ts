/**
 * Slides made to be seen (issues 18 and 27): on a 1920 × 1080 projector no slide text
 * is under 28 px and no source line under 24 px; on a 1024 × 768 one the same
 * sizes scaled with the slide. Every slide of both whole decks, every build
 * step's text (what a step still hides is measured too), nothing outside the
 * slide, and on a figure slide the figure takes most of the slide and its
 * chart text, drawn live for the slide, is at least 24 px at 1920 × 1080 and
 * 16 px at 1024 × 768. A figure slide says one sentence, its figure's headline, and nothing cuts a label
 * short with "…" or shows an internal id; its marks scale with its type (data lines at least 4 px, dots at
 * least 16 px across at 1920 × 1080), and no label collides with another or with a data dot at 1920 × 1080,
 * 1280 × 720 or 1024 × 768.
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


/** What a figure slide shows as drawn now: its headlines, cut or internal words, thin marks and colliding labels. */
function figureSlide(page: Page, checkMarks: boolean) {
  return page.locator('[data-slide][data-current]').evaluate((slide, checkMarks) => {
    const problems: string[] = [];
    const headlines = [...slide.querySelectorAll('h2')].map((h) => h.textContent?.trim() ?? '');
    const figureHeadline = slide.querySelector('[data-figure] [id$="-headline"]')?.textContent?.trim() ?? '';
    if (headlines.length !== 1 || headlines[0] !== figureHeadline) problems.push(`headline ${JSON.stringify(headlines)} is not the figure's "${figureHeadline}"`);
    if (slide.querySelector('.slide-say')) problems.push('a second sentence (the say line) competes with the headline');
    const words = slide.textContent ?? '';
    if (words.includes('…')) problems.push('a text is cut short with "…"');
    if (/\(fact [A-Z]+\d+\)|（事实 [A-Z]+\d+）/.test(words)) problems.push('an internal fact id shows');
    for (const svg of slide.querySelectorAll<SVGSVGElement>('[data-panel] svg')) {
      if (svg.getClientRects().length === 0 || getComputedStyle(svg.closest('.panel')!).opacity === '0') continue;
      const frame = svg.getBoundingClientRect();
      const scale = frame.width / (svg.viewBox.baseVal?.width || frame.width);
      if (checkMarks) {
        for (const path of svg.querySelectorAll(':is(.m-path, .m-shift) path, :is(.m-lollipop, .m-bar-key) line')) {
          const width = parseFloat(getComputedStyle(path).strokeWidth) * scale;
          if (width < 4 - 0.05) problems.push(`a data line ${path.parentElement?.getAttribute('class')} is ${width.toFixed(1)} px`);
        }
        for (const dot of svg.querySelectorAll(':is(.m-measured, .m-modelled, .m-path-dot, .m-shift-dot, .m-tl-said, .m-tl-lab) circle')) {
          const across = dot.getBoundingClientRect().width;
          if (across < 16 - 0.05) problems.push(`a dot ${dot.parentElement?.getAttribute('class')} is ${across.toFixed(1)} px across`);
        }
      }
      // Label boxes: the glyphs' width, one em tall about the line's middle, as the page layout test measures them.
      const boxes: { text: string; owner: Element; left: number; right: number; top: number; bottom: number }[] = [];
      for (const text of svg.querySelectorAll('text')) {
        const size = parseFloat(getComputedStyle(text).fontSize) * scale;
        for (const line of text.querySelectorAll('tspan').length ? [...text.querySelectorAll('tspan')] : [text]) {
          const r = line.getBoundingClientRect();
          if (r.width === 0 || !line.textContent?.trim() || getComputedStyle(line).opacity === '0') continue;
          const middle = (r.top + r.bottom) / 2;
          boxes.push({ text: line.textContent, owner: text, left: r.left, right: r.right, top: middle - size / 2, bottom: middle + size / 2 });
        }
      }
      const hidden = (element: Element) => element.closest('.build-hidden, [style*="opacity: 0"]') !== null;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          if (a.owner === b.owner || hidden(a.owner) || hidden(b.owner)) continue;
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) problems.push(`"${a.text}" overlaps "${b.text}"`);
        }
      }
      for (const dot of svg.querySelectorAll(':is(.m-measured, .m-modelled, .m-path-dot, .m-shift-dot, .m-tl-said, .m-tl-lab) circle')) {
        const d = dot.getBoundingClientRect();
        // A label may touch its own dot's edge; it may not cover its middle.
        const cx = (d.left + d.right) / 2;
        const cy = (d.top + d.bottom) / 2;
        // (A node of a diagram holds its own name: a label wholly inside the dot is that, not a collision.)
        const inside = (box: { left: number; right: number; top: number; bottom: number }) => box.left >= d.left - 1 && box.right <= d.right + 1 && box.top >= d.top - 1 && box.bottom <= d.bottom + 1;
        for (const box of boxes) if (!inside(box) && box.left < cx && cx < box.right && box.top < cy && cy < box.bottom) problems.push(`"${box.text}" covers a data dot`);
      }
    }
    return problems;
  }, checkMarks);
}

for (const screen of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }, { width: 1024, height: 768 }] as const) {
  test(`every figure slide says one sentence, cuts nothing and keeps its labels apart at ${screen.width} × ${screen.height}${screen.width === 1920 ? ', with marks for a room' : ''}`, async ({ browser }) => {
    test.setTimeout(180_000);
    const problems: string[] = [];
    for (const lang of ['en', 'zh'] as const) {
      const context = await browser.newContext({ viewport: screen });
      const page = await context.newPage();
      await page.goto(`/${lang}/talk/`);
      const ids = await page.locator('[data-slide]:has([data-figure])').evaluateAll((slides) => slides.map((slide) => slide.id));
      expect(ids.length).toBeGreaterThan(5);
      for (const id of ids) {
        await page.evaluate((target) => (location.hash = target), id);
        await expect(page.locator(`#${id} [data-figure]`)).toHaveAttribute('data-hydrated', '');
        // Every build step pressed: the slide as the room sees it last.
        const steps = JSON.parse((await page.locator(`#${id}`).getAttribute('data-steps')) ?? '[]') as unknown[];
        for (let i = 0; i < steps.length && Number((await page.locator(`#${id}`).getAttribute('data-step')) ?? steps.length) < steps.length; i++) await page.keyboard.press('PageDown');
        await expect(page.locator('[data-slide][data-current]')).toHaveAttribute('id', id);
        await page.waitForTimeout(450);
        for (const problem of await figureSlide(page, screen.width === 1920)) problems.push(`${lang} ${id}: ${problem}`);
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });
}
