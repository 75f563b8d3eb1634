/**
 * Every page once, in one page load each (the decks are walked slide by slide
 * in talk.spec.ts; of the figure and embed pages, one of each kind per language):
 * - axe finds no violations (light, desktop), with every live figure hydrated;
 *   on one page of each kind, in all four variants (light and dark, phone and
 *   desktop), switched in place: a variant changes the template's layout and
 *   colours, not a page's content;
 * - nothing is requested from another origin, no CSP rule is broken, and no
 *   error reaches the console;
 * - on every chapter and one page of each other kind and language, the page is
 *   used as a reader would (each figure's first control moved by keyboard, the
 *   theme toggled) and the same holds until the network is idle.
 */
import { expect, test, type Page } from '@playwright/test';
import { langOf, pageKind, representatives } from '../src/build/builtPages';
import { BASE_URL } from './browser';
import { axeViolations, isTalkPage, PAGES, watchErrors } from './site';

const ORIGIN = new URL(BASE_URL).origin;
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const VARIANTS = (['light', 'dark'] as const).flatMap((scheme) => (['desktop', 'phone'] as const).map((device) => ({ scheme, device })));

/**
 * Two frames, then every transition a change of viewport or scheme started has finished (the ¶ marks fade out when
 * a phone's layout becomes a desktop's): axe reads colours as they come to rest, not half-faded.
 */
const settle = (page: Page) =>
  page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await Promise.all(document.getAnimations().filter((animation) => animation instanceof CSSTransition).map((transition) => transition.finished.catch(() => undefined)));
  });

/**
 * A figure's own page and its embed are one template around the figure a chapter also shows (checked there, live),
 * and a chapter's side-by-side page sets the chapter's text beside its other language (checked in the chapters):
 * of those, one of each kind per language is checked, in its variants, and the rest are left to the chapters.
 */
const FIGURE_ONLY = /^\/(en|zh)\/((figures|embed)\/[\w-]+|[\w-]+\/side-by-side)\/$/;
const all = [...PAGES.filter((p) => !isTalkPage(p)), '/404.html'];
const pages = all.filter((path) => !FIGURE_ONLY.test(path) || representatives(all).includes(path));
const kinds = [...new Set(pages.map((path) => pageKind(path)))].sort();
const kindOrder = (kind: string) => kinds.indexOf(kind);
// All four variants once per template: the kinds take turns between the languages, so each language has
// its share (a variant changes layout and colours, which both languages share).
const everyVariant = new Set(
  kinds.map((kind) => {
    const ofKind = representatives(pages).filter((path) => pageKind(path) === kind);
    return ofKind.find((path) => langOf(path) === (kindOrder(kind) % 2 === 0 ? 'en' : 'zh')) ?? ofKind[0]!;
  }),
);
// Used as a reader would: every chapter (each has its own figures), and one page of every other kind in each language.
const used = new Set([...pages.filter((p) => pageKind(p) === 'chapter'), ...representatives(pages)]);

for (const path of pages) {
  const variants = everyVariant.has(path) ? VARIANTS : VARIANTS.slice(0, 1);
  const named = variants.map((v) => `${v.scheme} ${v.device}`).join(', ');
  const checks = [`axe (${named}${variants.length > 1 ? `: every variant of ${pageKind(path)}` : ''})`, 'no foreign request, CSP violation or console error', ...(used.has(path) ? ['used by keyboard and theme toggle'] : [])];
  test(`${path}: ${checks.join('; ')}`, async ({ page }) => {
    const foreign: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(ORIGIN) || url.startsWith('data:')) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const errors = watchErrors(page);
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    // 'wasm-unsafe-eval' (search's WebAssembly) is allowed; JavaScript eval and inline scripts are not.
    expect(/script-src([^;]*)/.exec(csp ?? '')?.[1] ?? '').not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(csp).toMatch(/default-src 'self'/);

    // Hydrate every live figure so the checked DOM is the one readers use.
    const figures = await page.locator('[data-figure]').all();
    for (const figure of figures) {
      await figure.scrollIntoViewIfNeeded();
      // A figure already on screen at load waits for the reader to point at it.
      await figure.dispatchEvent('pointerover');
      await expect(figure).toHaveAttribute('data-hydrated', '');
    }
    // Back at the top, as the page opens: a target scrolled under the sticky header would count as obscured.
    await page.evaluate(() => window.scrollTo(0, 0));
    const violations: string[] = [];
    for (const { scheme, device } of variants) {
      await page.setViewportSize(VIEWPORTS[device]);
      await page.emulateMedia({ colorScheme: scheme });
      await settle(page);
      violations.push(...(await axeViolations(page)).map((line) => `${scheme} ${device}: ${line}`));
    }
    expect(violations).toEqual([]);

    if (used.has(path)) {
      for (const figure of figures) {
        // Its first control, as a keyboard moves it: a slider one step (down from its maximum), a toggle flipped;
        // a figure set only by its presets has its first preset not already chosen pressed with Enter.
        const control = figure.locator('[data-controls] input[name]').first();
        if ((await control.count()) === 0) {
          const preset = figure.locator('[data-preset][aria-pressed="false"]').first();
          await preset.focus();
          await page.keyboard.press('Enter');
          continue;
        }
        await control.focus();
        const atMax = await control.evaluate((el) => (el as HTMLInputElement).type === 'range' && (el as HTMLInputElement).value === (el as HTMLInputElement).max);
        await page.keyboard.press((await control.getAttribute('type')) === 'checkbox' ? 'Space' : atMax ? 'ArrowLeft' : 'ArrowRight');
      }
      // An embedded figure has no site header, so no theme switch.
      if (!path.includes('/embed/')) await page.locator('[data-theme-toggle]').click();
      await page.waitForLoadState('networkidle');
    }
    expect(foreign).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
