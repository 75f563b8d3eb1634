/**
 * Talk mode (issue 8): clicker keys through whole decks, slide addresses,
 * build steps, the presenter view in step with the audience window, offline
 * use after one visit, one printed page per slide, and axe on the deck.
 */
import { expect, test, type Page } from '@playwright/test';
import { representatives } from '../src/build/builtPages';
import { BASE_URL } from './browser';
import { axeViolations, hydrated, TALK_PAGES, watchErrors } from './site';

const ORIGIN = new URL(BASE_URL).origin;

const current = (page: Page) => page.locator('[data-slide][data-current]');

/** Each slide's id and number of build steps, in order, as the page declares them. */
function deckOf(page: Page): Promise<{ id: string; steps: number; figure: boolean }[]> {
  return page.locator('[data-slide]').evaluateAll((slides) =>
    slides.map((slide) => ({
      id: slide.id,
      steps: (JSON.parse((slide as HTMLElement).dataset.steps ?? '[]') as unknown[]).length,
      figure: slide.querySelector('[data-figure]') !== null,
    })),
  );
}

for (const lang of ['en', 'zh'] as const) {
  test(`the whole ${lang} talk can be walked with a clicker's keys, every build step included, within its CSP and origin`, async ({ page }) => {
    const foreign: string[] = [];
    await page.route('**/*', (route) => (route.request().url().startsWith(ORIGIN) ? route.continue() : (foreign.push(route.request().url()), route.abort())));
    await page.addInitScript(() => {
      (window as unknown as { csp: string[] }).csp = [];
      document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { csp: string[] }).csp.push(event.violatedDirective));
    });
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/${lang}/talk/`);
    const deck = await deckOf(page);
    expect(deck.length).toBeGreaterThan(20);
    expect(deck.filter((slide) => slide.figure).length).toBeGreaterThanOrEqual(5);
    const keys = ['PageDown', 'ArrowRight', ' ', 'ArrowDown'];
    let presses = 0;
    for (const [i, slide] of deck.entries()) {
      await expect(current(page)).toHaveAttribute('id', slide.id);
      await expect(page).toHaveURL(new RegExp(`#${slide.id}$`));
      await expect(current(page).locator('h2')).toBeVisible();
      if (slide.figure) {
        await expect(current(page).locator('[data-figure]')).toHaveAttribute('data-hydrated', '');
        await expect(current(page).locator('svg[role="img"]').first()).toBeVisible();
      }
      for (let step = 1; step <= slide.steps; step++) {
        await page.keyboard.press(keys[presses++ % keys.length]!);
        await expect(current(page)).toHaveAttribute('data-step', String(step));
        await expect(current(page)).toHaveAttribute('id', slide.id);
      }
      if (i < deck.length - 1) await page.keyboard.press(keys[presses++ % keys.length]!);
    }
    // Past the end stays at the end.
    await page.keyboard.press('PageDown');
    await expect(current(page)).toHaveAttribute('id', deck.at(-1)!.id);
    await page.keyboard.press('Home');
    await expect(current(page)).toHaveAttribute('id', deck[0]!.id);
    await page.keyboard.press('End');
    await expect(current(page)).toHaveAttribute('id', deck.at(-1)!.id);
    // A number, then Enter, jumps.
    const target = deck.findIndex((slide) => slide.steps > 0);
    for (const digit of String(target + 2)) await page.keyboard.press(digit);
    await expect(page.locator('[data-goto]')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(current(page)).toHaveAttribute('id', deck[target + 1]!.id);
    // Going back enters the previous slide with all its build steps shown.
    await page.keyboard.press('PageUp');
    await expect(current(page)).toHaveAttribute('id', deck[target]!.id);
    await expect(current(page)).toHaveAttribute('data-step', String(deck[target]!.steps));
    await page.keyboard.press('ArrowLeft');
    await expect(current(page)).toHaveAttribute('data-step', String(deck[target]!.steps - 1));
    // B blacks the screen out and back; Escape opens the overview, where a click picks a slide.
    await page.keyboard.press('b');
    await expect(page.locator('[data-black]')).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.locator('[data-black]')).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).toHaveAttribute('data-overview', '');
    await expect(page.locator('[data-slide]').nth(2)).toBeVisible();
    await page.locator('[data-slide]').nth(2).click();
    await expect(page.locator('html')).not.toHaveAttribute('data-overview', '');
    await expect(current(page)).toHaveAttribute('id', deck[2]!.id);
    // The language switch keeps the slide.
    await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', new RegExp(`/${lang === 'en' ? 'zh' : 'en'}/talk/#${deck[2]!.id}$`));
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { csp: string[] }).csp)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('build steps reveal parts of a figure one press at a time, then move it to a new state', async ({ page }) => {
  await page.goto('/en/talk/#s-45-degree-law-swings');
  const figure = current(page).locator('[data-figure]');
  await expect(figure).toHaveAttribute('data-hydrated', '');
  await expect(figure.locator('svg .m-path.build-hidden')).toHaveCount(2);
  await expect(figure.locator('input[data-param="split"]')).toHaveValue('50');
  await page.keyboard.press('PageDown');
  await expect(figure.locator('svg .m-path.build-hidden')).toHaveCount(0);
  await expect(figure.locator('svg .m-path')).toHaveCount(2);
  const balanced = await figure.locator('[data-status]').textContent();
  await page.keyboard.press('PageDown');
  await expect(figure.locator('input[data-param="split"]')).toHaveValue('1');
  await expect(figure.locator('[data-status]')).not.toHaveText(balanced!);
  // A control moved by hand re-renders without undoing the build (the audience window shows controls on C).
  await page.keyboard.press('c');
  await figure.locator('input[data-param="split"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(figure.locator('input[data-param="split"]')).toHaveValue('2');
  await expect(figure.locator('svg .m-path.build-hidden')).toHaveCount(0);
  // Arrow keys belong to the slider while it has focus; the clicker's PageUp still steps back.
  await expect(current(page)).toHaveAttribute('id', 's-45-degree-law-swings');
  await page.keyboard.press('PageUp');
  await expect(figure.locator('input[data-param="split"]')).toHaveValue('50');
  // A panel hidden by a build step (the intervention chapter's sweep) keeps its place and appears on its press.
  await page.goto('/en/talk/#s-intervenable-doing');
  const doing = current(page).locator('[data-figure]');
  await expect(doing).toHaveAttribute('data-hydrated', '');
  await expect(doing.locator('[data-panel]').nth(1)).toHaveClass(/build-hidden/);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(doing.locator('[data-panel]').nth(1)).not.toHaveClass(/build-hidden/);
});

// The whole deck and one chapter's deck in each language: every chapter deck is the whole deck's slides, by the same code.
for (const path of representatives(TALK_PAGES)) {
  test(`every slide address of ${path} opens its slide`, async ({ page }) => {
    await page.goto(path);
    const deck = await deckOf(page);
    // Every address as a jump within the open deck (the hashchange path)...
    const missed = await page.evaluate(async (ids) => {
      const wrong: string[] = [];
      for (const id of ids) {
        location.hash = id;
        await new Promise((resolve) => setTimeout(resolve, 0));
        const shown = document.querySelectorAll<HTMLElement>('[data-slide][data-current]');
        if (shown.length !== 1 || shown[0]!.id !== id || !shown[0]!.querySelector('h2')?.checkVisibility()) wrong.push(id);
      }
      return wrong;
    }, deck.map((slide) => slide.id));
    expect(missed).toEqual([]);
    // ...and as a fresh page load (the path a shared link takes): every slide of a chapter's deck, every sixth and
    // the last of the whole deck. A query the deck ignores makes each a load rather than a jump; the deck script
    // has run by DOMContentLoaded (a module script), so the test need not wait for images.
    const chapterDeck = /\/talk\/[^/]+\/$/.test(path);
    for (const [i, slide] of deck.entries()) {
      if (!chapterDeck && i % 6 !== 0 && i !== deck.length - 1) continue;
      await page.goto(`${path}?load=${i}#${slide.id}`, { waitUntil: 'domcontentloaded' });
      await expect(current(page)).toHaveAttribute('id', slide.id);
      await expect(current(page).locator('h2')).toBeVisible();
    }
    // An address that names no slide opens the first.
    await page.goto(`${path}?load=none#no-such-slide`, { waitUntil: 'domcontentloaded' });
    await expect(current(page)).toHaveAttribute('id', deck[0]!.id);
  });
}

test('S opens a presenter view with the next slide, the notes and a timer, kept in step both ways', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/en/talk/#s-imbalance-proxies');
  const deck = await deckOf(page);
  const at = deck.findIndex((slide) => slide.id === 's-imbalance-proxies');
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await presenter.waitForLoadState();
  await expect(presenter.locator('html')).toHaveAttribute('data-talk', 'presenter');
  await expect(current(presenter)).toHaveAttribute('id', 's-imbalance-proxies');
  await expect(presenter.locator('[data-slide][data-next]')).toHaveAttribute('id', deck[at + 1]!.id);
  const notes = await page.locator('#s-imbalance-proxies + .notes [data-notes]').textContent();
  await expect(presenter.locator('[data-notes-slot]')).toHaveText(notes!);
  await expect(presenter.locator('[data-timer]')).toHaveText(/^\d+:\d\d$/);
  // The presenter moves the audience…
  await presenter.keyboard.press('PageDown');
  await expect(current(page)).toHaveAttribute('id', deck[at + 1]!.id);
  await expect(page.locator('[data-figure][data-hydrated]').first()).toBeAttached();
  // …and the audience window (or its clicker) moves the presenter.
  await page.keyboard.press('PageDown');
  await expect(current(presenter)).toHaveAttribute('data-step', '1');
  await expect(current(page)).toHaveAttribute('data-step', '1');
  // A figure moved by hand in one window moves in the other.
  const share = (p: Page) => current(p).locator('input[data-param="share"]');
  await expect(current(presenter).locator('[data-figure]')).toHaveAttribute('data-hydrated', '');
  await share(presenter).focus();
  await presenter.keyboard.press('ArrowRight');
  await expect(share(page)).toHaveValue(String(Number(await share(presenter).inputValue())));
  await expect(share(page)).not.toHaveValue('1.8');
  // Black screen follows too.
  await presenter.locator('main').focus();
  await presenter.keyboard.press('b');
  await expect(page.locator('[data-black]')).toBeVisible();
  await presenter.keyboard.press('b');
  await expect(page.locator('[data-black]')).toBeHidden();
  // Pacing: the planned length gives a time per slide, and the talk is plainly ahead, on time or behind.
  await presenter.locator('[data-planned]').fill(String(deck.length));
  await expect(presenter.locator('[data-pace]')).toHaveText(/^1:00 per slide · ahead by \d+:\d\d$/);
  await presenter.locator('main').focus();
  await presenter.keyboard.press('Home');
  // A one-minute talk gives the title slide under two seconds: it soon runs over.
  await presenter.locator('[data-planned]').fill('1');
  await expect(presenter.locator('[data-pace]')).toHaveText(/ · behind by \d+:\d\d$/);
});

