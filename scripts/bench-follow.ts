/**
 * Follow-along latency: starts `npm run present` on loopback, opens a
 * presenter and three followers (English and Chinese) in Chromium, presses
 * the clicker's key through the deck and prints the p50/p95 delay from the
 * presenter's key press to each follower's slide change; then joins 2,000
 * followers over the relay (from 100 loopback addresses, 20 each, as a hall
 * of phones has its own addresses) and prints how long one slide change
 * takes to reach all of them, and the server's memory. Needs dist/ built.
 * Usage: node scripts/bench-follow.ts [presses] [followers]
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser.ts';
import type WebSocket from 'ws';
import { RELAY_ORIGIN, openDriver, openSocket, opened, startRelay, stopRelay, treeMemory } from '../e2e/relay.ts';

const presses = Number(process.argv[2] ?? 25);
const hall = Number(process.argv[3] ?? 2000);
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
  const presenter = await open((await relay.presenterLink()).replace(RELAY_ORIGIN, ''));
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
  await browser.close();

  // A hall: `hall` followers join, then the presenter changes the slide once.
  const idle = treeMemory(relay.child.pid!);
  const joinStart = performance.now();
  const sockets: WebSocket[] = [];
  const arrived: number[] = [];
  let changedAt = 0;
  for (let batch = 0; batch < hall; batch += 100) {
    await Promise.all(
      Array.from({ length: Math.min(100, hall - batch) }, async (_, k) => {
        const n = batch + k;
        const socket = openSocket(relay, { from: `127.0.1.${1 + (n % 100)}` });
        sockets.push(socket);
        await opened(socket);
        socket.on('message', (data) => {
          if (changedAt && String(data).includes('"s-imbalance-diagnosis"')) arrived.push(performance.now() - changedAt);
        });
        socket.send('{"t":"hello"}');
      }),
    );
  }
  const joined = performance.now() - joinStart;
  const driver = await openDriver(relay);
  await new Promise((r) => setTimeout(r, 1000));
  const before = treeMemory(relay.child.pid!);
  changedAt = performance.now();
  driver.send(JSON.stringify({ t: 'go', id: 's-imbalance-diagnosis', step: 0 }));
  const deadline = Date.now() + 30_000;
  while (arrived.length < hall && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  arrived.sort((a, b) => a - b);
  const at = (q: number) => (arrived[Math.min(arrived.length - 1, Math.floor(q * arrived.length))] ?? NaN).toFixed(0);
  const stillOpen = sockets.filter((socket) => socket.readyState === socket.OPEN).length;
  if (stillOpen < hall) console.log(`(${hall - stillOpen} of the hall's connections closed before the end)`);
  console.log(`follow-along, a hall: ${hall} followers joined in ${(joined / 1000).toFixed(1)} s; one slide change reached ${arrived.length} of them: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, last ${at(1)} ms; server memory (site + relay) ${Math.round(idle / 1024)} MB idle, ${Math.round(before / 1024)} MB with the hall`);
  sockets.forEach((socket) => socket.terminate());
  driver.terminate();
} finally {
  await browser.close();
  await stopRelay(relay);
}
