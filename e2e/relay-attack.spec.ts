/**
 * `npm run present` attacked from loopback as a hostile audience member on a venue network could
 * (issue 31), every loop bounded in count and time: the hello flood with stored ink and clients that
 * never read (the server's memory stays under a stated bound and the site keeps answering), the
 * connection caps, WebSocket Origin, files beside dist/ reached with escaped dots and slashes (for
 * present.ts and serve.ts alike), status codes, and the presenter's secret kept out of the browser's
 * history and cache (a persistent Chromium profile, its History database replayed); and no client's first
 * message lost when the site's process hands its socket to the relay's while busy.
 */
import { expect, test, chromium } from '@playwright/test';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { DatabaseSync } from 'node:sqlite';
import type WebSocket from 'ws';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';
import { RELAY_PORT, openDriver, openSocket, opened, startRelay, stopRelay, treeMemory } from './relay';

test.describe.configure({ mode: 'serial' });

const PORT = RELAY_PORT + 1;
/** `npm run present`'s two processes together (the site and the relay) stay under this under the flood (MB of resident memory). */
const MEMORY_BOUND_MB = 300;
/** The server under test (PRESENT_SCRIPT points these specs at another version, to show they catch its faults). */
const SCRIPT = process.env.PRESENT_SCRIPT;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A GET with the path exactly as written (fetch would normalise it), answered as status and body. */
function rawGet(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', timeout: 5000 }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => done({ status: response.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', fail);
    req.end();
  });
}

/** Ink of about 60 KB for one slide (the most one message may carry is 64 KB). */
function heavyInk(seed: number) {
  const strokes = Array.from({ length: 8 }, (_, s) => ({ tool: 'pen', points: Array.from({ length: 1800 }, (_, i) => 100 + ((i * 37 + s * 11 + seed) % 900)) }));
  return strokes;
}

test('a flood of hellos from followers that never read, with 20 slides of ink stored, leaves memory bounded and the site answering', async () => {
  test.setTimeout(90_000);
  const relay = await startRelay({ port: PORT, script: SCRIPT });
  try {
    const driver = await openDriver(relay);
    await sleep(300);
    for (let i = 0; i < 20; i++) {
      const message = JSON.stringify({ t: 'ink', id: `attack-${i}`, strokes: heavyInk(i) });
      expect(message.length).toBeLessThan(64 * 1024);
      expect(message.length).toBeGreaterThan(55 * 1024);
      driver.send(message);
      await sleep(40);
    }
    driver.send(JSON.stringify({ t: 'go', id: 'title', step: 0 }));
    await sleep(500);
    const before = treeMemory(relay.child.pid!);

    // Eight attackers on four addresses, each saying hello 50 times a second (under the per-client rate) and never
    // reading; dropped, each comes back at once. Bounded: 12 s, 4,000 connections in all.
    const ATTACK_MS = 12_000;
    const stopAt = Date.now() + ATTACK_MS;
    let connections = 0;
    let peak = before;
    let aborted = false;
    const attacker = async (n: number) => {
      while (Date.now() < stopAt && connections < 4000 && !aborted) {
        connections++;
        const socket = openSocket(relay, { from: `127.0.0.${2 + (n % 4)}` });
        try {
          await opened(socket);
        } catch {
          await sleep(50);
          continue;
        }
        socket.pause();
        let closed = false;
        socket.once('close', () => (closed = true));
        while (!closed && Date.now() < stopAt && !aborted) {
          socket.send('{"t":"hello"}');
          await sleep(20);
        }
        socket.terminate();
      }
    };
    // The site, asked for a page every half second, answers each.
    const slowest: number[] = [];
    const reader = async () => {
      while (Date.now() < stopAt && !aborted) {
        const start = Date.now();
        try {
          const response = await fetch(`${relay.origin}/en/`, { signal: AbortSignal.timeout(10_000) });
          await response.arrayBuffer();
          slowest.push(response.status === 200 ? Date.now() - start : Infinity);
        } catch {
          slowest.push(Infinity);
        }
        await sleep(500);
      }
    };
    const watcher = async () => {
      while (Date.now() < stopAt) {
        const now = treeMemory(relay.child.pid!);
        peak = Math.max(peak, now);
        // Stop the attack the moment the bound is passed: the machine is shared.
        if (now > MEMORY_BOUND_MB * 1024) {
          aborted = true;
          return;
        }
        await sleep(200);
      }
    };
    await Promise.all([...Array.from({ length: 8 }, (_, n) => attacker(n)), reader(), watcher()]);
    console.log(`hello flood: ${connections} attacking connections in ${ATTACK_MS / 1000} s; server memory ${Math.round(before / 1024)} MB before, peak ${Math.round(peak / 1024)} MB (bound ${MEMORY_BOUND_MB} MB); slowest page ${Math.max(...slowest)} ms`);
    expect(aborted, `memory passed ${MEMORY_BOUND_MB} MB`).toBe(false);
    expect(peak).toBeLessThan(MEMORY_BOUND_MB * 1024);
    expect(slowest.length).toBeGreaterThan(10);
    // Not a speed gate: a site that answers at all within 10 s on a busy machine; one that died does not.
    expect(Math.max(...slowest), 'the site did not answer').toBeLessThan(10_000);
    // And the presenter, after all that, still reaches the room.
    const follower = openSocket(relay);
    await opened(follower);
    const got = new Promise<string>((done) => follower.on('message', (data) => String(data).includes('"state"') && String(data).includes('end') && done(String(data))));
    follower.send('{"t":"hello"}');
    await sleep(200);
    driver.send(JSON.stringify({ t: 'go', id: 'end', step: 0 }));
    expect(await Promise.race([got, sleep(5000).then(() => 'nothing')])).toContain('"end"');
    follower.terminate();
    driver.terminate();
  } finally {
    await stopRelay(relay);
  }
});

