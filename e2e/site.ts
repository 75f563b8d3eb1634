/** What the end-to-end specs share: the page list and helpers to load pages. */
import { isSharePath } from '../src/sources/sharePages';
import type { Locator, Page } from '@playwright/test';
import { builtPages, fileOf } from '../src/build/builtPages';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Every built page except the 404 page, which is checked on its own. */
/**
 * Share pages (a paragraph's or a figure preset's, several hundred) send the reader on at once (meta refresh), so
 * the page-by-page specs (axe, no JavaScript, privacy), which stay on a page, leave them out: e2e/share.spec.ts
 * reads every one of them and follows one without JavaScript.
 */
export const PAGES = builtPages().filter((path) => path !== '/404.html' && !isSharePath(path));

/** The talk's decks: one slide on screen at a time, checked by talk.spec.ts. */
export const isTalkPage = (path: string): boolean => /^\/(en|zh)\/talk\//.test(path);
export const TALK_PAGES = PAGES.filter(isTalkPage);

/** Pages other than decks whose built HTML contains a live figure. */
export const FIGURE_PAGES = PAGES.filter((path) => !isTalkPage(path) && readFileSync(fileOf(path), 'utf8').includes('data-figure="'));

/** Ids of the live figures on a built page. */
export function figuresOn(path: string): string[] {
  return [...readFileSync(fileOf(path), 'utf8').matchAll(/data-figure="([\w-]+)"/g)].map((m) => m[1]!);
}

/** Collects console errors, page errors and CSP violations while a test runs. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** Brings a figure into view and waits until its script has taken over. */
export async function hydrated(page: Page, id: string) {
  const figure = page.locator(`[data-figure="${id}"]`);
  await figure.scrollIntoViewIfNeeded();
  // A figure already on screen at load waits for the reader to point at it (or for a link that sets its state).
  await figure.dispatchEvent('pointerover');
  // waitFor watches the DOM for changes, so it returns as soon as hydration ends (expect() polls less often).
  await page.locator(`[data-figure="${id}"][data-hydrated]`).waitFor();
  return figure;
}

/** The names of a figure's controls (its URL parameters), read from the built page. */
export function controlsOf(path: string, id: string): string[] {
  const html = readFileSync(fileOf(path), 'utf8');
  const start = html.indexOf(`data-figure="${id}"`);
  const block = html.slice(start, html.indexOf('</figure>', start));
  return [...block.matchAll(/<input type="(?:range|checkbox)"[^>]*\bname="([\w-]+)"/g)].map((m) => m[1]!);
}

/**
 * The parameters a reader can set in a figure: its controls' and, where a row of presets is the only control
 * of a parameter (issue 27: one control per variable), the presets' parameters.
 */
export function paramsOf(path: string, id: string): string[] {
  const html = readFileSync(fileOf(path), 'utf8');
  const start = html.indexOf(`data-figure="${id}"`);
  const block = html.slice(start, html.indexOf('</figure>', start));
  const presets = [...block.matchAll(/data-preset="([^"]*)"/g)].flatMap((m) => Object.keys(JSON.parse(m[1]!.replace(/&quot;/g, '"')) as Record<string, number>));
  return [...new Set([...controlsOf(path, id), ...presets])];
}

/** A figure's control values as text (a checkbox as its checked state), to compare states. */
export function controlValues(figure: Locator): Promise<string[]> {
  return figure.locator('[data-controls] input[name]').evaluateAll((inputs) =>
    inputs.map((i) => (i as HTMLInputElement).type === 'checkbox' ? String((i as HTMLInputElement).checked) : (i as HTMLInputElement).value),
  );
}

/** The WCAG 2.2 A/AA rules and axe's best practices: what every page is held to. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's violations on the page as it stands, one line each ("rule: targets"). axe is put into the page once per
 * page load, over the protocol (no script tag, so the page's CSP is not involved), and runs on the whole document;
 * only violations are collected. No page has an iframe, so axe's frame-by-frame mode, which opens a blank page to
 * merge its results, and @axe-core/playwright's injection before every check would only add time.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type Axe = { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    const results = await (window as unknown as { axe: Axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE_TAGS);
}
