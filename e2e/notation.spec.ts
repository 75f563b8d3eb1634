/**
 * Quiet notation and a column that reads, measured on every chapter in both
 * languages as a reader meets it: no space opens between a footnote number and
 * the punctuation after it ("compute¹." not "compute¹ ."); the margin never
 * tears a hole in the text (no empty stretch of the column over 80 px that is
 * not a heading's or a figure's own spacing); every chapter shows a picture in
 * its first screen on a phone and on a laptop.
 */
import { expect, test } from '@playwright/test';
import { chapterSlugs } from '../src/build/builtPages';

const CHAPTERS = (['en', 'zh'] as const).flatMap((lang) => chapterSlugs().map((slug) => `/${lang}/${slug}/`));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const width of [390, 1280]) {
    test(`no space before the punctuation after a footnote number, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const problems: string[] = [];
      let checked = 0;
      for (const path of CHAPTERS) {
        await page.goto(path);
        const found = await page.locator('main').evaluate((main) => {
          const out: string[] = [];
          let n = 0;
          const skip = (node: Node) => Boolean(node.parentElement?.closest('.sidenote, .original, sup.cite'));
          for (const sup of main.querySelectorAll('sup.cite')) {
            const digits = sup.querySelector('a');
            if (!digits || sup.getClientRects().length === 0) continue;
            // The first text a reader sees after the number (not a margin note, nor the next number of a group).
            const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
            walker.currentNode = digits.lastChild!;
            let next: Text | null = null;
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (skip(node) && !sup.contains(node)) {
                if (node.parentElement?.closest('sup.cite')) break; // another number follows: a group, spaced on purpose
                continue;
              }
              if (sup.contains(node)) continue;
              if ((node.textContent ?? '').replace(/\u2060/g, '').length > 0) {
                next = node as Text;
                break;
              }
            }
            if (!next) continue;
            const text = next.textContent!.replace(/^\u2060+/, '');
            if (!/^[.,;:!?)\]。，、；：！？）」』]/.test(text)) continue;
            const offset = next.textContent!.indexOf(text[0]!);
            const mark = document.createRange();
            mark.setStart(next, offset);
            mark.setEnd(next, offset + 1);
            const number = document.createRange();
            number.selectNodeContents(digits);
            const a = number.getBoundingClientRect();
            const b = mark.getBoundingClientRect();
            if (Math.abs(a.bottom - b.bottom) > a.height * 2) continue; // the punctuation went to the next line
            n += 1;
            const gap = b.left - a.right;
            if (gap > 1) out.push(`${sup.closest('[id]')?.id}: ${gap.toFixed(1)} px before “${text[0]}”`);
          }
          return { out, n };
        });
        checked += found.n;
        problems.push(...found.out.map((line) => `${path} ${line}`));
      }
      expect(checked).toBeGreaterThan(40);
      expect(problems).toEqual([]);
    });
  }

  test('the margin never pushes the column: no empty stretch over 80 px at 1280 px but a heading’s or figure’s own spacing', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const problems: string[] = [];
    for (const path of CHAPTERS) {
      await page.goto(path);
      const found = await page.locator('main article').evaluate((article) => {
        const out: string[] = [];
        const blocks = [...article.querySelectorAll(':scope > *')].filter((el) => {
          const style = getComputedStyle(el);
          return el.getClientRects().length > 0 && style.float === 'none' && style.position !== 'absolute' && style.position !== 'fixed';
        });
        const spacing = /^(H[1-6]|FIGURE|HEADER|NAV|ASIDE)$/;
        for (let i = 1; i < blocks.length; i++) {
          const prev = blocks[i - 1]!;
          const next = blocks[i]!;
          const gap = next.getBoundingClientRect().top - prev.getBoundingClientRect().bottom;
          if (gap <= 80) continue;
          // The space the stylesheet asks for between the two (collapsed margins); anything beyond it is a hole.
          const asked = Math.max(parseFloat(getComputedStyle(prev).marginBottom), parseFloat(getComputedStyle(next).marginTop));
          const designed = gap <= asked + 2 && (spacing.test(prev.tagName) || spacing.test(next.tagName) || next.matches('.figure, .takeaways, .notes, .next-card, .updates-section'));
          if (!designed) out.push(`${gap.toFixed(0)} px empty between ${prev.tagName}#${prev.id} and ${next.tagName}#${next.id || next.className}`);
        }
        return out;
      });
      problems.push(...found.map((line) => `${path} ${line}`));
    }
    expect(problems).toEqual([]);
  });
});

for (const [width, height] of [[390, 844], [1280, 800]] as const) {
  test(`every chapter shows a picture in its first screen at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const missing: string[] = [];
    for (const path of CHAPTERS) {
      await page.goto(path);
      const seen = await page.locator('main').evaluate((main) =>
        [...main.querySelectorAll('svg, img')].some((el) => {
          const box = el.getBoundingClientRect();
          // A picture, not an icon: at least 64 × 40 px, wholly within the first screen.
          return box.width >= 64 && box.height >= 40 && box.top >= 0 && box.bottom <= innerHeight && getComputedStyle(el).visibility !== 'hidden';
        }),
      );
      if (!seen) missing.push(path);
    }
    expect(missing).toEqual([]);
  });
}

/**
 * The type scale holds: a chapter page, with its figures drawn, sets its visible text in at most eight sizes
 * (computed font-size over every visible text run, chart text included), at a phone's and a laptop's width.
 */
for (const width of [390, 1280]) {
  test(`a chapter sets its visible text in at most eight sizes at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const found: string[] = [];
    for (const path of CHAPTERS.filter((path) => /\/(45-degree-law|intervenable)\/$/.test(path))) {
      await page.goto(path);
      for (const figure of await page.locator('[data-figure]').all()) await figure.dispatchEvent('pointerover');
      await page.waitForFunction(() => [...document.querySelectorAll('[data-figure]')].every((f) => f.hasAttribute('data-hydrated')));
      const sizes = await page.evaluate(() => {
        const seen = new Map<string, string>();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement!;
          if (!node.textContent?.trim() || !element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const box = range.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          const size = `${Math.round(parseFloat(getComputedStyle(element).fontSize) * 100) / 100}px`;
          if (!seen.has(size)) seen.set(size, node.textContent.trim().slice(0, 20));
        }
        return [...seen].map(([size, text]) => `${size} (“${text}”)`);
      });
      if (sizes.length > 8) found.push(`${path}: ${sizes.length} sizes: ${sizes.join(', ')}`);
    }
    expect(found).toEqual([]);
  });
}