test('a follower that stops reading is dropped once its unsent data passes the limit; stored ink is bounded in bytes', async () => {
  test.setTimeout(90_000);
  const relay = await startRelay({ port: PORT, script: SCRIPT });
  const sleepers: WebSocket[] = [];
  try {
    const driver = await openDriver(relay);
    // Four followers say hello, then stop reading.
    const received = [0, 0, 0, 0];
    const closed = [false, false, false, false];
    for (let n = 0; n < 4; n++) {
      const socket = openSocket(relay, { from: '127.0.0.6' });
      sleepers.push(socket);
      await opened(socket);
      socket.on('message', () => received[n]!++);
      socket.on('close', () => (closed[n] = true));
      socket.send('{"t":"hello"}');
    }
    await sleep(300);
    sleepers.forEach((socket) => socket.pause());
    // The presenter draws on 160 slides, about 60 KB each (9.6 MB in all, more than loopback's socket buffers hold), within its rate.
    const SLIDES = 160;
    for (let i = 0; i < SLIDES; i++) {
      driver.send(JSON.stringify({ t: 'ink', id: `heavy-${i}`, strokes: heavyInk(i) }));
      if (i % 40 === 39) await sleep(1100);
    }
    await sleep(1500);
    // Reading again, each has been dropped before the whole drawing reached it.
    sleepers.forEach((socket) => socket.resume());
    await expect.poll(() => closed.every(Boolean), { timeout: 15_000 }).toBe(true);
    for (const count of received) expect(count).toBeLessThan(SLIDES);
    expect(driver.readyState).toBe(driver.OPEN);
    // A late joiner gets the stored ink: at most 2 MB of it, the most recent slides.
    const late = openSocket(relay);
    await opened(late);
    let bytes = 0;
    const ids: string[] = [];
    late.on('message', (data) => {
      bytes += String(data).length;
      const id = /"id":"(heavy-\d+)"/.exec(String(data))?.[1];
      if (id) ids.push(id);
    });
    late.send('{"t":"hello"}');
    await sleep(2000);
    console.log(`ink stored for a late joiner: ${ids.length} slides, ${Math.round(bytes / 1024)} KB`);
    expect(bytes).toBeLessThanOrEqual(2 * 1024 * 1024 + 1024);
    expect(ids.at(-1)).toBe(`heavy-${SLIDES - 1}`);
    late.terminate();
    driver.terminate();
  } finally {
    sleepers.forEach((socket) => socket.terminate());
    await stopRelay(relay);
  }
});

