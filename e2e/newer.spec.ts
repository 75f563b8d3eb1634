/**
 * A reader whose offline copy is older than the site: the service worker
 * answers a page from its cache when the network takes over 3 s; when the
 * network's late answer is a newer version of the page (another stamp), the
 * worker keeps it and the page says so, and a reload shows the newer page.
 * The site is served here by a server of the test's own, which can serve a
 * "next build" of a page (its stamp changed) and hold its answers back.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { contentType, resolveStatic } from '../src/build/staticFiles';

const root = resolve('dist');
/** What the server does now: serve the next build's pages (a changed stamp and a marker in the title), after a delay. */
const mode = { next: '', delay: 0 };
let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const found = resolveStatic(root, request.url ?? '/');
    if (found.status === 301) return void response.writeHead(301, { Location: found.location }).end();
    let body: Buffer | string = readFileSync(found.file);
    const page = found.file.endsWith('.html');
    if (page && mode.next) body = body.toString('utf8').replace(/(<meta name="ai45-page" content=")[^"]*/, `$1${mode.next}`).replace('<title>', `<title>${mode.next} `);
    const send = () => response.writeHead(found.status, { 'Content-Type': contentType(found.file) }).end(body);
    if (page && mode.delay) setTimeout(send, mode.delay);
    else send();
  });
  await new Promise<void>((done) => server.listen(0, 'localhost', done));
  const address = server.address();
  origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

test.beforeEach(() => {
  mode.next = '';
  mode.delay = 0;
});

for (const lang of ['en', 'zh'] as const) {
  test(`on a slow link a page from the offline cache says when a newer version exists (${lang}), and a reload shows it`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/${lang}/talk/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const chapter = `${origin}/${lang}/45-degree-law/`;
    const stampOf = () => page.locator('meta[name="ai45-page"]').getAttribute('content');
    await page.goto(chapter);
    const old = await stampOf();
    expect(old).toMatch(/^[0-9a-f]{12}$/);
    // The same page, late: the cached copy is shown, and nothing is said.
    mode.delay = 4500;
    await page.goto(chapter);
    await page.waitForTimeout(3000);
    await expect(page.locator('.newer-version')).toHaveCount(0);
    // The next build's page, late: the cached copy is shown first, then the notice.
    mode.next = 'fedcba987654';
    await page.goto(chapter);
    expect(await stampOf()).toBe(old);
    const notice = page.locator('.newer-version[role="status"]');
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await expect(notice).toContainText(lang === 'en' ? 'A newer version of this page exists.' : '本页已有更新的版本。');
    await expect(notice).toBeInViewport();
    // Reloading, on the same slow link, gives the newer page (the worker kept it), and says nothing more.
    await notice.getByRole('button', { name: lang === 'en' ? 'Reload' : '重新加载' }).click();
    await expect.poll(stampOf, { timeout: 15_000 }).toBe('fedcba987654');
    await expect(page).toHaveTitle(/^fedcba987654 /);
    await page.waitForTimeout(2500);
    await expect(page.locator('.newer-version')).toHaveCount(0);
    await context.close();
  });
}
