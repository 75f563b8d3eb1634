/**
 * Deploying to a real host: the test server applies the build's `_headers`
 * file as Netlify and Cloudflare Pages do, so these checks see what readers
 * get. A chapter cannot be framed by another site; an embed can. Unknown pages
 * get the 404 page with status 404, online and offline, and `/en` without its
 * slash reaches the site.
 */
import { expect, test } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, PREVIEW_PORT } from './browser';

// The framing page is served from 127.0.0.1 and the site from localhost: Chromium's local network access
// checks would block that frame whatever the headers say, so they are off here (as in downloads.spec.ts).
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'] } });

test('pages carry the security headers, fingerprinted assets a long cache', async ({ request }) => {
  const chapter = await request.get('/en/45-degree-law/');
  const headers = chapter.headers();
  expect(headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
  expect(headers['content-security-policy']).not.toContain('wasm-unsafe-eval');
  expect(headers['strict-transport-security']).toMatch(/max-age=\d{8,}/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  // Only search runs WebAssembly.
  expect((await request.get('/zh/search/')).headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
  const embed = (await request.get('/zh/embed/trajectory/')).headers();
  expect(embed['content-security-policy']).not.toContain("frame-ancestors 'none'");
  expect(embed['x-frame-options']).toBeUndefined();
  const asset = /href="(\/_astro\/[^"]+\.css)"/.exec(await chapter.text())![1]!;
  expect((await request.get(asset)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('an unknown page is the 404 page with status 404; /en and /zh without the slash reach the site', async ({ request }) => {
  const missing = await request.get('/en/no-such-page/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('href="/en/"');
  for (const lang of ['en', 'zh']) {
    const home = await request.get(`/${lang}`, { maxRedirects: 0 });
    expect(home.status()).toBe(301);
    expect(home.headers().location).toBe(`/${lang}/`);
  }
});

test('another site can frame an embed but not a chapter', async ({ page }) => {
  const site = BASE_URL;
  const host = `http://127.0.0.1:${PREVIEW_PORT}/host.html`;
  await page.route(host, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Another site</title><iframe id="embed" src="${site}/en/embed/compute/"></iframe><iframe id="chapter" src="${site}/en/45-degree-law/"></iframe>` }),
  );
  await page.goto(host);
  await expect(page.frameLocator('#embed').locator('[data-figure="compute"]')).toBeVisible();
  // A refused frame stays empty: no heading of the chapter ever appears in it.
  await page.waitForLoadState('load');
  const chapter = page.frames().find((frame) => frame.url().includes('/en/45-degree-law/'));
  const heading = chapter ? await chapter.locator('h1').count().catch(() => 0) : 0;
  expect(heading).toBe(0);
});

test('offline, the service worker answers an unknown page with the 404 page and status 404, and /en with the landing', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/en/talk/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  const missing = await page.goto('/en/no-such-page/');
  expect(missing?.status()).toBe(404);
  await expect(page.locator('main a[href="/en/"]').first()).toBeVisible();
  await page.goto('/en');
  await expect(page.locator('main')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/$/);
  await context.close();
});

test('online, the service worker shows the server\'s 404 with its status', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/en/talk/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const missing = await page.goto('/zh/no-such-page/');
  expect(missing?.status()).toBe(404);
  await context.close();
});
