/**
 * Share pages, twins and the side-by-side view, read from the built site: every
 * paragraph of every chapter has a share page whose preview is that paragraph
 * (its title, its words, a card) and which sends the reader on to it, with
 * JavaScript off too; a figure preset's page previews the figure in that state;
 * the brief has its own card; the side-by-side view pairs every paragraph.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { builtPages, chapterSlugs, fileOf } from '../src/build/builtPages';
import { paragraphsOf, shareDescription } from '../src/sources/paragraphVersions';
import { paragraphSharePath, presetSharePath } from '../src/sources/sharePages';

const documentOf = (path: string) => parseHTML(readFileSync(fileOf(path), 'utf8')).document as unknown as Document;
const meta = (document: Document, selector: string, attribute = 'content') => document.querySelector(selector)?.getAttribute(attribute) ?? '';
const pngBytes = (url: string) => readFileSync(`dist${new URL(url).pathname}`);
const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
const LANGS = ['en', 'zh'] as const;

test.describe('share pages', () => {
  for (const lang of LANGS) {
    test(`every ${lang} paragraph has a share page that previews that paragraph and sends the reader to it`, () => {
      let count = 0;
      for (const slug of chapterSlugs()) {
        const chapter = documentOf(`/${lang}/${slug}/`);
        const chapterTitle = chapter.querySelector('h1')?.textContent ?? '';
        const versions = JSON.parse(chapter.querySelector('script[data-paragraph-versions]')?.textContent ?? '{}') as Record<string, string[]>;
        for (const paragraph of paragraphsOf(chapter)) {
          count += 1;
          const version = Object.entries(versions).find(([, ids]) => ids.includes(paragraph.id))?.[0];
          expect(version, `${slug} ${paragraph.id} has a version`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          for (const path of [paragraphSharePath(lang, slug, paragraph.id), paragraphSharePath(lang, slug, paragraph.id, version)]) {
            const page = documentOf(path);
            const where = `${path}`;
            expect(meta(page, 'meta[property="og:title"]'), where).toContain(paragraph.label);
            expect(meta(page, 'meta[property="og:title"]'), where).toContain(chapterTitle);
            expect(meta(page, 'meta[property="og:description"]'), where).toBe(shareDescription(paragraph.text, lang));
            expect(meta(page, 'meta[name="twitter:description"]'), where).toBe(shareDescription(paragraph.text, lang));
            expect(paragraph.text.startsWith(meta(page, 'meta[property="og:description"]').replace(/…$/, '')), where).toBe(true);
            expect(pngSize(pngBytes(meta(page, 'meta[property="og:image"]'))), where).toEqual([1200, 630]);
            expect(meta(page, 'meta[name="robots"]'), where).toBe('noindex');
            expect(new URL(meta(page, 'link[rel="canonical"]', 'href')).pathname, where).toBe(`/${lang}/${slug}/`);
            expect(new URL(meta(page, 'meta[property="og:url"]')).pathname, where).toBe(path);
            // On at once without JavaScript, and a visible link for a reader whose browser does not follow it.
            const target = `/${lang}/${slug}/#${paragraph.id}`;
            expect(meta(page, 'meta[http-equiv="refresh"]'), where).toBe(`0; url=${target}`);
            expect(page.querySelector(`main a[href="${target}"]`), where).not.toBeNull();
            expect(page.querySelector('[data-share-text]')?.textContent?.trim(), where).toBe(paragraph.text);
            expect(page.querySelector('[data-version-notice]'), where).toBeNull();
          }
        }
      }
      expect(count).toBeGreaterThan(80);
    });
  }

  test('no share page is in the sitemap or the offline cache', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    const sw = readFileSync('dist/sw.js', 'utf8');
    expect(sitemap).not.toMatch(/\/p\/p-/);
    expect(sw).not.toMatch(/\/p\/p-/);
    expect(sitemap).not.toContain('share-1.8');
  });

  test('a figure preset’s link previews the figure in that state, and its og:url keeps the state', () => {
    let count = 0;
    for (const lang of LANGS) {
      for (const path of builtPages().filter((p) => new RegExp(`^/${lang}/figures/[a-z-]+/$`).test(p))) {
        const id = path.split('/')[3]!;
        const figurePage = documentOf(path);
        const defaultCard = pngBytes(meta(figurePage, 'meta[property="og:image"]'));
        for (const button of figurePage.querySelectorAll(`#fig-${id} [data-preset]`)) {
          count += 1;
          const state = JSON.parse(button.getAttribute('data-preset') ?? '{}') as Record<string, number>;
          const share = presetSharePath(lang, id, state);
          const page = documentOf(share);
          expect(new URL(meta(page, 'meta[property="og:url"]')).pathname, share).toBe(share);
          expect(meta(page, 'meta[property="og:title"]'), share).toContain(button.textContent?.trim() ?? '');
          const card = pngBytes(meta(page, 'meta[property="og:image"]'));
          expect(pngSize(card), share).toEqual([1200, 630]);
          // The card is drawn in the preset's state: it is not the default card (unless the preset is the default).
          const isDefault = button.getAttribute('aria-pressed') === 'true';
          if (!isDefault) expect(card.equals(defaultCard), `${share} draws its state`).toBe(false);
          const refresh = meta(page, 'meta[http-equiv="refresh"]').replace(/^0; url=/, '');
          const target = new URL(refresh, 'http://x');
          expect(target.hash, share).toBe(`#fig-${id}`);
          for (const [key, value] of Object.entries(state)) expect([String(value), null], `${share} ${key}`).toContain(target.searchParams.get(key));
          expect(page.querySelector(`main a[href="${refresh.replaceAll('&', '&')}"]`), share).not.toBeNull();
        }
      }
    }
    expect(count).toBeGreaterThan(10);
  });

  test('the brief has its own card', () => {
    for (const lang of LANGS) {
      const image = meta(documentOf(`/${lang}/brief/`), 'meta[property="og:image"]');
      expect(image).toMatch(new RegExp(`/og/${lang}/brief\\.png$`));
      expect(pngSize(pngBytes(image))).toEqual([1200, 630]);
    }
  });
});

test.describe('twins', () => {
  for (const lang of LANGS) {
    test(`the ${lang} side-by-side view pairs every paragraph of every chapter with its twin`, () => {
      const other = lang === 'en' ? 'zh' : 'en';
      for (const slug of chapterSlugs()) {
        const view = documentOf(`/${lang}/${slug}/side-by-side/`);
        const mine = paragraphsOf(documentOf(`/${lang}/${slug}/`));
        const theirs = paragraphsOf(documentOf(`/${other}/${slug}/`));
        expect(theirs.map((p) => p.id), `${slug}: both languages have the same paragraphs`).toEqual(mine.map((p) => p.id));
        const pairs = [...view.querySelectorAll('[data-pair]')];
        expect(pairs.map((pair) => pair.getAttribute('data-pair')), slug).toEqual(mine.map((p) => p.id));
        pairs.forEach((pair, i) => {
          const [first, second] = [...pair.querySelectorAll(':scope > p')];
          const text = (p: Element | undefined) => (p?.textContent ?? '').replace(/^\s*§\S+ ¶\d+[b-z]?\s*/, '').trim();
          expect(text(first), `${slug} ${mine[i]!.id}`).toBe(mine[i]!.text);
          expect(text(second), `${slug} ${mine[i]!.id}`).toBe(theirs[i]!.text);
          expect(second?.getAttribute('lang')).toBe(other === 'zh' ? 'zh-Hans' : 'en');
          expect(second?.querySelector('a')?.getAttribute('href')).toBe(`/${other}/${slug}/#${mine[i]!.id}`);
        });
      }
    });
  }

  test.describe('from a paragraph', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
    test('the permalink menu copies the versioned share link and opens the twin in one tap', async ({ page }) => {
      await page.goto('/en/imbalance/');
      await page.locator('#p-compute-1 .para-link').click();
      const menu = page.locator('.permalink-menu');
      await menu.getByRole('button', { name: 'Copy link' }).click();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toMatch(/\/en\/imbalance\/p\/p-compute-1\/\d{4}-\d{2}-\d{2}\/$/);
      await menu.getByRole('button', { name: 'Copy quote with citation' }).click();
      const quote = await page.evaluate(() => navigator.clipboard.readText());
      expect(quote).toMatch(/version of \d{4}-\d{2}-\d{2}\) http/);
      expect(quote.endsWith(link)).toBe(true);
      await menu.getByRole('link', { name: 'This paragraph in Chinese' }).click();
      await expect(page).toHaveURL(/\/zh\/imbalance\/#p-compute-1$/);
      await expect(page.locator('#p-compute-1')).toBeInViewport();
      // The share link, followed, lands on the paragraph.
      await page.goto(link);
      await expect(page).toHaveURL(/\/en\/imbalance\/#p-compute-1$/);
      await expect(page.locator('#p-compute-1')).toBeInViewport();
    });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a share page sends the reader on to the paragraph', async ({ page }) => {
    await page.goto('/zh/45-degree-law/p/p-plane-2/');
    await expect(page).toHaveURL(/\/zh\/45-degree-law\/#p-plane-2$/);
    await expect(page.locator('#p-plane-2')).toBeInViewport();
  });
});

