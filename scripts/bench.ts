/**
 * Benchmark (prints figures; asserts nothing): build time, bytes per page,
 * how long each live figure takes to re-render after a control changes
 * (p50 and p95 over 200 changes), in headless Chromium, and Lighthouse's
 * performance score, LCP, TBT and CLS for every page (mobile preset), the
 * Event Timing duration of keyboard steps and slider drags on every figure at
 * 1× and 4× CPU throttle beside an Observable Framework page
 * (scripts/bench-interactions.ts), and
 * the JavaScript a reader of one chapter downloads (scripts/bench-js.ts), and
 * the follow-along delay over the talk relay (scripts/bench-follow.ts). These
 * are times, so they are printed here rather than gated by `npm test`.
 * Usage: npm run bench   (builds, serves the build on PREVIEW_PORT, measures)
 */
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, PREVIEW_PORT } from '../e2e/browser.ts';
import { measureSite, printMeasures } from './measure.ts';
import { lighthousePages, lighthouseRows } from './lighthouse.ts';
import { builtPages, fileOf } from '../src/build/builtPages.ts';
import { readFileSync } from 'node:fs';

const CHANGES = 200;

const buildStart = performance.now();
const build = spawnSync('npx', ['astro', 'build'], { stdio: 'ignore' });
if (build.status !== 0) throw new Error('astro build failed');
console.log(`build: ${((performance.now() - buildStart) / 1000).toFixed(1)} s\n`);

printMeasures(measureSite());

// Astro allows one preview server per project unless told `--ignore-lock`: the bench runs beside one left running (say, from `npm run preview`).
const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', 'localhost', '--port', String(PREVIEW_PORT)], { stdio: 'ignore', detached: true });
try {
  for (let i = 0; i < 60; i++) {
    if (await fetch(`${BASE_URL}/en/`).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  console.log(`\nre-render after a control change, ${CHANGES} changes per figure (ms)`);
  console.log('page'.padEnd(34) + 'figure'.padEnd(18) + 'hydrate'.padStart(9) + 'p50'.padStart(8) + 'p95'.padStart(8) + 'max'.padStart(8));
  for (const path of builtPages()) {
    const ids = [...readFileSync(fileOf(path), 'utf8').matchAll(/data-figure="([\w-]+)"/g)].map((m) => m[1]!);
    // A deck shows one slide at a time (and may show a figure on two slides): each figure is measured on its own slide's address.
    const deck = /\/talk\//.test(path);
    for (const [n, id] of ids.entries()) {
      await page.goto(BASE_URL + path);
      const figure = deck ? page.locator('[data-figure]').nth(n) : page.locator(`[data-figure="${id}"]`);
      if (deck) {
        const slide = await figure.evaluate((el) => el.closest('[data-slide]')?.id ?? '');
        await page.goto(`${BASE_URL}${path}#${slide}`);
        await page.reload();
      }
      const hydrateStart = Date.now();
      await figure.scrollIntoViewIfNeeded();
      // A figure already on screen at load waits for the reader to point at it.
      await figure.dispatchEvent('pointerover');
      await figure.and(page.locator('[data-hydrated]')).waitFor();
      const hydrateMs = Date.now() - hydrateStart;
      // The full drawing, timed by the runtime itself: a control's input event only asks for a frame.
      const times = await figure.evaluate(async (root, changes) => {
        type Live = { state: Record<string, number>; render(state: Record<string, number>): number };
        const live = await new Promise<Promise<Live>>((resolve) => root.dispatchEvent(new CustomEvent('figure:hydrate', { detail: resolve, bubbles: true }))).then((p) => p);
        const inputs = [...root.querySelectorAll<HTMLInputElement>('[data-controls] input[data-param]')];
        const out: number[] = [];
        for (let i = 0; i < changes && inputs.length > 0; i++) {
          const input = inputs[i % inputs.length]!;
          const key = input.dataset.param!;
          // A slider moves across its range; a toggle (the timeline's only control) flips.
          const value = input.type === 'checkbox' ? 1 - (live.state[key] ?? 0) : Number(input.min) + Math.round(((Number(input.max) - Number(input.min)) * ((i * 37) % 101)) / 100 / Number(input.step)) * Number(input.step);
          out.push(live.render({ ...live.state, [key]: value }));
        }
        return out.sort((a, b) => a - b);
      }, CHANGES);
      const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
      console.log(path.padEnd(34) + (deck ? `${id}#${n + 1}` : id).padEnd(18) + String(hydrateMs).padStart(9) + at(0.5).padStart(8) + at(0.95).padStart(8) + times[times.length - 1]!.toFixed(1).padStart(8));
    }
  }
  await browser.close();

  // Event Timing per interaction on every figure, at 1× and 4× CPU throttle, beside Observable Framework's one-slider page.
  console.log('');
  spawnSync('node', ['scripts/bench-interactions.ts'], { stdio: 'inherit' });

  // The JavaScript a reader of the 45° chapter downloads (load, scroll, one slider), beside Observable Framework's.
  console.log('');
  spawnSync('node', ['scripts/bench-js.ts'], { stdio: 'inherit' });

  // Following a talk: the delay from the presenter's key press to each follower's slide change, over the relay.
  console.log('');
  spawnSync('node', ['scripts/bench-follow.ts'], { stdio: 'inherit' });

  console.log('\nLighthouse, mobile preset (scores out of 100; LCP and TBT under simulated throttling)');
  await lighthouseRows(lighthousePages(), { performance: true });
} finally {
  try {
    process.kill(-server.pid!);
  } catch {
    // The server has already exited.
  }
}
