import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { idsInBuild } from '../src/sources/anchorsCheck.ts';
import { DIST, fileOf, pageKind, representatives } from '../src/build/builtPages.ts';
import { isTalkPage, PAGES } from './site';

const CHAPTER = '45-degree-law';

test.describe('languages and routes', () => {
  for (const lang of ['en', 'zh'] as const) {
    test(`the ${lang} chapter renders with its title, figure and notes`, async ({ page }) => {
      await page.goto(`/${lang}/${CHAPTER}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-Hans');
      await expect(page.locator('h1')).toHaveCount(1);
      // Two panels; each holds a phone's and a desktop's build-time drawing until the figure wakes, one of them shown.
      await expect(page.locator('figure#fig-trajectory svg[role="img"]:visible')).toHaveCount(2);
      await expect(page.locator('#notes-heading')).toBeVisible();
    });
  }

  // Read from the built pages: the ids are in the HTML, and no script adds or removes one.
  const built = idsInBuild(DIST);
  // The glossary and the reference list sort in the reader's alphabet (pinyin in Chinese, and a source's label is
  // in the reader's language), so there the two languages share the ids, not their order.
  const sortedByLanguage = (page: string) => /\/(glossary|sources)\/$/.test(page);
  for (const page of Object.keys(built.en)) {
    const order = sortedByLanguage(page) ? '' : ', in the same order';
    test(`${page} in English and Chinese shares the same public ids (sections, paragraphs, figures, claims)${order}`, () => {
      // Every page but search (a box and its results) has sections, paragraphs or slides to link to.
      if (!page.endsWith('/search/')) expect(built.en[page]!.length).toBeGreaterThan(0);
      const [en, zh] = [built.en[page]!, built.zh[page]!].map((ids) => (order ? ids : [...ids].sort()));
      expect(zh).toEqual(en);
    });
  }

  test('the root serves the English landing with its canonical at /en/', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('every page has hreflang alternates for both languages', () => {
    for (const path of PAGES) {
      const html = readFileSync(fileOf(path), 'utf8');
      expect(html.match(/<link rel="alternate" hreflang="en"/g), path).toHaveLength(1);
      expect(html.match(/<link rel="alternate" hreflang="zh-Hans"/g), path).toHaveLength(1);
    }
  });

  // A deck fills the screen (its language switch is checked in talk.spec.ts); an embedded figure lives in another site's page.
  for (const path of representatives(PAGES).filter((p) => !isTalkPage(p) && !p.includes('/embed/'))) {
    test(`${path} shows its language switch (and so does every ${pageKind(path)} page)`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('a[data-keep-section]')).toBeVisible();
    });
  }

  test('switching language keeps the reader at the same section', async ({ page }) => {
    await page.goto(`/en/${CHAPTER}/`);
    await page.evaluate(() => document.getElementById('red-yellow-lines')?.scrollIntoView({ block: 'start' }));
    // The header stays in view, so the switch is at hand wherever the reader is.
    await expect(page.locator('a[data-keep-section]')).toBeInViewport();
    await page.locator('a[data-keep-section]').click();
    await expect(page).toHaveURL(new RegExp(`/zh/${CHAPTER}/#red-yellow-lines$`));
    await expect(page.locator('#red-yellow-lines')).toBeInViewport();
  });

  test('an unknown path, in either language, gets a helpful 404 linking real pages', async ({ page }) => {
    for (const path of ['/en/no-such-chapter/', '/zh/不存在/', '/fr/']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('main a[href="/en/"]')).toBeVisible();
      await expect(page.locator(`main a[href="/zh/${CHAPTER}/"]`)).toBeVisible();
    }
  });
});

test.describe('theme', () => {
  test('dark mode follows the system, and the toggle overrides it across pages without a flash', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/en/${CHAPTER}/`);
    const scheme = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    expect(await scheme()).toContain('dark');
    await page.locator('[data-theme-toggle]').click();
    expect(await scheme()).toBe('light');
    // The choice is applied by the head script before the first paint of the next page.
    await page.goto(`/zh/${CHAPTER}/`, { waitUntil: 'commit' });
    await page.waitForSelector('body');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  });
});

test.describe('print', () => {
  test('a printed chapter drops navigation and controls but keeps the figure, its table and its method', async ({ page }) => {
    await page.goto(`/en/${CHAPTER}/`);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.toc', '.controls', '.presets', '.chapter-nav', '.site-header nav']) {
      for (const node of await page.locator(chrome).all()) await expect(node).toBeHidden();
    }
    await expect(page.locator('figure#fig-trajectory svg[role="img"]').first()).toBeVisible();
    await expect(page.locator('figure#fig-trajectory table')).toBeVisible();
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  });
});
