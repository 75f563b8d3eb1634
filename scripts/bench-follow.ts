/**
 * Follow-along latency: starts `npm run present` on loopback, opens a
 * presenter and three followers (English and Chinese) in Chromium, presses
 * the clicker's key through the deck and prints the p50/p95 delay from the
 * presenter's key press to each follower's slide change. Needs dist/ built.
 * Usage: node scripts/bench-follow.ts [presses]
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser.ts';
import { RELAY_ORIGIN, RELAY_TOKEN, startRelay, stopRelay } from '../e2e/relay.ts';

const presses = Number(process.argv[2] ?? 25);
const relay = await startRelay();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const open = async (path: string): Promise<Page> => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    // Each page notes when (wall clock, shared by all pages on this machine) a key went down and a slide came on screen.
    await page.addInitScript(() => {
      const log: { key: number[]; slide: [string, number][] } = { key: [], slide: [] };
      (window as unknown as { benchLog: typeof log }).benchLog = log;
      document.addEventListener('keydown', () => log.key.push(Date.now()), true);
      new MutationObserver((records) => {
        for (const record of records) {
          const slide = record.target as HTMLElement;
          if (slide.hasAttribute('data-current') && record.oldValue === null) log.slide.push([slide.id, Date.now()]);
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-current'], attributeOldValue: true });
    });
    await page.goto(`${RELAY_ORIGIN}${path}`);
    await page.locator('[data-follow-status]').waitFor();
    return page;
  };
  const presenter = await open(`/en/talk/?token=${RELAY_TOKEN}`);
  const followers = [await open('/en/talk/'), await open('/zh/talk/'), await open('/en/talk/')];
  await presenter.locator('html[data-follow="drive"]').waitFor({ state: 'attached' });
  // Slide moves only (a build step changes no slide): which key press brought each slide on.
  const pressedFor = new Map<string, number>();
  for (let i = 0; i < presses; i++) {
    const before = await presenter.locator('[data-slide][data-current]').getAttribute('id');
    await presenter.keyboard.press('ArrowRight');
    await presenter.waitForTimeout(150);
    const after = await presenter.locator('[data-slide][data-current]').getAttribute('id');
    const keyTime = await presenter.evaluate(() => (window as unknown as { benchLog: { key: number[] } }).benchLog.key.at(-1)!);
    if (after && after !== before) pressedFor.set(after, keyTime);
  }
  await presenter.waitForTimeout(500);
  const delays: number[] = [];
  for (const follower of followers) {
    const slides = await follower.evaluate(() => (window as unknown as { benchLog: { slide: [string, number][] } }).benchLog.slide);
    for (const [id, time] of slides) {
      const pressed = pressedFor.get(id);
      if (pressed !== undefined && time >= pressed) delays.push(time - pressed);
    }
  }
  delays.sort((a, b) => a - b);
  const quantile = (q: number) => delays[Math.min(delays.length - 1, Math.floor(q * delays.length))] ?? NaN;
  console.log(`follow-along: key press to follower slide change over ${delays.length} changes (${pressedFor.size} slides × ${followers.length} followers): p50 ${quantile(0.5)} ms, p95 ${quantile(0.95)} ms`);
} finally {
  await browser.close();
  await stopRelay(relay);
}
