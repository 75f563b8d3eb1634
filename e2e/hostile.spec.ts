import { expect, test } from '@playwright/test';
import { controlsOf, controlValues, FIGURE_PAGES, figuresOn, hydrated, watchErrors } from './site';

/** A marker that must never appear in the DOM as markup. */
const TOKEN = 'zzhostile';

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function* random(seed: number): Generator<number> {
  let s = seed;
  for (;;) {
    s = (s * 1664525 + 1013904223) % 4294967296;
    yield s / 4294967296;
  }
}

const BAD_VALUES = [
  '', ' ', 'NaN', 'Infinity', '-Infinity', '1e308', '-1e308', '1e-400', '0x1F', '1_000', '١٢', '½', 'true', 'null', 'undefined', '[]', '{}',
  `<script>${TOKEN}()</script>`, `"><img src=x onerror=${TOKEN}>`, `javascript:${TOKEN}`, `%3Csvg%20onload%3D${TOKEN}%3E`, '%', '%%', '%E0%A4%A',
  '9'.repeat(5000), '-'.repeat(30), '1.2.3', '--5', '+5', ' 5 ', '5;6', '5&6', '\u0000', '\u202e5', '🙂', '__proto__', 'constructor',
];

/** A few hundred malformed, out-of-range, oversized and script-bearing query strings and fragments for a figure's parameters. */
function hostileLinks(keys: string[], count: number): string[] {
  const rand = random(45);
  const pick = <T>(items: T[]): T => items[Math.floor(rand.next().value * items.length)]!;
  const links: string[] = [];
  for (let i = 0; i < count; i++) {
    const key = pick([...keys, ...keys, '__proto__', `${TOKEN}<b>`, '']);
    const kind = i % 4;
    const value =
      kind === 0 ? pick(BAD_VALUES)
      : kind === 1 ? String(Math.round((rand.next().value - 0.5) * 1e7) + 1e4) // far out of range
      : kind === 2 ? `${pick(BAD_VALUES)}${pick(BAD_VALUES)}`
      : encodeURIComponent(pick(BAD_VALUES));
    const extra = i % 7 === 0 ? `&${pick(keys)}=${encodeURIComponent(pick(BAD_VALUES))}` : '';
    const fragment = i % 5 === 0 ? `#${pick(['', `"><script>${TOKEN}</script>`, '%00', `fig-${TOKEN}`, ':~:text=45', 'x'.repeat(3000)])}` : '';
    links.push(`?${encodeURIComponent(key)}=${value.replace(/[#&]/g, encodeURIComponent)}${extra}${fragment}`);
  }
  return links;
}

/** Cases per figure: the full set on English pages, a sample on Chinese ones (same parser, same figure code). */
const CASES = { en: 200, zh: 25 } as const;
const CHUNK = 50;

// Chapters only: a figure's own page runs the same figure code and URL parser, so its hostile links would repeat these.
// A figure's own page and its embed page run the same figure code and URL parser as its chapter.
for (const path of FIGURE_PAGES.filter((p) => !p.includes('/figures/') && !p.includes('/embed/'))) {
  for (const id of figuresOn(path)) {
    const keys = controlsOf(path, id);
    const links = hostileLinks(keys, path.startsWith('/zh/') ? CASES.zh : CASES.en);
    for (let from = 0; from < links.length; from += CHUNK) {
      const chunk = links.slice(from, from + CHUNK);
      test(`hostile links ${from + 1}–${from + chunk.length} to ${path} leave figure ${id} in its default state, without errors`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.goto(path);
        const figure = await hydrated(page, id);
        const defaults = await controlValues(figure);
        const defaultSvg = await figure.locator('[data-panel]').first().innerHTML();
        const errors = watchErrors(page);
        for (const link of chunk) {
          await page.goto(path + link, { waitUntil: 'domcontentloaded' });
          const live = await hydrated(page, id);
          const values = await controlValues(live);
          expect(values, link).toEqual(defaults);
          expect(await live.locator('[data-panel]').first().innerHTML(), link).toBe(defaultSvg);
          const injected = await page.evaluate(
            (token) =>
              [...document.querySelectorAll('[onerror], [onload], script:not([src]):not([type="application/json"])')].some((el) => el.outerHTML.includes(token)) ||
              document.body.innerHTML.includes(`<${token}`) ||
              document.body.innerHTML.includes(`${token}<b>`),
            TOKEN,
          );
          expect(injected, link).toBe(false);
        }
        expect(errors).toEqual([]);
      });
    }
  }
}
