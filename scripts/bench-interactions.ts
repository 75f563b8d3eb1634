/**
 * Benchmark (prints figures; asserts nothing): how long the page takes to
 * answer a reader moving a figure's first slider, as the browser's Event
 * Timing API measures it (from the input to the next paint, in 8 ms steps),
 * at full speed and with the CPU throttled 4× (Chromium's
 * Emulation.setCPUThrottlingRate, about a mid-range Android phone):
 * - keyboard: 30 arrow-key steps, one every 50 ms (a key held down repeats
 *   about as fast), each `keydown` measured;
 * - drag: the thumb dragged across the track in 30 pointer moves, one every
 *   16 ms. Event Timing reports no pointermove (nor the `input` a drag
 *   fires), so each move is measured the same way by hand: from the event's
 *   time stamp to the end of the frame that follows it (a user-blocking task
 *   posted from a requestAnimationFrame callback that the move's first
 *   listener queues runs once that frame is drawn, ahead of the page's own
 *   tasks posted in the same frame).
 * Beside the figures, the same on the peer page: Observable Framework 1.13.4,
 * one Plot line chart and one Inputs range (bench/framework-peer, built here,
 * offline, with Framework's telemetry off). Event Timing reports only events
 * of 16 ms or more: a quantile that falls among the rest prints as "<16".
 * Usage: node scripts/bench-interactions.ts [--only trajectory,compute]
 *   (against a build served on PREVIEW_PORT; serves dist/ itself when nothing
 *   answers there; BENCH_DIST=other/dist serves another build)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, PREVIEW_PORT, assertChromium } from '../e2e/browser.ts';
import { figureLoaders } from '../src/figures/charts/registry.ts';

const STEPS = 30;
const KEY_GAP_MS = 50;
const MOVE_GAP_MS = 16;
const RATES = [1, 4] as const;
const PEER = 'bench/framework-peer';
const PEER_PORT = PREVIEW_PORT + 100;
const PEER_URL = `http://localhost:${PEER_PORT}`;

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const chosen = Object.keys(figureLoaders).filter((id) => !values.only || values.only.split(',').includes(id));
// A figure set only by presets or toggles (the causal diagram, the plane, the timeline, the measures) has no slider to move.
const withSlider = (id: string) => !existsSync(`dist/en/figures/${id}/index.html`) || readFileSync(`dist/en/figures/${id}/index.html`, 'utf8').includes('type="range"');
const figures = chosen.filter(withSlider);

const answers = (url: string) => fetch(url).then((r) => r.ok, () => false);
async function serve(dir: string, port: number, url: string): Promise<ChildProcess> {
  const server = spawn('node', ['scripts/serve.ts', '--port', String(port), '--dir', dir], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 60 && !(await answers(url)); i++) await new Promise((resolve) => setTimeout(resolve, 500));
  return server;
}

/** Builds the peer page with Framework, offline and with its telemetry off; serves it like dist/. */
function buildPeer(): void {
  if (!existsSync(`${PEER}/node_modules/.package-lock.json`)) {
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEER, stdio: 'ignore' });
    if (install.status !== 0) throw new Error(`npm ci in ${PEER} failed`);
  }
  const build = spawnSync('npx', ['observable', 'build'], { cwd: PEER, stdio: 'ignore', env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: 'true' } });
  if (build.status !== 0) throw new Error(`observable build in ${PEER} failed`);
  // scripts/serve.ts applies a build's _headers: the peer has none to apply.
  writeFileSync(`${PEER}/dist/_headers`, '');
}

interface Target {
  name: string;
  url: string;
  /** Brings the page to where its slider answers (the figure hydrated); returns the slider. */
  ready(page: Page): Promise<Locator>;
}

const figureTarget = (id: string): Target => ({
  name: id,
  url: `${BASE_URL}/en/figures/${id}/`,
  async ready(page) {
    const figure = page.locator(`[data-figure="${id}"]`);
    await figure.hover();
    await page.locator(`[data-figure="${id}"][data-hydrated]`).waitFor();
    // A slider folded under "More settings" is opened first, as a reader would.
    const more = figure.locator('[data-more]:not([open]) > summary');
    if ((await figure.locator('[data-controls] input[type="range"]:visible').count()) === 0 && (await more.count()) > 0) await more.first().click();
    return figure.locator('[data-controls] input[type="range"]').first();
  },
});

