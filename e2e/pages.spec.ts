import { expect, test } from '@playwright/test';
import { PUBLIC_ID_SELECTOR } from '../src/lib/anchors.ts';
import { isTalkPage, PAGES } from './site';

const CHAPTER = '45-degree-law';

test.describe('languages and routes', () => {
  for (const lang of ['en', 'zh'] as const) {
    test(`the ${lang} chapter renders with its title, figure and notes`, async ({ page }) => {
      await page.goto(`/${lang}/${CHAPTER}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-Hans');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('figure#fig-trajectory svg[role="img"]')).toHaveCount(2);
      await expect(page.locator('#notes-heading')).toBeVisible();
    });
  }

  for (const path of PAGES.filter((p) => p.startsWith('/en/'))) {
    test(`${path} and its Chinese twin share the same public ids (sections, paragraphs, figures, claims), in the same order`, async ({ page }) => {
      const ids = async (target: string) => {
        await page.goto(target);
        return page.locator(PUBLIC_ID_SELECTOR).evaluateAll((nodes) => nodes.map((n) => n.id));
      };
      const en = await ids(path);
      // Every page but search (a box and its results) has sections, paragraphs or slides to link to.
      if (!path.endsWith('/search/')) expect(en.length).toBeGreaterThan(0);
      expect(await ids(path.replace(/^\/en\//, '/zh/'))).toEqual(en);
    });
  }

  test('the root serves the English landing with its canonical at /en/', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  for (const path of PAGES) {
    test(`${path} has hreflang alternates for both languages and a visible language switch`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
      await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveCount(1);
      // A deck fills the screen (its language switch is checked in talk.spec.ts); an embedded figure lives in another site's page.
      if (!isTalkPage(path) && !path.includes('/embed/')) await expect(page.locator('a[data-keep-section]')).toBeVisible();
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
