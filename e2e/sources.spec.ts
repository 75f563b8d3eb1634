import { expect, test } from '@playwright/test';
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
