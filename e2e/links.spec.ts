import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { idsInBuild, readRedirects } from '../src/sources/anchorsCheck.ts';
import { movedParagraphs } from '../src/sources/anchors.ts';
import { builtPages, DIST, fileOf } from '../src/build/builtPages.ts';
import { isSharePath } from '../src/sources/sharePages';
import { hydrated, watchErrors } from './site';

const manifest = JSON.parse(readFileSync('content/anchors.json', 'utf8')) as Record<string, string[]>;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test.describe('permanent ids', () => {
  // Read from the built pages: the ids are in the HTML, and no script adds or removes one.
  const built = idsInBuild(DIST);
  const redirects = readRedirects();
  for (const [page, ids] of Object.entries(manifest)) {
    test(`every id the manifest lists for ${page} is on the built page in both languages or redirected, and the page has no unlisted id`, () => {
      for (const lang of ['en', 'zh'] as const) {
        const present = built[lang][page] ?? [];
        // An id that moved is gone from the page with a redirect saying where to (content/redirects.json).
        expect(ids.filter((id) => !present.includes(id) && !redirects.anchors[`${page}#${id}`]), `${lang}: ids gone without a redirect`).toEqual([]);
        expect(present.filter((id) => !ids.includes(id)), `${lang}: ids not recorded (npm run anchors)`).toEqual([]);
      }
    });
  }
});

test('a paragraph that moved keeps its share links: the old address (now and at each recorded version) answers with the paragraph where it went', () => {
  const versions = JSON.parse(readFileSync('content/paragraph-versions.json', 'utf8')) as Record<string, Record<string, Record<string, { date: string }[]>>>;
  const moves = movedParagraphs(readRedirects().anchors);
  expect(moves.length).toBeGreaterThan(0);
  for (const move of moves) {
    for (const lang of ['en', 'zh'] as const) {
      const dates = versions[move.fromSlug]?.[move.fromId]?.[lang]?.map((version) => version.date) ?? [];
      for (const at of [undefined, ...dates]) {
        const path = `/${lang}/${move.fromSlug}/p/${move.fromId}/${at ? `${at}/` : ''}`;
        const { document } = parseHTML(readFileSync(fileOf(path), 'utf8'));
        expect(new URL(document.querySelector('meta[property="og:url"]')!.getAttribute('content')!).pathname, path).toBe(path);
        // It continues to the paragraph where it is now.
        const next = [...document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')!);
        expect(next.some((href) => href.startsWith(`/${lang}/${move.toSlug}/`) && href.endsWith(`#${move.toId}`)), path).toBe(true);
      }
    }
  }
});

test.describe('permalinks', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a paragraph’s link, copied and opened, scrolls to the paragraph and highlights it; its quote carries place and link', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/en/intervenable/');
    const control = page.locator('#p-needs-1 .para-link');
    await control.focus();
    await page.keyboard.press('Enter');
    const menu = page.locator('.permalink-menu');
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('button').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu.getByRole('status')).not.toBeEmpty();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The paragraph's share page at its version (e2e/share.spec.ts): its preview is the paragraph, and it sends the reader on.
    expect(link).toMatch(/\/en\/intervenable\/p\/p-needs-1\/\d{4}-\d{2}-\d{2}\/$/);

    await menu.getByRole('button', { name: 'Copy quote with citation' }).click();
    const quote = await page.evaluate(() => navigator.clipboard.readText());
    expect(quote).toMatch(/^“The doing column is computed with the back-door adjustment/);
    expect(quote).toContain('§4.4 ¶1');
    expect(quote).not.toContain('¶1The');
    expect(quote.endsWith(link)).toBe(true);

    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(control).toBeFocused();

    const fresh = await page.context().newPage();
    await fresh.goto(link);
    await expect(fresh).toHaveURL(/\/en\/intervenable\/#p-needs-1$/);
    const target = fresh.locator('#p-needs-1');
    await expect(target).toBeInViewport();
    expect(await fresh.evaluate(() => document.querySelector(':target')?.id)).toBe('p-needs-1');
    expect(await target.evaluate((el) => getComputedStyle(el).animationName)).not.toBe('none');
    expect(errors).toEqual([]);
  });

  test('a figure’s link carries its current state, and opening it restores the figure', async ({ page }) => {
    await page.goto('/en/intervenable/');
    const figure = await hydrated(page, 'doing');
    await figure.locator('input[name="gamma"]').fill('30');
    await expect(figure.locator('[data-cite-url="raw"]').first()).toContainText('gamma=30');
    await figure.locator('.figure-number').click();
    await page.locator('.permalink-menu').getByRole('button', { name: 'Copy link to the figure as it is now' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/en\/intervenable\/\?gamma=30#fig-doing$/);
    const status = await figure.locator('[data-status]').textContent();
    await page.goto(link);
    const restored = await hydrated(page, 'doing');
    await expect(restored.locator('input[name="gamma"]')).toHaveValue('30');
    await expect(restored.locator('[data-status]')).toHaveText(status ?? '');
    await expect(restored).toBeInViewport();
  });

  test('a section number is a link to its section', async ({ page }) => {
    await page.goto('/zh/reflectable/');
    const link = page.locator('h2#figure .section-link');
    await expect(link).toHaveText('§5.2');
    await expect(link).toHaveAttribute('href', '#figure');
  });
});

