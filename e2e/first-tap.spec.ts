/**
 * The first tap counts. A figure on screen when its page opens shows its
 * build-time drawing and fetches its script only when the reader points at
 * it, touches it or focuses it: the tap, click or key press that wakes it must
 * still do what it asked once the script has arrived. These tests act at
 * once after the page has loaded, never waiting for the figure to come alive,
 * as a reader does, with a finger (phone emulation: touch, 390 px wide) and
 * with a mouse. Each figure is tried once per hand, on a page that rotates
 * between its figure page and its embed and between the languages, so every
 * kind of page and both languages are covered without loading each one four
 * times (the figures share one script; a page load is what a test costs).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PAGES } from './site';

const FIGURE_IDS = [...new Set(PAGES.map((path) => /^\/en\/figures\/([\w-]+)\/$/.exec(path)?.[1]).filter((id) => id !== undefined))].sort();
/** Figure i with hand h (0 phone, 1 mouse): language and page kind rotate, so each figure meets both hands on different pages. */
const pageFor = (i: number, hand: number) => `/${(i + hand) % 2 ? 'zh' : 'en'}/${(i >> 1) % 2 === hand ? 'embed' : 'figures'}/${FIGURE_IDS[i]}/`;
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 };
const DESKTOP = { viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false };

/** A tap with the finger, or a click with the mouse (which moves to the button first, as a hand does). */
const press = (target: Locator, touch: boolean) => (touch ? target.tap() : target.click());

/** The figure's controls as parameter → value (a checkbox as 0 or 1). */
function controlState(figure: Locator): Promise<Record<string, number>> {
  return figure.locator('[data-controls] input[data-param]').evaluateAll((inputs) =>
    Object.fromEntries(inputs.map((i) => [(i as HTMLInputElement).dataset.param!, (i as HTMLInputElement).type === 'checkbox' ? Number((i as HTMLInputElement).checked) : Number((i as HTMLInputElement).value)])),
  );
}

/** The first preset that changes the figure (the first may be the state it opens in), and its state. */
async function firstChangingPreset(figure: Locator): Promise<{ button: Locator; state: Record<string, number> }> {
  const presets = await figure.locator('[data-preset]').evaluateAll((buttons) => buttons.map((b) => ({ pressed: b.getAttribute('aria-pressed') === 'true', state: JSON.parse((b as HTMLElement).dataset.preset ?? '{}') as Record<string, number> })));
  const index = presets.findIndex((preset) => !preset.pressed);
  expect(index, 'a preset that changes the figure').toBeGreaterThanOrEqual(0);
  return { button: figure.locator('[data-preset]').nth(index), state: presets[index]!.state };
}

/**
 * The state a figure opens in: its controls' values, and for a parameter set only by presets (the plane's step) the
 * pressed preset's value.
 */
async function openingState(figure: Locator): Promise<Record<string, number>> {
  const pressed = await figure.locator('[data-preset][aria-pressed="true"]').first().getAttribute('data-preset', { timeout: 1000 }).catch(() => null);
  return { ...(JSON.parse(pressed ?? '{}') as Record<string, number>), ...(await controlState(figure)) };
}

/** The state a figure shows and links to: every control at its value, the link carrying each value that is not the default. */
async function expectState(page: Page, figure: Locator, state: Record<string, number>, defaults: Record<string, number>): Promise<void> {
  const params = await figure.locator('[data-controls] input[data-param]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).dataset.param!));
  await expect.poll(() => controlState(figure)).toMatchObject(Object.fromEntries(Object.entries(state).filter(([key]) => params.includes(key))));
  await expect
    .poll(() => {
      const search = new URL(page.url()).searchParams;
      return Object.fromEntries(Object.keys(state).map((key) => [key, search.has(key) ? Number(search.get(key)) : defaults[key]]));
    })
    .toEqual(state);
  await expect(figure).toHaveAttribute('data-hydrated', '');
}

// The live drawing replaces the build-time one at the page's real width, which moves what lies below it (on a
// laptop the utility panel's summary moves by about 116 px on compute's embed, whose panel is wider than the
// build-time drawings'). Made between a press and its release, it
// moved the summary from under the mouse, and the click, which needs both on one element, was lost (a CI run caught
// it). The runtime now draws once the button is up: here it arrives while the button is held.
test('a click that wakes a figure while the button is held still opens what it was on', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  let arrived = false;
  await page.route(/figureRuntime\.[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response });
    arrived = true;
  });
  await page.goto('/en/embed/compute/');
  const summary = page.locator('.figure-utility > summary');
  await summary.scrollIntoViewIfNeeded();
  const box = (await summary.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  // The script arrives and would draw while the button is down.
  await expect.poll(() => arrived).toBe(true);
  await page.waitForTimeout(300);
  await page.mouse.up();
  await expect(page.locator('.figure-utility')).toHaveAttribute('open', '');
  await page.locator('[data-figure][data-hydrated]').waitFor();
});

for (const [device, options] of [['phone', PHONE], ['mouse', DESKTOP]] as const) {
  test.describe(`the first ${device === 'phone' ? 'tap' : 'click'} on a figure counts (${device})`, () => {
    test.use(options);
    const touch = device === 'phone';

    for (const [i, id] of FIGURE_IDS.entries()) {
      const path = pageFor(i, touch ? 0 : 1);
      test(`${path}: a preset at once after load sets the figure and the link`, async ({ page }) => {
        await page.goto(path);
        const figure = page.locator('[data-figure]').first();
        const defaults = await openingState(figure);
        const { button, state } = await firstChangingPreset(figure);
        await press(button, touch);
        await expectState(page, figure, state, defaults);
        await expect(button).toHaveAttribute('aria-pressed', 'true');
      });

      test(`${id} (${pageFor(i, touch ? 1 : 0)}): a download at once after load, from the opened "data, download" panel, arrives`, async ({ page }) => {
        await page.goto(pageFor(i, touch ? 1 : 0));
        const figure = page.locator('[data-figure]').first();
        // The downloads sit in the figure's utility panel, which a reader opens first (a native disclosure, no script).
        await press(figure.locator('.figure-utility > summary'), touch);
        const button = figure.locator('[data-download]').first();
        // Opened, the panel fits the screen's width (its embed code and equations wrap or scroll inside it).
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        const download = page.waitForEvent('download', { timeout: 20_000 });
        await press(button, touch);
        expect((await download).suggestedFilename()).toMatch(/^ai45-[\w-]+-(en|zh)\.svg$/);
      });
    }

    // Marks that choose a state, tapped in their middle: a cell of the ladder's matrix, the causal diagram's X.
    for (const [path, mark] of [['/en/figures/matrix/', '[data-set="layer=3 level=4"]'], ['/zh/figures/dag/', '[data-set="dagDo=1"]']] as const) {
      test(`${path}: a tap on a mark that sets a state, at once after load, sets it`, async ({ page }) => {
        await page.goto(path);
        const figure = page.locator('[data-figure]').first();
        const defaults = await openingState(figure);
        const state = Object.fromEntries(mark.slice(11, -2).split(' ').map((pair) => [pair.split('=')[0]!, Number(pair.split('=')[1])]));
        // At the middle of the mark, where its label lies (the causal diagram's X is a ring with its letter inside).
        // (Before the figure wakes, its panel holds a phone's drawing and a desktop's: the one on screen is tapped.)
        const box = (await figure.locator('[data-panel] > svg:visible').locator(mark).first().boundingBox())!;
        const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
        await (touch ? page.touchscreen.tap(x, y) : page.mouse.click(x, y));
        await expectState(page, figure, state, defaults);
      });
    }
  });
}
