import { expect, test } from '@playwright/test';
import { BASE_URL } from './browser';
import { PAGES, watchErrors } from './site';

const ORIGIN = new URL(BASE_URL).origin;

for (const path of [...PAGES, '/404.html']) {
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
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toMatch(/default-src 'self'/);
    // Use the page: hydrate and move every figure, toggle the theme.
    for (const figure of await page.locator('[data-figure]').all()) {
      await figure.scrollIntoViewIfNeeded();
      // A figure already on screen at load waits for the reader to point at it.
      await figure.dispatchEvent('pointerover');
      await expect(figure).toHaveAttribute('data-hydrated', '');
      const slider = figure.locator('input[type="range"]').first();
      await slider.focus();
      await page.keyboard.press('ArrowRight');
    }
    await page.locator('[data-theme-toggle]').click();
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