const peerTarget: Target = {
  name: 'Framework peer',
  url: `${PEER_URL}/`,
  async ready(page) {
    await page.locator('svg').first().waitFor();
    return page.locator('input[type="range"]').first();
  },
};

/** Event Timing entries of one kind since the observer started, and how many such events the page saw. */
async function collect(page: Page, type: string): Promise<{ durations: number[]; events: number }> {
  await page.waitForTimeout(600);
  return page.evaluate((type) => {
    const bench = (window as unknown as { __bench: { entries: { name: string; duration: number }[]; counts: Record<string, number> } }).__bench;
    return { durations: bench.entries.filter((e) => e.name === type).map((e) => e.duration), events: bench.counts[type] ?? 0 };
  }, type);
}

async function startObserving(page: Page, phase: 'key' | 'move'): Promise<void> {
  await page.evaluate((phase) => {
    const bench = { entries: [] as { name: string; duration: number }[], counts: {} as Record<string, number> };
    (window as unknown as { __bench: typeof bench }).__bench = bench;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.entries.push({ name: entry.name, duration: entry.duration });
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    for (const type of ['keydown', 'input']) document.addEventListener(type, () => (bench.counts[type] = (bench.counts[type] ?? 0) + 1), { capture: true });
    // When the chart shows the input: from the input's time stamp to the end of the frame after the first of
    // the figure's drawings (its runtime's figure:render event) that began after the input's listeners ran, so
    // drew its state (a drawing made in steps can end after an input it does not show: the event says when the
    // drawing began).
    // Only inputs that change a value count (an `input` event): a move within one step of a coarse slider has
    // nothing to draw. The input event's time stamp is the key's or the move's.
    // Called from an animation frame: runs once that frame is drawn, ahead of tasks the page queued in the same
    // frame (a user-blocking task outranks a posted message), so a drawing the page defers until after the frame
    // is not counted as part of the frame it follows.
    const afterFrame = (then: () => void) => {
      const scheduler = (globalThis as { scheduler?: { postTask(task: () => void, options: { priority: string }): Promise<void> } }).scheduler;
      if (scheduler) return void scheduler.postTask(then, { priority: 'user-blocking' });
      const channel = new MessageChannel();
      channel.port1.onmessage = then;
      channel.port2.postMessage(0);
    };
    let waiting: { name: string; at: number; handled: number }[] = [];
    document.addEventListener(
      'input',
      (event) => {
        const name = `drawn ${phase}`;
        bench.counts[name] = (bench.counts[name] ?? 0) + 1;
        waiting.push({ name, at: event.timeStamp, handled: performance.now() });
      },
      { capture: true },
    );
    document.addEventListener(
      'figure:render',
      (event) => {
        const began = (event as CustomEvent<{ began?: number } | null>).detail?.began ?? Infinity;
        const drawn = waiting.filter((input) => input.handled <= began);
        waiting = waiting.filter((input) => input.handled > began);
        requestAnimationFrame(() => afterFrame(() => drawn.forEach(({ name, at }) => bench.entries.push({ name, duration: performance.now() - at }))));
      },
      { capture: true },
    );
    // A drag's moves: input to the end of the next frame (see the opening comment).
    window.addEventListener(
      'pointermove',
      (event) => {
        if (event.buttons === 0) return;
        bench.counts.move = (bench.counts.move ?? 0) + 1;
        requestAnimationFrame(() => afterFrame(() => bench.entries.push({ name: 'move', duration: performance.now() - event.timeStamp })));
      },
      { capture: true },
    );
  }, phase);
}

/** p50 and p95 over every event: those Event Timing left out (under 16 ms) count as under 16, as do moves measured under 16. */
function quantiles({ durations, events }: { durations: number[]; events: number }): string {
  if (events === 0) return '—';
  const all = [...durations, ...Array<number>(Math.max(0, events - durations.length)).fill(0)].sort((a, b) => a - b);
  const at = (q: number) => {
    const value = all[Math.min(all.length - 1, Math.ceil(q * all.length) - 1)]!;
    return value < 16 ? '<16' : String(Math.round(value));
  };
  return `${at(0.5)} / ${at(0.95)}`;
}

