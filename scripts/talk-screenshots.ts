/**
 * Screenshots of the talk as a projector shows it (1920 × 1080 and 1024 × 768),
 * of the overview and of the presenter view, into reports/screenshots/talk/.
 * For looking at, not for asserting. Needs the site served on PREVIEW_PORT.
 * Usage: node scripts/talk-screenshots.ts [lang] [slide-id …]
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser.ts';

const [lang = 'en', ...ids] = process.argv.slice(2);
const slides = ids.length > 0 ? ids : ['title', 's-45-degree-law-swings', 's-imbalance-compute', 's-intervenable-doing', 's-reflectable-unsafe-anyway', 's-approximate-alignment-evidence'];
const out = 'reports/screenshots/talk';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const [width, height] of [[1920, 1080], [1024, 768]] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
    const page = await context.newPage();
    for (const id of slides) {
      await page.goto(`${BASE_URL}/${lang}/talk/#${id}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${out}/${lang}-${id}-${width}-${scheme}.png` });
    }
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/${lang}-overview-${width}-${scheme}.png` });
    await context.close();
  }
}
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();
await page.goto(`${BASE_URL}/${lang}/talk/?view=presenter#${slides[1]}`, { waitUntil: 'networkidle' });
await page.waitForTimeout(400);
await page.screenshot({ path: `${out}/${lang}-presenter.png` });
await browser.close();
console.log(`screenshots in ${out}/`);