test.describe('a link made at an older version', () => {
  // A paragraph of the record that has changed since its first version, in each language.
  const record = JSON.parse(readFileSync('content/paragraph-versions.json', 'utf8')) as Record<string, Record<string, Partial<Record<'en' | 'zh', { date: string; text: string; change: string }[]>>>>;
  for (const lang of LANGS) {
    const [slug, id, versions] = Object.entries(record).flatMap(([s, paragraphs]) => Object.entries(paragraphs).map(([p, langs]) => [s, p, langs[lang] ?? []] as const)).find(([, , v]) => v.length > 1)!;
    const [then, now] = [versions[0]!, versions.at(-1)!];
    test(`${lang}: the share page and the chapter say, at ${id}, that it changed, when and why, with the text as it was`, async ({ page }) => {
      const share = paragraphSharePath(lang, slug, id, then.date);
      await page.goto(share);
      // The share page stays (no refresh) and tells; its link goes on to the chapter with the version.
      await expect(page.locator('[data-version-notice] blockquote')).toHaveText(then.text);
      await page.locator(`main a[href="/${lang}/${slug}/?v=${then.date}#${id}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/${slug}/\\?v=${then.date}#${id}$`));
      const notice = page.locator(`.version-notice:has(+ #${id})`);
      await expect(notice).toBeVisible();
      await expect(notice).toBeInViewport();
      await expect(notice.locator('blockquote')).toHaveText(then.text);
      await expect(notice).toContainText(lang === 'en' ? (now.change === 'correction' ? 'corrected' : 'edited') : now.change === 'correction' ? '更正' : '编辑修改');
      await expect(notice.locator(`a[href="${share}"]`)).toBeVisible();
      // The paragraph itself reads as it does now.
      expect(paragraphsOf(parseHTML(await page.content()).document as unknown as Document).find((p) => p.id === id)?.text).toBe(now.text);
      // A link made at the version now, or with a malformed version, says nothing.
      for (const v of [now.date, '2026-13-99x', '<b>']) {
        await page.goto(`/${lang}/${slug}/?v=${encodeURIComponent(v)}#${id}`);
        await expect(page.locator(`#${id}`)).toBeInViewport();
        await expect(page.locator('.version-notice')).toHaveCount(0);
      }
    });
  }
});
