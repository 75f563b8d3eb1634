/**
 * The first tap counts. A figure on screen when its page opens shows its
 * build-time drawing and fetches its script only when the reader points at
 * it, touches it or focuses it: the tap, click or key press that wakes it must
 * still do what it asked once the script has arrived. These tests act at
 * once after the page has loaded, never waiting for the figure to come alive,
 * as a reader does, with a finger (phone emulation: touch, 390 px wide) and
 * with a mouse, on every figure page and every embed in both languages.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PAGES } from './site';

const SINGLE = PAGES.filter((path) => /^\/(en|zh)\/(figures|embed)\/[\w-]+\/$/.test(path));
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

/** The state a figure shows and links to: every control at its value, the link carrying each value that is not the default. */
async function expectState(page: Page, figure: Locator, state: Record<string, number>, defaults: Record<string, number>): Promise<void> {
  await expect.poll(() => controlState(figure)).toMatchObject(state);
  await expect
    .poll(() => {
      const params = new URL(page.url()).searchParams;
      return Object.fromEntries(Object.keys(state).map((key) => [key, params.has(key) ? Number(params.get(key)) : defaults[key]]));
    })
    .toEqual(state);
  await expect(figure).toHaveAttribute('data-hydrated', '');
}

for (const [device, options] of [['phone', PHONE], ['mouse', DESKTOP]] as const) {
  test.describe(`the first ${device === 'phone' ? 'tap' : 'click'} on a figure counts (${device})`, () => {
    test.use(options);
    const touch = device === 'phone';

    for (const path of SINGLE) {
      test(`${path}: a preset at once after load sets the figure and the link`, async ({ page }) => {
        await page.goto(path);
        const figure = page.locator('[data-figure]').first();
        const defaults = await controlState(figure);
        const { button, state } = await firstChangingPreset(figure);
        await press(button, touch);
        await expectState(page, figure, state, defaults);
        await expect(button).toHaveAttribute('aria-pressed', 'true');
      });

      test(`${path}: a download at once after load arrives`, async ({ page }) => {
        await page.goto(path);
        const button = page.locator('[data-figure] [data-download]').first();
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
        const defaults = await controlState(figure);
        const state = Object.fromEntries(mark.slice(11, -2).split(' ').map((pair) => [pair.split('=')[0]!, Number(pair.split('=')[1])]));
        // At the middle of the mark, where its label lies (the causal diagram's X is a ring with its letter inside).
        const box = (await figure.locator(`[data-panel] ${mark}`).first().boundingBox())!;
        const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
        await (touch ? page.touchscreen.tap(x, y) : page.mouse.click(x, y));
        await expectState(page, figure, state, defaults);
      });
    }
  });
}
