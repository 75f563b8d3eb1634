/**
 * The two-page brief (src/brief/brief.ts): printed by Chromium it fits two
 * pages on A4 and on US Letter in both languages, with no site chrome; it
 * prints for a policy reader (10.5–11 pt, 55–75 characters a line in English
 * and 30–40 in Chinese, the bottom line boxed in the top third of page 1, §
 * labels but no site paths, never localhost unless the page says it is a
 * local build); and every point links to an element that exists on its
 * chapter's page (read from dist/, no browser needed).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { fileOf } from '../src/build/builtPages';

const BRIEFS = ['/en/brief/', '/zh/brief/'];

const pagesOf = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

test('each brief prints on at most two pages of A4 and of Letter, without the site’s header and footer', async ({ page }) => {
  const counts: Record<string, number> = {};
  for (const path of BRIEFS) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('.brief-figure svg')).toBeVisible();
    await expect(page.locator('.brief .cite-this pre.citation').first()).toBeVisible();
    await page.emulateMedia({ media: null });
    for (const format of ['A4', 'Letter'] as const) counts[`${path} ${format}`] = pagesOf(await page.pdf({ format }));
  }
  for (const [printed, pages] of Object.entries(counts)) expect.soft(pages, printed).toBeGreaterThan(0);
  for (const [printed, pages] of Object.entries(counts)) expect.soft(pages, printed).toBeLessThanOrEqual(2);
});

test('each brief prints at a reading size and measure, with its bottom line boxed at the top and no site paths', async ({ page }) => {
  // The printed page's text width (A4 less the 9 mm margins: 192 mm at 96 px to the inch), laid out as print.
  // Characters are counted as typographers count a line: letters, punctuation and the spaces between words.
  await page.setViewportSize({ width: Math.floor((192 / 25.4) * 96), height: 1100 });
  for (const path of BRIEFS) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.brief').evaluate((brief) => {
      // Characters on each full line of each point (a point's last line is left out: it is short by nature).
      const perLine: number[] = [];
      for (const li of brief.querySelectorAll('.brief-points li')) {
        // Each character's middle, in reading order; a new line starts where the middle drops by half a line or more
        // (small labels and reference numbers share their line's baseline, not its top).
        const half = parseFloat(getComputedStyle(li).lineHeight) / 2;
        const middles: number[] = [];
        const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!(node.parentElement?.checkVisibility())) continue;
          const text = node.textContent ?? '';
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const box = range.getBoundingClientRect();
            if (box.width === 0) continue;
            middles.push((box.top + box.bottom) / 2);
          }
        }
        const counts: number[] = [];
        let line = -Infinity;
        for (const middle of middles) {
          if (middle - line >= half) {
            counts.push(0);
            line = middle;
          }
          counts[counts.length - 1]! += 1;
        }
        perLine.push(...counts.slice(0, -1));
      }
      perLine.sort((a, b) => a - b);
      const text = brief.querySelector('.brief-points li')!;
      const box = brief.querySelector(':scope > .brief-section')!.getBoundingClientRect();
      return {
        median: perLine[Math.floor(perLine.length / 2)] ?? 0,
        lines: perLine.length,
        pt: (parseFloat(getComputedStyle(text).fontSize) * 72) / 96,
        boxTop: (box.top * 25.4) / 96,
        boxed: getComputedStyle(brief.querySelector(':scope > .brief-section')!).borderTopStyle !== 'none',
        paths: [...brief.querySelectorAll('.brief-path')].filter((el) => el.checkVisibility()).length,
        localhost: (brief as HTMLElement).innerText.includes('localhost'),
        saysLocal: Boolean(brief.querySelector('.brief-local')?.checkVisibility()),
      };
    });
    const [low, high] = path.startsWith('/zh/') ? [30, 40] : [55, 75];
    expect(printed.lines, path).toBeGreaterThan(20);
    expect(printed.median, `${path}: characters a printed line`).toBeGreaterThanOrEqual(low);
    expect(printed.median, `${path}: characters a printed line`).toBeLessThanOrEqual(high);
    expect(printed.pt, path).toBeGreaterThanOrEqual(10.5);
    expect(printed.pt, path).toBeLessThanOrEqual(11.01);
    // The bottom line, boxed, starts in the top third of page 1 (297 mm less the 8 mm top margin).
    expect(printed.boxed, path).toBe(true);
    expect(printed.boxTop, path).toBeLessThan((297 - 8) / 3);
    expect(printed.paths, path).toBe(0);
    // localhost is printed only by a local build (no SITE_URL), and then the page says so.
    if (printed.localhost) expect(printed.saysLocal, path).toBe(true);
    await page.emulateMedia({ media: null });
  }
});

test('every point of each brief links to an element that exists on its target page, and prints that link', () => {
  const built = (path: string) => parseHTML(readFileSync(fileOf(path), 'utf8')).document;
  for (const path of BRIEFS) {
    const brief = built(path);
    const links = [...brief.querySelectorAll('.brief-points li a.brief-link')];
    expect(links.length, path).toBe(brief.querySelectorAll('.brief-points li').length);
    expect(links.length, path).toBeGreaterThan(15);
    for (const link of links) {
      const href = link.getAttribute('href') ?? '';
      const [target = '', id = ''] = href.split('#');
      // A chapter's paragraph, or the bottom line on the landing.
      expect(target, href).toMatch(new RegExp(`^${path.slice(0, 4)}([a-z0-9-]+/)?$`));
      expect(built(target).getElementById(id), `${path}: ${href}`).not.toBeNull();
      // On screen the link shows its address (with the published host when the build has one); print keeps the § label.
      expect(link.textContent?.trim().endsWith(href), href).toBe(true);
    }
    for (const ref of brief.querySelectorAll('.brief-ref a')) expect(brief.getElementById(ref.getAttribute('href')!.slice(1)), path).not.toBeNull();
  }
});