test('after one visit the site and the talk work with no network, figures included', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/en/talk/');
  // Ready means installed: every file of the site is in the cache.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.goto('/en/talk/#s-intervenable-doing');
  await expect(current(page)).toHaveAttribute('id', 's-intervenable-doing');
  await expect(current(page).locator('[data-figure]')).toHaveAttribute('data-hydrated', '');
  await page.keyboard.press('PageDown');
  await expect(current(page)).toHaveAttribute('data-step', '1');
  await page.reload();
  await expect(current(page)).toHaveAttribute('id', 's-intervenable-doing');
  // Pages never opened before, with a figure state in the link.
  await page.goto('/zh/45-degree-law/?split=1');
  await expect(page.locator('h1')).toBeVisible();
  const figure = await hydrated(page, 'trajectory');
  await expect(figure.locator('input[data-param="split"]')).toHaveValue('1');
  await page.goto('/zh/talk/reflectable/');
  await expect(current(page).locator('h2')).toBeVisible();
  await context.close();
});

for (const path of ['/en/talk/', '/zh/talk/', '/en/talk/reflectable/']) {
  test(`printing ${path} gives one page per build step`, async ({ page }) => {
    await page.goto(path);
    const deck = await deckOf(page);
    const steps = deck.reduce((sum, slide) => sum + slide.steps, 0);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBe(deck.length + steps);
  });
}

