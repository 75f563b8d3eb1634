import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileOf } from '../src/build/builtPages';
import { PAGES } from './site';

const CHAPTERS = PAGES.filter((path) => /^\/(en|zh)\/(?!sources\/)[^/]+\/$/.test(path));

for (const lang of ['en', 'zh'] as const) {
  test(`the ${lang} claims ledger lists every claim of every chapter, linked to its place`, async ({ page }) => {
    const expected: string[] = [];
    for (const path of CHAPTERS.filter((p) => p.startsWith(`/${lang}/`))) {
      await page.goto(path);
      const ids = await page.locator('main [data-claim][id]').evaluateAll((nodes) => nodes.map((n) => n.id));
      expected.push(...ids.map((id) => `${path}#${id}`));
    }
    expect(expected.length).toBeGreaterThan(10);
    await page.goto(`/${lang}/sources/`);
    const listed = await page.locator('#claims ~ .ledger-wrap tbody tr td:nth-child(2) a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(listed.sort()).toEqual(expected.sort());
  });

  test(`every citation on the ${lang} chapters links to its note, and the bibliography links back to it`, async ({ page }) => {
    for (const path of CHAPTERS.filter((p) => p.startsWith(`/${lang}/`))) {
      await page.goto(path);
      const targets = await page.locator('sup.cite a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      for (const target of new Set(targets)) await expect(page.locator(target!)).toHaveCount(1);
    }
    await page.goto(`/${lang}/sources/`);
    const backlinks = await page.locator('.bibliography .backlinks a').count();
    expect(backlinks).toBeGreaterThan(10);
  });
}

/** Pages that show the facts: the landing, every chapter (under its notes), Sources & method and the brief. */
const FACT_PAGES = ['en', 'zh'].flatMap((lang) => [`/${lang}/`, ...PAGES.filter((path) => path.startsWith(`/${lang}/`) && readFileSync(fileOf(path), 'utf8').includes('id="notes-heading"')), `/${lang}/sources/`, `/${lang}/brief/`]);

test('one “facts last checked” date, the same on the landing, every chapter’s notes, Sources and the brief, in both languages', async ({ page }) => {
  expect(FACT_PAGES.length).toBeGreaterThan(12);
  const dates = new Map<string, string>();
  for (const path of FACT_PAGES) {
    await page.goto(path);
    const stamp = page.locator('main .facts-checked time');
    await expect(stamp, path).toHaveCount(1);
    await stamp.scrollIntoViewIfNeeded();
    await expect(stamp, path).toBeVisible();
    const iso = (await stamp.getAttribute('datetime'))!;
    expect(iso, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await stamp.textContent(), path).toMatch(path.startsWith('/zh/') ? /^\d{4} 年 \d{1,2} 月 \d{1,2} 日$/ : /^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    dates.set(path, iso);
  }
  expect(new Set(dates.values()).size, JSON.stringify(Object.fromEntries(dates))).toBe(1);
});

for (const lang of ['en', 'zh'] as const) {
  test(`the ${lang} Sources page offers the bibliography as a .bib file a reader can download`, async ({ page }) => {
    await page.goto(`/${lang}/sources/`);
    const link = page.locator('#bibliography ~ .bib-download a[download]');
    await expect(link).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('@misc{zhou2024waic,');
    expect(text).toBe(readFileSync('content/references.bib', 'utf8'));
  });
}