test('connections are capped in all and per address; a refused one leaves the site answering and a freed place is taken', async () => {
  test.setTimeout(60_000);
  const relay = await startRelay({ port: PORT, script: SCRIPT, args: ['--max-followers', '30', '--per-address', '10'] });
  const sockets: WebSocket[] = [];
  const tryOpen = async (from: string) => {
    const socket = openSocket(relay, { from });
    sockets.push(socket);
    try {
      await opened(socket);
      return 'open';
    } catch {
      return 'refused';
    }
  };
  try {
    for (let i = 0; i < 10; i++) expect(await tryOpen('127.0.0.2')).toBe('open');
    expect(await tryOpen('127.0.0.2')).toBe('refused');
    for (let i = 0; i < 10; i++) expect(await tryOpen('127.0.0.3')).toBe('open');
    for (let i = 0; i < 10; i++) expect(await tryOpen('127.0.0.4')).toBe('open');
    expect(await tryOpen('127.0.0.5')).toBe('refused');
    expect((await fetch(`${relay.origin}/en/talk/`)).status).toBe(200);
    sockets[0]!.close();
    await expect.poll(() => tryOpen('127.0.0.5'), { timeout: 5000 }).toBe('open');
  } finally {
    sockets.forEach((socket) => socket.terminate());
    await stopRelay(relay);
  }
});

test('while the site is busy serving pages, every client’s first message reaches the relay (none is read and lost in the handover)', async () => {
  test.setTimeout(60_000);
  // Each WebSocket is handed from the site's process to the relay's; until the relay acknowledges it, the site's
  // process still held the socket and read from it, throwing the bytes away. With the site busy, 1–6 of 400 hellos
  // were lost that way (the presenter's deck then never drove), in two of three runs of the old server.
  const relay = await startRelay({ port: PORT, script: SCRIPT });
  const pages = ['/en/', '/zh/', '/en/talk/', '/zh/talk/', '/en/sources/'];
  let serving = true;
  const busy = (async () => {
    while (serving) await Promise.all(pages.flatMap((path) => [path, path]).map((path) => fetch(relay.origin + path).then((r) => r.arrayBuffer()).catch(() => undefined)));
  })();
  const CLIENTS = 400;
  try {
    const answers = await Promise.all(
      Array.from(
        { length: CLIENTS },
        (_, n) =>
          new Promise<'answered' | 'lost' | 'refused'>((done) => {
            setTimeout(() => {
              // Twenty loopback addresses, under the per-address cap.
              const socket = openSocket(relay, { from: `127.0.0.${2 + (n % 20)}` });
              const timer = setTimeout(() => {
                socket.terminate();
                done('lost');
              }, 10_000);
              socket.on('open', () => socket.send(JSON.stringify({ t: 'hello' })));
              socket.on('message', () => {
                clearTimeout(timer);
                socket.close();
                done('answered');
              });
              socket.on('error', () => {
                clearTimeout(timer);
                done('refused');
              });
            }, n * 5);
          }),
      ),
    );
    expect({ lost: answers.filter((a) => a === 'lost').length, refused: answers.filter((a) => a === 'refused').length }).toEqual({ lost: 0, refused: 0 });
  } finally {
    serving = false;
    await busy;
    await stopRelay(relay);
  }
});

test('a WebSocket from another origin, or with none, is refused', async () => {
  const relay = await startRelay({ port: PORT, script: SCRIPT });
  try {
    const outcome = async (origin: string | null) => {
      try {
        await opened(openSocket(relay, { origin }));
        return 'open';
      } catch {
        return 'refused';
      }
    };
    expect(await outcome(relay.origin)).toBe('open');
    expect(await outcome(`http://localhost:${PORT}`)).toBe('open');
    expect(await outcome('http://evil.example')).toBe('refused');
    expect(await outcome(`http://attacker.example:${PORT}`)).toBe('refused');
    expect(await outcome('null')).toBe('refused');
    expect(await outcome(null)).toBe('refused');
  } finally {
    await stopRelay(relay);
  }
});