async function measure(browser: Browser, target: Target, rate: number): Promise<Measured> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Nothing leaves the machine.
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(target.url);
  const slider = await target.ready(page);
  await slider.scrollIntoViewIfNeeded();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.waitForTimeout(300);

  // Keyboard: steps away from the nearer end, so that every step changes the value.
  const range = await slider.evaluate((input: HTMLInputElement) => ({ type: input.type, value: Number(input.value), min: Number(input.min), max: Number(input.max) }));
  const isRange = range.type === 'range';
  const key = !isRange ? 'Space' : range.value > (range.min + range.max) / 2 ? 'ArrowLeft' : 'ArrowRight';
  await slider.focus();
  await startObserving(page, 'key');
  for (let i = 0; i < STEPS; i++) {
    await page.keyboard.press(key);
    await page.waitForTimeout(KEY_GAP_MS);
  }
  const keys = quantiles(await collect(page, 'keydown'));
  const keysDrawn = quantiles(await collect(page, 'drawn key'));

  let drag = '—';
  let dragDrawn = '—';
  if (isRange) {
    await page.waitForTimeout(300);
    const now = await slider.evaluate((input: HTMLInputElement) => Number(input.value));
    const box = (await slider.boundingBox())!;
    const at = (value: number) => box.x + 8 + ((box.width - 16) * (value - range.min)) / (range.max - range.min);
    const from = at(now);
    // Across most of the track, away from the nearer end.
    const to = now > (range.min + range.max) / 2 ? box.x + box.width * 0.1 : box.x + box.width * 0.9;
    const y = box.y + box.height / 2;
    await page.mouse.move(from, y);
    await startObserving(page, 'move');
    await page.mouse.down();
    for (let i = 1; i <= STEPS; i++) {
      await page.mouse.move(from + ((to - from) * i) / STEPS, y);
      await page.waitForTimeout(MOVE_GAP_MS);
    }
    await page.mouse.up();
    drag = quantiles(await collect(page, 'move'));
    dragDrawn = quantiles(await collect(page, 'drawn move'));
  }
  await context.close();
  return { keys, drag, keysDrawn, dragDrawn };
}

interface Measured {
  keys: string;
  drag: string;
  /** Until the chart shows the input (the peer draws in the input's own frame: its Event Timing says it). */
  keysDrawn: string;
  dragDrawn: string;
}

const servers: ChildProcess[] = [];
try {
  assertChromium();
  if (!(await answers(`${BASE_URL}/en/`))) servers.push(await serve(process.env.BENCH_DIST ?? 'dist', PREVIEW_PORT, `${BASE_URL}/en/`));
  buildPeer();
  servers.push(await serve(`${PEER}/dist`, PEER_PORT, `${PEER_URL}/`));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  console.log(`Event Timing duration per interaction, p50 / p95 in ms (${STEPS} arrow-key steps; a ${STEPS}-move pointer drag), at 1× and 4× CPU throttle`);
  const without = chosen.filter((id) => !withSlider(id));
  if (without.length) console.log(`(no slider, so not measured here: ${without.join(', ')})`);
  const columns = ['keys 1×', 'drag 1×', 'keys 4×', 'drag 4×'];
  console.log('page'.padEnd(18) + columns.map((c) => c.padStart(14)).join(''));
  const drawnRows: string[] = [];
  for (const target of [...figures.map(figureTarget), peerTarget]) {
    const cells: string[] = [];
    const drawn: string[] = [];
    const results: Record<number, Measured> = {};
    for (const rate of RATES) results[rate] = await measure(browser, target, rate);
    for (const rate of RATES) cells.push(results[rate]!.keys, results[rate]!.drag);
    for (const rate of RATES) drawn.push(results[rate]!.keysDrawn, results[rate]!.dragDrawn);
    console.log(target.name.padEnd(18) + cells.map((c) => c.padStart(14)).join(''));
    if (target !== peerTarget) drawnRows.push(target.name.padEnd(18) + drawn.map((c) => c.padStart(14)).join(''));
  }
  console.log('\nUntil the chart shows the input (the control answers in the frame before), p50 / p95 in ms, the same inputs');
  console.log('page'.padEnd(18) + columns.map((c) => c.padStart(14)).join(''));
  for (const row of drawnRows) console.log(row);
  await browser.close();
} finally {
  for (const server of servers) {
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      // Already gone.
    }
  }
}