test.describe('cite this', () => {
  test.use({ javaScriptEnabled: false });

  test('every chapter and figure offers APA and BibTeX without JavaScript', async ({ page }) => {
    await page.goto('/en/reflectable/');
    const chapter = page.locator('details[data-cite="chapter"]');
    await chapter.locator('summary').click();
    await expect(chapter.locator('pre').first()).toContainText('Rung 3: reflectable');
    await expect(chapter.locator('pre').first()).toContainText('/en/reflectable/');
    await expect(chapter.locator('pre').nth(1)).toContainText('@misc{');
    // A figure's citation sits in its one "Data · Download · Embed · Cite" row, opened first.
    await page.locator('#fig-counterfactual details.figure-utility > summary').click();
    const figure = page.locator('#fig-counterfactual details[data-cite="figure"]');
    await figure.locator('summary').click();
    await expect(figure.locator('pre').first()).toContainText('Figure 5.1: What would have happened');
    await expect(figure.locator('pre').first()).toContainText('/en/reflectable/#fig-counterfactual');
  });

  test('the original wording opens beside a claim without JavaScript, in both directions', async ({ page }) => {
    // On a phone, from its pill (a desktop shows it as a sidenote: e2e/reading.spec.ts).
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en/imbalance/');
    await page.locator('#c-s8 .original-toggle').click();
    const en = page.locator('#orig-c-s8');
    await expect(en).toBeVisible();
    await expect(en.locator('q')).toHaveAttribute('lang', 'zh-Hans');
    await expect(en.locator('q')).toContainText('目前世界上99%的算力用于模型预训练');
    await page.goto('/zh/imbalance/');
    await page.locator('#c-s8 .original-toggle').click();
    await expect(page.locator('#orig-c-s8 q')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#orig-c-s8 q')).toContainText('99%');
  });
});

test.describe('sharing', () => {
  test('every page names a social card that exists at 1200 × 630, with title, description and canonical', () => {
    for (const path of builtPages().filter((p) => p !== '/404.html' && !p.endsWith('.xml'))) {
      const html = readFileSync(fileOf(path), 'utf8');
      if (!html.includes('<main')) continue;
      const { document } = parseHTML(html);
      const meta = (selector: string, attribute = 'content') => document.querySelector(selector)?.getAttribute(attribute) ?? '';
      const image = meta('meta[property="og:image"]');
      expect(image, path).toMatch(/\/og\/(en|zh)\/[\w.-]+\.png$/);
      expect(pngSize(`dist${new URL(image).pathname}`), path).toEqual([1200, 630]);
      expect(meta('meta[property="og:title"]'), path).toMatch(/\S/);
      expect(meta('meta[property="og:description"]'), path).toMatch(/\S/);
      // A share page's preview is its own address (a paragraph, a figure state); its canonical is the chapter or figure.
      if (isSharePath(path)) expect(new URL(meta('meta[property="og:url"]')).pathname, path).toBe(path);
      else expect(meta('meta[property="og:url"]'), path).toBe(meta('link[rel="canonical"]', 'href'));
      expect(meta('meta[name="twitter:card"]'), path).toBe('summary_large_image');
    }
  });

  test('every figure has its own page and card', async ({ page }) => {
    await page.goto('/zh/figures/shortcut/?cue=60');
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/zh\/fig-shortcut\.png$/);
    const figure = await hydrated(page, 'shortcut');
    await expect(figure.locator('input[name="cue"]')).toHaveValue('60');
    expect(pngSize('dist/og/zh/fig-shortcut.png')).toEqual([1200, 630]);
  });

  test('robots.txt points at a sitemap that lists every page with its alternate language', async ({ page, request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Sitemap: .*\/sitemap-index\.xml/);
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    for (const path of ['/en/intervenable/', '/zh/intervenable/', '/en/sources/', '/en/figures/doing/']) expect(sitemap).toContain(path);
    expect(sitemap).toContain('hreflang="zh-Hans"');
    await page.goto('/');
  });

  test('a text fragment link scrolls to its text and nothing on the page breaks it', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/en/45-degree-law/#:~:text=what%20is%20ruled%20out%20is%20staying%20below');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#p-swings-1')).toBeInViewport();
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(errors).toEqual([]);
  });
});

test('a link to an id the landing no longer has lands where the id went', async ({ page }) => {
  await page.goto('/en/#fig-trajectory');
  await expect(page).toHaveURL(/\/en\/45-degree-law\/#fig-trajectory$/);
  await expect(page.locator('#fig-trajectory')).toBeInViewport();
});
