/**
 * Screenshots (first screen; FULL=1 for whole pages) of every built page at phone and desktop width, light and dark,
 * with and without JavaScript, into reports/screenshots/. For looking at, not
 * for asserting. Needs the site served (npm run preview) on PREVIEW_PORT.
 * Usage: node scripts/screenshots.ts [path-filter] [css-selector to shoot alone]
 * (QUERY='?split=1' appends a query, to shoot a figure in a given state).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser.ts';
import { builtPages } from '../src/build/builtPages.ts';

const filter = process.argv[2] ?? '';
const selector = process.argv[3];
const out = 'reports/screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const path of builtPages().filter((p) => p.includes(filter))) {
  for (const [device, width, height] of [['phone', 390, 844], ['desktop', 1280, 800]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const js of [true, false]) {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, javaScriptEnabled: js, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(BASE_URL + path + (process.env.QUERY ?? ''), { waitUntil: 'networkidle' });
        // With JavaScript, figures are shot live (drawn at their real width), as a reader sees them once pointed at.
        if (js) {
          for (const figure of await page.locator('[data-figure]').all()) await figure.dispatchEvent('pointerover');
          await page.waitForFunction(() => [...document.querySelectorAll('[data-figure]')].every((f) => f.hasAttribute('data-hydrated')), undefined, { timeout: 10_000 }).catch(() => {});
          await page.waitForTimeout(150);
        }
        const name = `${path.replace(/\//g, '_') || 'root'}-${device}-${scheme}${js ? '' : '-nojs'}.png`;
        if (selector) await page.locator(selector).first().screenshot({ path: `${out}/el-${name}` });
        else await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
        await context.close();
      }
    }
  }
}
await browser.close();
console.log(`screenshots in ${out}/`);
