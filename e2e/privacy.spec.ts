import { expect, test } from '@playwright/test';
import { pageKind, representatives } from '../scripts/pages';
import { BASE_URL } from './browser';
import { isTalkPage, PAGES, watchErrors } from './site';

const ORIGIN = new URL(BASE_URL).origin;

// The decks are walked slide by slide, with the same checks, in talk.spec.ts. Every chapter (each has its own
// figures), and one page of every other kind in each language.
const others = new Set(representatives(PAGES));
for (const path of [...PAGES.filter((p) => !isTalkPage(p) && (pageKind(p) === 'chapter' || others.has(p))), '/404.html']) {
  test(`${path} requests nothing from another origin and breaks no CSP rule`, async ({ page }) => {
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
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = /script-src([^;]*)/.exec(csp ?? '')?.[1] ?? '';
    // 'wasm-unsafe-eval' (search's WebAssembly) is allowed; JavaScript eval and inline scripts are not.
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(csp).toMatch(/default-src 'self'/);
    // Use the page: hydrate and move every figure, toggle the theme.
    for (const figure of await page.locator('[data-figure]').all()) {
      await figure.scrollIntoViewIfNeeded();
      // A figure already on screen at load waits for the reader to point at it.
      await figure.dispatchEvent('pointerover');
      await expect(figure).toHaveAttribute('data-hydrated', '');
      // Its first control, as a keyboard moves it: a slider one step, a toggle (the timeline has only one) flipped.
      const control = figure.locator('[data-controls] input[name]').first();
      await control.focus();
      await page.keyboard.press((await control.getAttribute('type')) === 'checkbox' ? 'Space' : 'ArrowRight');
    }
    // An embedded figure has no site header, so no theme switch.
    if (!path.includes('/embed/')) await page.locator('[data-theme-toggle]').click();
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