test('files beside dist/ are never served, unknown and malformed paths answer 404, by present.ts and serve.ts alike', async () => {
  test.setTimeout(60_000);
  // A layout like a presenter's folder: dist/ (the build) with a private file, an old build and an archive beside it.
  const dir = mkdtempSync(join(tmpdir(), 'present-layout-'));
  symlinkSync(resolve('dist'), join(dir, 'dist'));
  writeFileSync(join(dir, 'dist-private.txt'), 'PRIVATE-SIBLING');
  mkdirSync(join(dir, 'dist.old'));
  writeFileSync(join(dir, 'dist.old', 'secret.html'), '<p>SECRET-OLD-BUILD</p>');
  writeFileSync(join(dir, 'dist.zip'), 'ZIPPED-SECRET');
  const home = readFileSync('dist/index.html', 'utf8');
  const relay = await startRelay({ port: PORT, script: SCRIPT, cwd: dir });
  const servePort = PORT + 1;
  const serve = spawn(process.execPath, [resolve('scripts/serve.ts'), '--port', String(servePort), '--host', '127.0.0.1', '--dir', join(dir, 'dist')], { stdio: 'ignore' });
  try {
    await expect.poll(() => rawGet(servePort, '/en/').then((r) => r.status, () => 0), { timeout: 20_000 }).toBe(200);
    const attacks = ['/..%2Fdist-private.txt', '/%2e%2e%2fdist-private.txt', '/..%2fdist.old%2fsecret.html', '/%2E%2E%2Fdist.zip', '/en/..%2f..%2fdist-private.txt', '/..%5c..%5cdist-private.txt', '/%2e%2e/dist-private.txt', '/../dist-private.txt', '/.%2e/dist.old/secret.html'];
    for (const port of [relay.port, servePort]) {
      for (const path of attacks) {
        const answer = await rawGet(port, path);
        expect(answer.body, `${port} ${path}`).not.toMatch(/PRIVATE-SIBLING|SECRET-OLD-BUILD|ZIPPED-SECRET/);
        expect(answer.status, `${port} ${path}`).toBe(404);
      }
      for (const path of ['/no-such-page/', '/en/no-such-chapter', '/%ZZ', '/en/%E0%A4%A', '/%00', '/en/%00index.html']) {
        const answer = await rawGet(port, path);
        expect([400, 404], `${port} ${path}`).toContain(answer.status);
        expect(answer.body === home, `${port} ${path} answered the home page`).toBe(false);
      }
      expect((await rawGet(port, '/en/')).status).toBe(200);
      expect((await rawGet(port, '/en')).status).toBe(301);
    }
  } finally {
    serve.kill();
    await stopRelay(relay);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Every file under `dir`, with its path. */
function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) yield* files(path);
    else if (stat?.isFile()) yield path;
  }
}

test('after a presenter’s visit, nothing in the browser’s history, cache or session drives the talk', async ({ browser }) => {
  test.setTimeout(90_000);
  const relay = await startRelay({ port: PORT, script: SCRIPT });
  const profile = mkdtempSync(join(tmpdir(), 'presenter-profile-'));
  try {
    const link = await relay.presenterLink();
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 720 } });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(link);
    await expect(page.locator('html')).toHaveAttribute('data-follow', 'drive');
    await page.keyboard.press('PageDown');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-follow', 'drive');
    await page.goto(`${relay.origin}/en/`);
    // What drives now: the cookie's value (kept by the browser, the one place it lives) and any token a link carried.
    const secrets = [...(await context.cookies(relay.origin)).map((cookie) => cookie.value), ...new URL(link).searchParams.values()].filter((value) => value.length >= 16);
    await context.close();

    // The history, as Chromium stored it: replayed by a stranger, no address there drives.
    const copy = join(profile, 'History-copy');
    copyFileSync(join(profile, 'Default', 'History'), copy);
    const database = new DatabaseSync(copy, { readOnly: true });
    const urls = (database.prepare('SELECT url FROM urls').all() as { url: string }[]).map((row) => row.url).filter((url) => url.startsWith(relay.origin));
    database.close();
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls.slice(0, 20)) {
      const stranger = await browser.newContext();
      const other = await stranger.newPage();
      await other.goto(url);
      if (await other.locator('[data-talk]').count()) {
        await expect(other.locator('html')).toHaveAttribute('data-follow', /./);
        expect(await other.locator('html').getAttribute('data-follow'), url).not.toBe('drive');
      }
      await stranger.close();
    }
    // Nor does the secret sit in history, cache, session or any other file of the profile but the cookie jar.
    for (const file of files(profile)) {
      if (/[\\/]Cookies(-journal)?$/.test(file)) continue;
      const bytes = readFileSync(file);
      for (const secret of secrets) expect(bytes.includes(secret), `${file} holds the presenter's secret`).toBe(false);
    }
  } finally {
    await stopRelay(relay);
    rmSync(profile, { recursive: true, force: true });
  }
});
