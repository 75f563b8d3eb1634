/**
 * Following the speaker on one's own device, in one's own language (issue 18),
 * over `npm run present` on loopback: a presenter and followers in English
 * and Chinese through slides, steps and drawings; looking back and rejoining;
 * a late joiner; reconnecting after the relay's process restarts; the relay's security;
 * a bounded load test of 100 followers with drops; and no follow interface on
 * a static host.
 */
import { expect, test, type Page } from '@playwright/test';
import WebSocket from 'ws';
import { RELAY_ORIGIN, openDriver, openSocket, relayProcess, startRelay, stopRelay, type Relay } from './relay';

test.describe.configure({ mode: 'serial' });

let relay: Relay | undefined;
test.beforeAll(async () => {
  relay = await startRelay();
});
test.afterAll(() => stopRelay(relay));

const current = (page: Page) => page.locator('[data-slide][data-current]');

/** Expects every follower on the presenter's slide and build step. */
async function inStep(presenter: Page, followers: Page[]) {
  const id = await current(presenter).getAttribute('id');
  const step = await current(presenter).getAttribute('data-step');
  for (const follower of followers) {
    await expect(current(follower)).toHaveAttribute('id', id!);
    await expect(current(follower)).toHaveAttribute('data-step', step!);
  }
}

test('followers in English and Chinese follow the presenter’s slides, steps and drawings, look back and rejoin, and come back after the relay restarts', async ({ browser }) => {
  test.setTimeout(120_000);
  const open = async (path: string) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${RELAY_ORIGIN}${path}`);
    return page;
  };
  const link = await relay!.presenterLink();
  const presenter = await open(link.replace(relay!.origin, ''));
  await expect(presenter.locator('html')).toHaveAttribute('data-follow', 'drive');
  // The one-time link took the presenter to the deck; no secret is in its address or its page.
  expect(presenter.url()).toMatch(new RegExp(`^${RELAY_ORIGIN}/en/talk/(#[\\w-]+)?$`));
  expect(await presenter.content()).not.toContain(new URL(link).pathname.split('/')[2]!);
  const en = await open('/en/talk/');
  const zh = await open('/zh/talk/');
  for (const follower of [en, zh]) {
    await expect(follower.locator('html')).toHaveAttribute('data-follow', 'follow');
  }
  await expect(zh.locator('[data-follow-status]')).toHaveText('正在跟随演讲者');
  // Through slides and build steps: the compute slide has two.
  for (let press = 0; press < 6; press++) {
    await presenter.keyboard.press('PageDown');
    await inStep(presenter, [en, zh]);
  }
  await expect(current(presenter)).toHaveAttribute('data-step', '2');
  // A late joiner lands on the current slide.
  const late = await open('/zh/talk/');
  await inStep(presenter, [late]);
  // Drawings travel.
  await presenter.keyboard.press('d');
  await expect(presenter.locator('[data-ink-tools]')).toBeVisible();
  const size = presenter.viewportSize()!;
  await presenter.mouse.move(size.width * 0.3, size.height * 0.4);
  await presenter.mouse.down();
  await presenter.mouse.move(size.width * 0.5, size.height * 0.5, { steps: 6 });
  await presenter.mouse.up();
  for (const follower of [en, zh, late]) await expect(current(follower).locator('.ink path')).toHaveCount(1);
  await presenter.keyboard.press('Escape');
  // A follower looks back on its own, stays there while the speaker moves on, and rejoins with one tap.
  await en.keyboard.press('PageUp');
  await en.keyboard.press('PageUp');
  await en.keyboard.press('PageUp');
  await expect(en.locator('[data-rejoin]')).toBeVisible();
  const lookingAt = await current(en).getAttribute('id');
  await presenter.keyboard.press('PageDown');
  await inStep(presenter, [zh, late]);
  await expect(current(en)).toHaveAttribute('id', lookingAt!);
  await en.locator('[data-rejoin]').click();
  await inStep(presenter, [en]);
  await expect(en.locator('[data-rejoin]')).toBeHidden();
  // The relay's process dies and present.ts starts it again: followers reconnect (with backoff), the presenter drives again.
  process.kill(relayProcess(relay!)!, 'SIGKILL');
  await expect(zh.locator('[data-follow-status]')).toHaveText('正在重新连接演讲者……');
  // The site itself never went down.
  expect((await fetch(`${RELAY_ORIGIN}/en/`)).status).toBe(200);
  await expect(presenter.locator('[data-follow-status]')).toHaveText(/You are presenting/, { timeout: 15_000 });
  await expect(zh.locator('[data-follow-status]')).toHaveText('正在跟随演讲者', { timeout: 15_000 });
  await presenter.keyboard.press('PageDown');
  await inStep(presenter, [en, zh, late]);
  for (const page of [presenter, en, zh, late]) await page.context().close();
});

// After the restart above, on the relay present.ts started again. (Run first, on a fresh relay, until the handover
// of sockets to the relay lost a client's first message when the site was busy: issue 31.)
test('only the presenter drives; a follower that tries, a token in a hello, a second hello, a malformed, oversized or flooding client is dropped', async () => {
  expect(await outcome([JSON.stringify({ t: 'hello' })])).toBe('open');
  // A connection that must be dropped is waited for longer: it answers as soon as it closes, and on a machine whose
  // browsers take both cores (Chromium runs its processes at a higher priority than the relay's) 4 s was once not enough.
  const DROPPED = 20_000;
  expect(await outcome([JSON.stringify({ t: 'hello' }), JSON.stringify({ t: 'hello' })], DROPPED)).toBe('closed');
  expect(await outcome([JSON.stringify({ t: 'hello' }), JSON.stringify({ t: 'go', id: 'end', step: 0 })], DROPPED)).toBe('closed');
  expect(await outcome([JSON.stringify({ t: 'hello', token: 'guess' })], DROPPED)).toBe('closed');
  expect(await outcome(['{"t":"go","id":"<img src=x onerror=alert(1)>","step":0}'], DROPPED)).toBe('closed');
  expect(await outcome([JSON.stringify({ t: 'hello', pad: 'x'.repeat(70_000) })], DROPPED)).toBe('closed');
  expect(await outcome(Array.from({ length: 200 }, () => JSON.stringify({ t: 'hello' })), DROPPED)).toBe('closed');
  // The presenter, after all that, still drives.
  const driver = await openDriver(relay!);
  driver.send(JSON.stringify({ t: 'go', id: 'title', step: 0 }));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(driver.readyState).toBe(WebSocket.OPEN);
  driver.close();
});

test('on a phone a follower reads a scroll of slides with the speaker’s marked', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const phone = await context.newPage();
  await phone.goto(`${RELAY_ORIGIN}/en/talk/`);
  await expect(phone.locator('html')).toHaveAttribute('data-follow', 'follow');
  const driver = await openDriver(relay!);
  // Two moves, so that the phone is seen to follow (not merely to land where the last test left the talk).
  driver.send(JSON.stringify({ t: 'go', id: 'end', step: 0 }));
  await expect(current(phone)).toHaveAttribute('id', 'end');
  driver.send(JSON.stringify({ t: 'go', id: 's-45-degree-law-law', step: 0 }));
  await expect(current(phone)).toHaveAttribute('id', 's-45-degree-law-law');
  // Every slide is there to scroll, the speaker's in view and outlined.
  await expect(phone.locator('[data-slide]').nth(1)).toBeVisible();
  await expect(current(phone)).toBeInViewport();
  expect(await current(phone).evaluate((slide) => getComputedStyle(slide).outlineStyle)).toBe('solid');
  driver.close();
  await context.close();
});

