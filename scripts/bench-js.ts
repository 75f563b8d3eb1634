/**
 * Benchmark (prints figures; asserts nothing): the JavaScript a reader of the
 * 45° chapter downloads, in the scenario the comparison with Observable
 * Framework used: open /en/45-degree-law/ in Chromium, scroll through to the
 * end, move one slider. Prints every script file fetched (raw and brotli
 * bytes, brotli computed with node:zlib on the bytes as served) and the total
 * against the same kind of page built with Framework 1.13.4 (173.6 KB brotli
 * in 41 files, measured side by side once; see issue 19).
 * Usage: node scripts/bench-js.ts   (against a build served on PREVIEW_PORT;
 * starts `astro preview` itself when nothing answers there)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, PREVIEW_PORT, assertChromium } from '../e2e/browser.ts';

const PAGE = '/en/45-degree-law/';
/** Observable Framework 1.13.4, one Plot line figure and one range input, brotli (issue 19). */
const FRAMEWORK_KB = 173.6;

const answers = () => fetch(`${BASE_URL}/en/`).then((r) => r.ok, () => false);

let server: ChildProcess | undefined;
if (!(await answers())) {
  server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', 'localhost', '--port', String(PREVIEW_PORT)], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 60 && !(await answers()); i++) await new Promise((resolve) => setTimeout(resolve, 500));
}

try {
  assertChromium();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const scripts = new Map<string, Promise<Buffer>>();
  page.on('response', (response) => {
    if (/javascript/.test(response.headers()['content-type'] ?? '') && !scripts.has(response.url())) scripts.set(response.url(), response.body());
  });

  await page.goto(BASE_URL + PAGE, { waitUntil: 'networkidle' });
  // Scroll through as a reader does, a screen at a time, so each figure comes into view on its own.
  for (let i = 0; i < 200; i++) {
    const atEnd = await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2);
    if (atEnd) break;
    await page.mouse.wheel(0, 700);
    await page.waitForTimeout(150);
  }
  await page.waitForLoadState('networkidle');
  const slider = page.locator('[data-figure] [data-controls] input[type="range"]').first();
  await slider.scrollIntoViewIfNeeded();
  await page.locator('[data-figure][data-hydrated]').first().waitFor();
  await slider.focus();
  await slider.press('ArrowRight');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await browser.close();

  const rows = await Promise.all(
    [...scripts].map(async ([url, body]) => {
      const bytes = await body;
      return { file: new URL(url).pathname, raw: bytes.length, brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
    }),
  );
  const raw = rows.reduce((sum, row) => sum + row.raw, 0);
  const brotli = rows.reduce((sum, row) => sum + row.brotli, 0);
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(`JavaScript downloaded on ${PAGE} (load, scroll through, one slider move), in bytes`);
  console.log('file'.padEnd(72) + 'raw'.padStart(9) + 'brotli'.padStart(9));
  for (const row of rows) console.log(row.file.padEnd(72) + String(row.raw).padStart(9) + String(row.brotli).padStart(9));
  console.log(`${`total: ${rows.length} files`.padEnd(72)}${String(raw).padStart(9)}${String(brotli).padStart(9)}`);
  console.log(`= ${kb(raw)} KB raw, ${kb(brotli)} KB brotli (KB = 1024 bytes); Observable Framework 1.13.4, same kind of page: ${FRAMEWORK_KB} KB brotli in 41 files, ${(FRAMEWORK_KB / (brotli / 1024)).toFixed(2)}× this page`);
} finally {
  if (server?.pid) process.kill(-server.pid);
}
