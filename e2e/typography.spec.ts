/**
 * Typography read from the built pages, as a reader sees the text: Chinese
 * sentences use full-width punctuation (clreq, the Chinese copywriting
 * guidelines), English text uses curly apostrophes. Only text in the language
 * being checked counts: an English reference on a Chinese page, or a Chinese
 * name inside an English one, follows its own language's rules.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { builtPages, fileOf, langOf } from '../src/build/builtPages';

/** Elements whose text is not prose: code, maths, pictures, scripts. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'PRE', 'CODE', 'MATH', 'SVG', 'TEXTAREA']);

/** The text of every run of a page in the given language (by the nearest `lang`), plus its title and description. */
function textIn(path: string, lang: 'en' | 'zh'): string[] {
  const { document } = parseHTML(readFileSync(fileOf(path), 'utf8'));
  const runs: string[] = [];
  const walk = (node: Node, current: string) => {
    if (node.nodeType === 3) {
      if (current.startsWith(lang)) runs.push(node.textContent ?? '');
      return;
    }
    const element = node as Element;
    if (NOT_PROSE.has(element.nodeName?.toUpperCase())) return;
    const own = element.getAttribute?.('lang') ?? current;
    for (const child of node.childNodes) walk(child, own);
  };
  walk(document.documentElement, document.documentElement.getAttribute('lang') ?? '');
  if (langOf(path) === lang) {
    runs.push(document.title, document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
  }
  return runs;
}

const pages = builtPages().filter((path) => path !== '/404.html');

test('Chinese text has no ASCII colon, comma or parenthesis right after a Han character', () => {
  const found = pages.flatMap((path) =>
    textIn(path, 'zh').flatMap((run) => [...run.matchAll(/\p{Script=Han}[:,()]/gu)].map((m) => `${path}: “…${run.slice(Math.max(0, m.index - 12), m.index + 8)}…”`)),
  );
  expect(found).toEqual([]);
});

test('English text uses curly apostrophes, not straight ones between letters', () => {
  const found = pages.flatMap((path) =>
    textIn(path, 'en').flatMap((run) => [...run.matchAll(/\p{L}'\p{L}/gu)].map((m) => `${path}: “…${run.slice(Math.max(0, m.index - 12), m.index + 8)}…”`)),
  );
  expect(found).toEqual([]);
});

/**
 * Chinese text never falls to SimSun (thin and spidery at body size on stock Windows, which has no other CJK serif):
 * every font list a Chinese run can take names no SimSun and reaches Microsoft YaHei, a face every Windows has,
 * before the generic `serif` (SimSun, on a Chinese Windows), which it never ends in. Read from the pages as laid out.
 */
test('no Chinese text can fall to SimSun', async ({ page }) => {
  const problems: string[] = [];
  for (const path of ['/zh/45-degree-law/', '/zh/brief/', '/en/45-degree-law/', '/zh/glossary/']) {
    await page.goto(path);
    const lists = await page.evaluate(() => {
      const found = new Set<string>();
      for (const element of document.querySelectorAll('[lang|="zh"], [lang|="zh"] *')) found.add(getComputedStyle(element).fontFamily);
      return [...found];
    });
    for (const list of lists) {
      if (!list.includes(',')) continue; // one generic family (math, monospace): no Chinese is set in it
      const faces = list.split(',').map((face) => face.trim().replace(/^["']|["']$/g, ''));
      // `serif` is SimSun on a Chinese Windows; system-ui and sans-serif are YaHei there.
      const generic = faces.indexOf('serif');
      if (faces.some((face) => /simsun|nsimsun|宋体/i.test(face))) problems.push(`${path}: ${list} names SimSun`);
      const yahei = faces.indexOf('Microsoft YaHei');
      if (faces.at(-1) === 'serif') problems.push(`${path}: ${list} ends in serif`);
      if (!faces.includes('monospace') && !faces.includes('ui-monospace') && (yahei < 0 || (generic >= 0 && yahei > generic))) problems.push(`${path}: ${list} reaches serif before Microsoft YaHei`);
    }
  }
  expect(problems).toEqual([]);
});

/** English prose runs 60–75 characters a line (spaces included) wherever the column, not the screen, sets the width. */
for (const width of [768, 1024, 1280, 1600]) {
  test(`English body text runs 60–75 characters a line at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/en/45-degree-law/');
    await page.evaluate(() => document.fonts.ready);
    const median = await page.locator('main article').evaluate((article) => {
      const perLine: number[] = [];
      for (const p of [...article.querySelectorAll(':scope > p[data-para]')].slice(0, 12)) {
        const lines = new Map<number, number>();
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (parent.closest('.para-link, .claim-mark, sup.cite, .sidenote, .original, .original-toggle')) continue;
          const text = node.textContent ?? '';
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const box = range.getBoundingClientRect();
            if (box.height === 0) continue;
            const top = Math.round(box.top / 8);
            lines.set(top, (lines.get(top) ?? 0) + 1);
          }
        }
        perLine.push(...[...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n).slice(0, -1));
      }
      perLine.sort((a, b) => a - b);
      return perLine[Math.floor(perLine.length / 2)] ?? 0;
    });
    expect(median).toBeGreaterThanOrEqual(60);
    expect(median).toBeLessThanOrEqual(75);
  });
}