test('a printed build step shows what the audience saw at that step; with notes, each slide is a portrait page with its notes', async ({ page }) => {
  await page.goto('/en/talk/#s-45-degree-law-swings');
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('#s-45-degree-law-swings').locator('xpath=..').locator('.slide-printed');
  await expect(printed).toHaveCount(2);
  // Step 0: the empty plane, no path, and no status line to give the answer away.
  await expect(printed.nth(0).locator('svg').first()).toBeVisible();
  await expect(printed.nth(0).locator('.m-path')).toHaveCount(0);
  await expect(printed.nth(0).locator('.figure-status')).toHaveCount(0);
  // Step 1: the path and the status of the balanced split.
  await expect(printed.nth(1).locator('.m-path')).not.toHaveCount(0);
  await expect(printed.nth(1).locator('.figure-status')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(printed.nth(0)).toBeHidden();
  // page.pdf() prints with the media emulated last: back to none, so print.
  await page.emulateMedia({ media: null });
  // With notes: as many pages, each A4 portrait (595 × 842 pt), the notes printed.
  const deck = await deckOf(page);
  const steps = deck.reduce((sum, slide) => sum + slide.steps, 0);
  await page.evaluate(() => (document.documentElement.dataset.printNotes = ''));
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0).toBe(deck.length + steps);
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
  expect(boxes.length).toBeGreaterThan(0);
  for (const [width, height] of boxes) expect([width, height]).toEqual([595, 842]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#s-45-degree-law-swings + .notes')).toBeVisible();
});

for (const lang of ['en', 'zh'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violations in the ${lang} deck (${scheme}): a figure slide, the overview, the presenter view`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`/${lang}/talk/#s-approximate-alignment-shortcut`);
      await expect(current(page).locator('[data-figure]')).toHaveAttribute('data-hydrated', '');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.locator('html')).toHaveAttribute('data-overview', '');
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`/${lang}/talk/?view=presenter#s-approximate-alignment-shortcut`);
      await expect(page.locator('[data-presenter]')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
  test(`axe finds no violations in the ${lang} deck as a list of slides (no deck script), on a phone`, async ({ page }) => {
    // Axe needs JavaScript to run, so the deck's own script is held back instead: the page stays the list readers get without it.
    await page.route('**/_astro/Talk.astro*', (route) => route.abort());
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${lang}/talk/`);
    await expect(page.locator('html')).not.toHaveAttribute('data-talk', /./);
    await expect(page.locator('.talk-intro h1')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