/** Opens a raw relay connection and resolves with why it closed, or 'open' after `ms` when it stays open (long enough for a loaded machine to have closed it). */
function outcome(messages: string[], ms = 4000): Promise<string> {
  return new Promise((resolve) => {
    const socket = openSocket(relay!);
    socket.on('open', () => {
      for (const message of messages) socket.send(message);
      setTimeout(() => {
        resolve('open');
        socket.close();
      }, ms);
    });
    socket.on('close', () => resolve('closed'));
    socket.on('error', () => resolve('closed'));
  });
}

test('100 followers, a quarter dropped and reconnected mid-talk, all end on the presenter’s slide', async () => {
  test.setTimeout(60_000);
  const FOLLOWERS = 100;
  const ids = ['title', 's-imbalance', 's-imbalance-diagnosis', 's-imbalance-proxies', 's-imbalance-compute', 's-45-degree-law', 's-45-degree-law-law', 's-45-degree-law-below', 's-45-degree-law-swings', 's-45-degree-law-toy-model', 'end'];
  const last = new Map<number, string>();
  const sockets: WebSocket[] = [];
  const join = (n: number) =>
    new Promise<void>((resolve) => {
      // Four loopback addresses, as phones each have their own (the relay caps connections per address).
      const socket = openSocket(relay!, { from: `127.0.0.${2 + (n % 4)}` });
      sockets[n] = socket;
      socket.on('open', () => {
        socket.send(JSON.stringify({ t: 'hello' }));
        resolve();
      });
      socket.on('message', (data) => {
        const message = JSON.parse(data.toString()) as { t: string; id?: string };
        if (message.t === 'state') last.set(n, message.id!);
      });
    });
  await Promise.all(Array.from({ length: FOLLOWERS }, (_, n) => join(n)));
  const driver = await openDriver(relay!);
  for (const [i, id] of ids.entries()) {
    driver.send(JSON.stringify({ t: 'go', id, step: 0 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Mid-talk a quarter of the room loses the network, and comes back a moment later.
    if (i === 4) for (let n = 0; n < FOLLOWERS; n += 4) sockets[n]!.terminate();
    if (i === 7) await Promise.all(Array.from({ length: FOLLOWERS / 4 }, (_, k) => join(k * 4)));
  }
  await expect.poll(() => [...Array(FOLLOWERS).keys()].filter((n) => last.get(n) !== 'end').length, { timeout: 10_000 }).toBe(0);
  driver.close();
  sockets.forEach((socket) => socket.close());
});

test('on a static host (no relay) the deck shows no follow interface and opens no connection', async ({ page }) => {
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await page.goto('/en/talk/');
  await expect(current(page)).toHaveAttribute('id', 'title');
  await page.keyboard.press('PageDown');
  await expect(page.locator('html')).not.toHaveAttribute('data-follow', /./);
  await expect(page.locator('[data-follow-bar]')).toBeHidden();
  expect(sockets).toEqual([]);
});
