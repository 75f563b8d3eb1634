/**
 * Citing the site in real tools: every BibTeX entry of both languages, pasted
 * into one .bib file, parses with a real BibTeX parser (the one behind Better
 * BibTeX for Zotero) with unique keys, a title in its own language and valid
 * fields; and each chapter and figure page carries the metadata reference
 * managers and Google Scholar read.
 */
import { parse } from '@retorquere/bibtex-parser';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { fileOf } from '../src/build/builtPages';
import { PAGES } from './site';

const FIELDS = new Set(['author', 'title', 'url', 'howpublished', 'version', 'year', 'month', 'date']);
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']);

function documentOf(path: string): Document {
  return parseHTML(readFileSync(fileOf(path), 'utf8')).document as unknown as Document;
}

/** Every "cite this" BibTeX entry on the built site, with the page it came from. */
function collectBibtex(): { path: string; text: string }[] {
  return PAGES.flatMap((path) => [...documentOf(path).querySelectorAll('pre[data-bibtex]')].map((pre) => ({ path, text: pre.textContent ?? '' })));
}

test.describe('citations', () => {
  test('all BibTeX of both languages in one file parses, with unique keys, kept titles and valid fields', () => {
    const blocks = collectBibtex();
    expect(blocks.length).toBeGreaterThan(20);
    expect(blocks.some(({ path }) => path.startsWith('/zh/'))).toBe(true);
    // The same work cited on two pages (a figure in its chapter and on its own page) is the same entry.
    const byKey = new Map<string, string>();
    for (const { path, text } of blocks) {
      const key = /^@\w+\{([^,]+),/.exec(text)?.[1] ?? '';
      const seen = byKey.get(key);
      expect(seen === undefined || seen === text, `key ${key} on ${path} names another work`).toBe(true);
      byKey.set(key, text);
    }
    const file = [...byKey.values()].join('\n\n');
    const library = parse(file);
    expect(library.errors).toEqual([]);
    expect(library.entries.length).toBe(byKey.size);
    expect(new Set(library.entries.map((entry) => entry.key)).size).toBe(library.entries.length);
    for (const entry of library.entries) {
      const title = entry.fields.title ?? '';
      expect(title.replace(/<[^>]+>/g, '').trim(), `${entry.key} has a title`).not.toBe('');
      if (entry.key.startsWith('ai45-zh')) expect(title, `${entry.key} keeps its Han title`).toMatch(/\p{Script=Han}/u);
      expect(Object.keys(entry.fields).filter((name) => !FIELDS.has(name)), `${entry.key} fields`).toEqual([]);
      expect(entry.fields.year).toMatch(/^\d{4}$/);
      expect(entry.fields.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.fields.url).toMatch(/^https?:\/\//);
      expect(entry.fields.author?.[0]?.name ?? '').not.toBe('');
    }
    // biblatex prints every field it knows: the URL once (no \url in howpublished or note), no raw language string.
    for (const text of byKey.values()) {
      const url = /^ {2}url = \{(.*)\},$/m.exec(text)?.[1] ?? '';
      expect(text.split(url).length - 1, text).toBe(1);
      expect(text, text).not.toMatch(/\\url|^ {2}(language|note|organization) =/m);
      // Plain BibTeX names the site: howpublished, for every part of it.
      if (!/^@misc\{ai45-(en|zh),/.test(text)) expect(text, text).toMatch(/^ {2}howpublished = \{\S/m);
    }
    // The parser resolves month macros to numbers, so check the source: a macro, not "nov 25".
    for (const match of file.matchAll(/^ {2}month = (.*),$/gm)) expect(MONTHS.has(match[1]!)).toBe(true);
  });

  test('a citation is dated by the changelog, not by the build', () => {
    const changelog = JSON.parse(readFileSync('content/changelog.json', 'utf8')) as { date: string }[];
    const dates = new Set(changelog.map((entry) => entry.date));
    for (const { text } of collectBibtex()) expect(dates.has(/date = \{([\d-]+)\}/.exec(text)?.[1] ?? '')).toBe(true);
  });

  // Zotero's Embedded Metadata translator: a bare citation_title (no journal) or og:type=article makes a journal article;
  // citation_author is split into a person's names. A web page: og:type=website, Dublin Core, no citation_* at all; the brief: a report.
  const WEB_PAGES = ['/en/45-degree-law/', '/zh/45-degree-law/', '/zh/figures/trajectory/', '/en/figures/compute/', '/en/', '/zh/sources/', '/en/imbalance/p/p-compute-1/'];
  for (const path of [...WEB_PAGES, '/en/brief/', '/zh/brief/']) {
    test(`${path} tells a reference manager what it is: type, site, one creator, date, language and its own URL`, () => {
      const document = documentOf(path);
      const meta = (name: string) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
      const property = (name: string) => document.querySelector(`meta[property="${name}"]`)?.getAttribute('content') ?? '';
      const zh = path.startsWith('/zh/');
      expect(property('og:type')).toBe('website');
      expect(property('og:site_name')).toBe(zh ? '读懂 AI-45° 平衡律' : 'The AI-45° Law, explained');
      expect(document.querySelectorAll('meta[name="citation_author"], meta[name="citation_authors"], meta[name="citation_journal_title"]').length).toBe(0);
      if (path.endsWith('/brief/')) {
        expect(meta('citation_title')).not.toBe('');
        expect(meta('citation_technical_report_institution')).toBe(property('og:site_name'));
      } else {
        expect(meta('citation_title')).toBe('');
      }
      if (path.includes('/p/')) return;
      expect(document.querySelectorAll('meta[name="DC.creator"]').length).toBe(1);
      expect(meta('DC.creator')).toBe(zh ? 'AI-45° 解读团队' : 'The AI-45° explainer team');
      expect(meta('DC.date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meta('DC.language')).toBe(zh ? 'zh-Hans' : 'en');
      // Its own address: the page's canonical URL (Sources & method under its own title, not the site's).
      expect(meta('DC.identifier')).toBe(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
      if (path.endsWith('/sources/')) expect(meta('DC.title')).toBe('来源与方法');
      const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as Record<string, unknown>;
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld.dateModified).toBe(meta('DC.date'));
      expect(ld.inLanguage).toBe(meta('DC.language'));
      expect((ld.author as { '@type'?: string })['@type']).toBe('Organization');
      if (path !== '/en/') expect((ld.isPartOf as { name?: string }).name).toBe(property('og:site_name'));
    });
  }
});

test.describe('updates and corrections', () => {
  const changelog = JSON.parse(readFileSync('content/changelog.json', 'utf8')) as { date: string; chapters?: string[]; en: string; zh: string }[];

  for (const lang of ['en', 'zh'] as const) {
    test(`the ${lang} Atom feed lists every changelog entry, and each chapter lists those that name it`, async ({ request }) => {
      const response = await request.get(`/${lang}/updates.xml`);
      expect(response.ok()).toBe(true);
      const xml = await response.text();
      const { document } = parseHTML(xml.replace(/^<\?xml[^>]*>\n/, ''));
      expect(document.querySelector('feed')?.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
      const entries = [...document.querySelectorAll('entry')];
      expect(entries.map((entry) => entry.querySelector('content')?.textContent)).toEqual(changelog.map((entry) => entry[lang]));
      const ids = entries.map((entry) => entry.querySelector('id')?.textContent);
      expect(new Set(ids).size).toBe(ids.length);
      expect(documentOf(`/${lang}/`).querySelector(`link[rel="alternate"][type="application/atom+xml"][href="/${lang}/updates.xml"]`)).not.toBeNull();
      for (const slug of new Set(changelog.flatMap((entry) => entry.chapters ?? []))) {
        const listed = [...documentOf(`/${lang}/${slug}/`).querySelectorAll('#updates ~ .updates li')].map((li) => li.textContent ?? '');
        const expected = changelog.filter((entry) => entry.chapters?.includes(slug)).map((entry) => entry[lang]);
        expect(listed.length, slug).toBeGreaterThanOrEqual(expected.length);
        for (const text of expected) expect(listed.some((item) => item.includes(text)), `${slug}: ${text}`).toBe(true);
      }
    });
  }
});
