/**
 * Search (issue 9): Pagefind over both languages, each page searching its
 * own language only, opened with / or the header's button, usable by keyboard.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, watchErrors } from './site';

test('the / key opens search from any page; typing finds English chapters only, linked to the matching section', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/45-degree-law/');
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/en\/search\/$/);
  const input = page.getByRole('searchbox');
  await expect(input).toBeFocused();
  await page.keyboard.type('reward hacking');
  const results = page.locator('[data-search-results] a');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('[data-search-status]')).toHaveText(/\d+ pages? found/);
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/en\//);
  expect(hrefs.some((href) => href.startsWith('/en/approximate-alignment/'))).toBe(true);
  await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
  // The query is in the address, so a search can be linked and reopened.
  await expect(page).toHaveURL(/\?q=reward%20hacking$/);
  // Keyboard: Tab from the box passes its button and reaches the first result; Enter follows it.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/[a-z0-9-]+\//);
  expect(errors).toEqual([]);
});

test('the Chinese search finds Chinese pages only, from a link with its query', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`/zh/search/?q=${encodeURIComponent('核聚变')}`);
  const results = page.locator('[data-search-results] a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).toMatch(/^\/zh\//);
  expect(hrefs.some((href) => href.startsWith('/zh/climbing-the-ladder/'))).toBe(true);
  await expect(page.locator('[data-search-status]')).toHaveText(/找到 \d+ 个页面/);
  expect(errors).toEqual([]);
});

test('a search with no match says so, and the header button opens search; words typed before the script arrives are searched', async ({ page }) => {
  await page.goto('/zh/');
  // The search page's script arrives late, as on a slow connection: the reader types first.
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.locator('a[data-search]').click();
  await expect(page).toHaveURL(/\/zh\/search\/$/);
  await page.getByRole('searchbox').fill('鳄鱼');
  await expect(page.locator('[data-search-status]')).toHaveText(/没有找到/);
  await expect(page.locator('[data-search-results] li')).toHaveCount(0);
});

test('axe finds no violations on the search page with results', async ({ page }) => {
  await page.goto('/en/search/?q=causal');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
