import { expect, test } from '@playwright/test';
import { figureLoaders } from '../src/figures/charts/registry';
import { pageKind, representatives } from '../src/build/builtPages';
import { controlsOf, controlValues, FIGURE_PAGES, figuresOn, hydrated, watchErrors } from './site';

const PAGE = '/en/45-degree-law/';

test.describe('live figures', () => {
  test('a chapter loads no figure code (runtime, Plot, charts) until a figure comes near the viewport', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(PAGE);
    await page.waitForLoadState('networkidle');
    // The loader and what it imports statically, but no figure code: not the runtime, Plot or a chart.
    const figureCode = new RegExp(`/(figureRuntime|plot|${Object.keys(figureLoaders).join('|')})\\.[\\w-]+\\.js$`);
    expect(scripts.filter((s) => figureCode.test(s))).toEqual([]);
    expect(scripts.some((s) => /FigureLoader/.test(s))).toBe(true);
    await hydrated(page, 'trajectory');
    expect(scripts.some((s) => /plot\./.test(s))).toBe(true);
  });

  test('a figure on screen when its page opens loads no chart code until pointed at, unless the link sets its state', async ({ page }) => {
    const plot: string[] = [];
    page.on('request', (request) => {
      if (/\/plot\.[\w-]+\.js$/.test(new URL(request.url()).pathname)) plot.push(request.url());
    });
    await page.goto('/en/figures/doing/');
    await page.waitForLoadState('networkidle');
    expect(plot).toEqual([]);
    await page.locator('[data-figure="doing"]').hover();
    await page.locator('[data-figure="doing"][data-hydrated]').waitFor();
    expect(plot).toHaveLength(1);

    await page.goto('/en/figures/doing/?gamma=30');
    await page.locator('[data-figure="doing"][data-hydrated]').waitFor();
    await expect(page.locator('input[name="gamma"]')).toHaveValue('30');
  });

  test('a control moved before the figure’s script arrived is kept', async ({ page }) => {
    await page.goto('/en/figures/doing/');
    const figure = page.locator('[data-figure="doing"]');
    // A figure's secondary sliders sit in its "More settings", opened as a reader would (no script needed).
    for (const more of await figure.locator('details[data-more]:not([open]) > summary').all()) await more.click();
    await figure.locator('input[name="riskY"]').fill('10');
    await page.locator('[data-figure="doing"][data-hydrated]').waitFor();
    await expect(figure.locator('input[name="riskY"]')).toHaveValue('10');
    await expect(figure.locator('[data-output="riskY"]')).toHaveText('10 pts');
    await expect(page).toHaveURL(/riskY=10/);
  });

  test('moving a control changes the figure and the URL; opening that URL restores the state', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(PAGE);
    const figure = await hydrated(page, 'trajectory');
    const before = await figure.locator('[data-panel]').first().innerHTML();
    await figure.locator('input[name="split"]').fill('12');
    await expect(figure.locator('[data-output="split"]')).toHaveText('12%');
    expect(await figure.locator('[data-panel]').first().innerHTML()).not.toBe(before);
    await expect(figure.locator('[data-status]')).toHaveAttribute('data-tone', 'warn');
    await expect(page).toHaveURL(/[?&]split=12(&|#|$)/);

    const after = await figure.locator('[data-panel]').first().innerHTML();
    const status = await figure.locator('[data-status]').textContent();
    await page.goto(page.url());
    const restored = await hydrated(page, 'trajectory');
    await expect(restored.locator('input[name="split"]')).toHaveValue('12');
    await expect(restored.locator('[data-status]')).toHaveText(status ?? '');
    expect(await restored.locator('[data-panel]').first().innerHTML()).toBe(after);
    expect(errors).toEqual([]);
  });

  test('on a phone-speed CPU a held slider shows each step at once, the chart within two frames, and the link\'s drawing when the hand rests', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/en/figures/trajectory/');
    const figure = await hydrated(page, 'trajectory');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Steps as a held arrow key makes them, each checked a frame and two frames after it: no timing, only frames.
    const steps = await figure.evaluate(async (root) => {
      const input = root.querySelector<HTMLInputElement>('input[name="split"]')!;
      const output = root.querySelector('[data-output="split"]')!;
      const panel = root.querySelector('[data-panel]')!;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const seen: { value: string; printed: string; frames: number; kept: boolean }[] = [];
      for (const value of ['20', '25', '30', '35']) {
        const before = panel.innerHTML;
        const svg = panel.firstElementChild;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        const printed = output.textContent ?? '';
        let frames = 1;
        while (panel.innerHTML === before && frames < 8) {
          await frame();
          frames += 1;
        }
        seen.push({ value, printed, frames, kept: panel.firstElementChild === svg });
      }
      return seen;
    });
    for (const step of steps) {
      expect(step.printed, `split=${step.value}: the value shows in the next frame`).toBe(`${step.value}%`);
      expect(step.frames, `split=${step.value}: the chart follows within two frames`).toBeLessThanOrEqual(3);
    }
    // After the first step the drawing on screen is changed in place, not replaced.
    expect(steps.slice(1).every((step) => step.kept), 'a quick drawing keeps the SVG on screen').toBe(true);
    // Real key presses, back to back: some arrive while a drawing is being made, which then pauses for them.
    // Whatever was interrupted, the last state is the one drawn.
    await figure.locator('input[name="split"]').focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await expect(figure.locator('[data-output="split"]')).toHaveText('43%');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await expect(page).toHaveURL(/[?&]split=43(&|#|$)/);
    const settled = await figure.locator('.panels').innerHTML();
    await page.goto(page.url());
    expect(await (await hydrated(page, 'trajectory')).locator('.panels').innerHTML(), 'what shows when the hand rests is what the link draws').toBe(settled);
    expect(errors).toEqual([]);
  });

  test('a tapped preset shows pressed in the next frame, before its glide, on every figure page with presets', async ({ page }) => {
    // The glide takes about 300 ms; the button says at once that the tap counted (it used to wait for the glide's end).
    for (const id of ['plane', 'compute', 'counterfactual']) {
      await page.goto(`/en/figures/${id}/`);
      const figure = await hydrated(page, id);
      const pressedNextFrame = await figure.evaluate(async (root) => {
        const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-preset]')];
        const button = buttons.find((b) => b.getAttribute('aria-pressed') !== 'true')!;
        button.click();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return button.getAttribute('aria-pressed');
      });
      expect(pressedNextFrame, `${id}: the tapped preset is pressed in the next frame`).toBe('true');
    }
  });

  test('presets set the figure and the URL', async ({ page }) => {
    await page.goto(PAGE);
    const figure = await hydrated(page, 'trajectory');
    await figure.getByRole('button', { name: '1% to safety' }).click();
    await expect(figure.locator('input[name="split"]')).toHaveValue('1');
    await expect(page).toHaveURL(/split=1(&|#|$)/);
  });

  test('a figure is operable by keyboard alone, with a visible focus ring', async ({ page }) => {
    await page.goto(PAGE);
    const figure = page.locator('[data-figure="trajectory"]');
    await figure.scrollIntoViewIfNeeded();
    const slider = figure.locator('input[name="split"]');
    // Tab from the top of the page until the slider has focus (past the chapter's first figure, the plane).
    for (let i = 0; i < 160 && !(await slider.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(slider).toBeFocused();
    const outline = await slider.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await expect(figure).toHaveAttribute('data-hydrated', '');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveValue('48');
    await expect(figure.locator('[data-output="split"]')).toHaveText('48%');
    await page.keyboard.press('End');
    await expect(slider).toHaveValue('99');
    await expect(figure.locator('[data-status]')).toContainText('above');
  });

  test('the Chinese figure formats its text in Chinese', async ({ page }) => {
    await page.goto('/zh/45-degree-law/?split=20');
    const figure = await hydrated(page, 'trajectory');
    await expect(figure.locator('[data-status]')).toContainText('长期偏低');
  });

  // That every figure page hydrates without a console error is checked by a11y.spec.ts, which hydrates every figure.
  test('reduced motion turns off animated transitions', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${PAGE}#swings`);
    const animation = await page.locator('#swings').evaluate((el) => getComputedStyle(el).animationName);
    expect(animation).toBe('none');
  });
});

test.describe('the browser’s Plot', () => {
  // It leaves out parts of Plot and d3 (src/figures/browserPlot.ts): a figure that reaches for one throws.
  // The chapters, in both languages, hold every figure; its own page and its embed run the same code.
  for (const path of FIGURE_PAGES.filter((p) => pageKind(p) === 'chapter')) {
    test(`draws every figure on ${path} from a link that sets each control to its far end, with no error`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(path);
      for (const id of figuresOn(path)) {
        const inputs = page.locator(`[data-figure="${id}"] [data-controls] input[name]`);
        const far = await inputs.evaluateAll((all) =>
          all.map((el) => {
            const input = el as HTMLInputElement;
            if (input.type === 'checkbox') return [input.name, input.checked ? '0' : '1'];
            return [input.name, Number(input.value) - Number(input.min) > Number(input.max) - Number(input.value) ? input.min : input.max];
          }),
        );
        await page.goto(`${path}?${new URLSearchParams(far).toString()}#fig-${id}`);
        // A left-out part throws while the figure hydrates: fail at once, with its message.
        const figure = await Promise.race([hydrated(page, id), page.waitForEvent('pageerror').then((error) => Promise.reject(error))]);
        for (const [name, value] of far) {
          const input = figure.locator(`input[name="${name}"]`);
          if ((await input.getAttribute('type')) === 'checkbox') await expect(input).toBeChecked({ checked: value === '1' });
          else await expect(input).toHaveValue(value!);
        }
        await expect(figure.locator('[data-panel] > svg').first()).toBeVisible();
        await page.goto(path);
      }
      expect(errors).toEqual([]);
    });
  }
});

test.describe('every control of every figure', () => {
  // Every figure on its chapter; a figure's own page and its embed, the same figure code in another template, once each.
  const checked = new Set(representatives(FIGURE_PAGES));
  for (const path of FIGURE_PAGES.filter((p) => p.startsWith('/en/') && (pageKind(p) === 'chapter' || checked.has(p)))) {
    for (const id of figuresOn(path)) {
      test(`${id} on ${path}: each control changes the figure and the URL, and the link restores it`, async ({ page }) => {
        const errors = watchErrors(page);
        await page.goto(path);
        const figure = await hydrated(page, id);
        // A figure's secondary sliders sit in its "More settings", opened as a reader would.
        for (const more of await figure.locator('details[data-more]:not([open]) > summary').all()) await more.click();
        for (const key of controlsOf(path, id)) {
          const input = figure.locator(`input[name="${key}"]`);
          const before = await figure.locator('.panels').innerHTML();
          const summaryBefore = await figure.locator('[data-summary]').textContent();
          let expected: string;
          if ((await input.getAttribute('type')) === 'checkbox') {
            const checked = await input.isChecked();
            await input.setChecked(!checked);
            expected = checked ? '0' : '1';
          } else {
            // The end of the range furthest from the current value: always a real change.
            const [value, min, max] = await input.evaluate((el) => [Number((el as HTMLInputElement).value), Number((el as HTMLInputElement).min), Number((el as HTMLInputElement).max)]);
            expected = String(value - min > max - value ? min : max);
            await input.fill(expected);
          }
          await expect(page).toHaveURL(new RegExp(`[?&]${key}=${expected.replace('.', '\\.')}(&|#|$)`));
          const after = await figure.locator('.panels').innerHTML();
          const summaryAfter = await figure.locator('[data-summary]').textContent();
          expect(after !== before || summaryAfter !== summaryBefore, `${key} changed nothing`).toBe(true);
        }
        const state = await controlValues(figure);
        const svg = await figure.locator('.panels').innerHTML();
        await page.goto(page.url());
        const restored = await hydrated(page, id);
        expect(await controlValues(restored)).toEqual(state);
        expect(await restored.locator('.panels').innerHTML()).toBe(svg);
        expect(errors).toEqual([]);
      });
    }
  }
});
