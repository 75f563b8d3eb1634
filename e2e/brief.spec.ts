/**
 * The two-page brief (src/lib/brief.ts): printed by Chromium it fits two
 * pages on A4 and on US Letter in both languages, with no site chrome; and
 * every point links to an element that exists on its chapter's page (read
 * from dist/, no browser needed).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { fileOf } from '../scripts/pages';

const BRIEFS = ['/en/brief/', '/zh/brief/'];

const pagesOf = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

test('each brief prints on at most two pages of A4 and of Letter, without the site’s header and footer', async ({ page }) => {
  const counts: Record<string, number> = {};
  for (const path of BRIEFS) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('.brief-figure svg')).toBeVisible();
    await expect(page.locator('.brief .cite-this pre.citation').first()).toBeVisible();
    await page.emulateMedia({ media: null });
    for (const format of ['A4', 'Letter'] as const) counts[`${path} ${format}`] = pagesOf(await page.pdf({ format }));
  }
  for (const [printed, pages] of Object.entries(counts)) expect.soft(pages, printed).toBeGreaterThan(0);
  for (const [printed, pages] of Object.entries(counts)) expect.soft(pages, printed).toBeLessThanOrEqual(2);
});

test('every point of each brief links to an element that exists on its target page, and prints that link', () => {
  const built = (path: string) => parseHTML(readFileSync(fileOf(path), 'utf8')).document;
  for (const path of BRIEFS) {
    const brief = built(path);
    const links = [...brief.querySelectorAll('.brief-points li a.brief-link')];
    expect(links.length, path).toBe(brief.querySelectorAll('.brief-points li').length);
    expect(links.length, path).toBeGreaterThan(15);
    for (const link of links) {
      const href = link.getAttribute('href') ?? '';
      const [target = '', id = ''] = href.split('#');
      // A chapter's paragraph, or the bottom line on the landing.
      expect(target, href).toMatch(new RegExp(`^${path.slice(0, 4)}([a-z0-9-]+/)?$`));
      expect(built(target).getElementById(id), `${path}: ${href}`).not.toBeNull();
      // The printed permalink is the link itself (with the published host when the build has one).
      expect(link.textContent?.trim().endsWith(href), href).toBe(true);
    }
    for (const ref of brief.querySelectorAll('.brief-ref a')) expect(brief.getElementById(ref.getAttribute('href')!.slice(1)), path).not.toBeNull();
  }
});
