import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser.ts';
const base = 'http://localhost:4429';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const shots: [string, string, boolean][] = [
  ['/en/imbalance/p/p-compute-2/', 'share-en', true],
  ['/zh/45-degree-law/p/p-plane-2/', 'share-zh', true],
  ['/en/imbalance/side-by-side/', 'sbs-en', false],
  ['/zh/45-degree-law/side-by-side/', 'sbs-zh', false],
];
for (const [path, name, stripRefresh] of shots) {
  for (const [device, width, height] of [['390', 390, 844], ['1280', 1280, 800]] as const) {
    const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
    const page = await context.newPage();
    if (stripRefresh) await page.route(base + path, async (route) => { const r = await route.fetch(); route.fulfill({ response: r, body: (await r.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') }); });
    await page.goto(base + path);
    await page.screenshot({ path: `/work/shots/29/${name}-${device}.png`, fullPage: name.startsWith('share') });
    await context.close();
  }
}
// The permalink menu with its twin and side-by-side links.
const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await context.newPage();
await page.goto(base + '/zh/imbalance/#p-compute-1');
await page.locator('#p-compute-1 .para-link').click();
await page.waitForTimeout(300);
await page.screenshot({ path: '/work/shots/29/menu-zh-390.png' });
await browser.close();
