/** The pages of the built site (dist/), as URL paths: the list every gate walks. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_astro' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Every built page as a URL path, sorted.
 * @example builtPages() // ['/', '/404.html', '/en/', '/en/45-degree-law/', …]
 */
export function builtPages(dist = DIST): string[] {
  return htmlFiles(dist)
    .map((file) => '/' + relative(dist, file).split(sep).join('/'))
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .sort();
}

/** The built file behind a URL path. */
export function fileOf(path: string, dist = DIST): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/**
 * The chapters' slugs, from the English chapter files (`NN-slug.mdx`); both languages share them.
 * @example chapterSlugs() // ['imbalance', '45-degree-law', …]
 */
export function chapterSlugs(dir = 'content/chapters/en'): string[] {
  return readdirSync(dir)
    .filter((name) => /^\d+-.+\.mdx$/.test(name))
    .sort()
    .map((name) => name.replace(/^\d+-/, '').replace(/\.mdx$/, ''));
}

/**
 * The template a page is built from, the same in both languages: checks that
 * cost a page load each run on every page once, and in all their variants on
 * one page of each kind.
 * @example pageKind('/zh/figures/doing/') // '/figures/*\/'
 * @example pageKind('/en/intervenable/') // 'chapter'
 * @example pageKind('/en/intervenable/side-by-side/') // '/<chapter>/side-by-side/'
 */
export function pageKind(path: string, chapters = chapterSlugs()): string {
  if (path === '/') return 'root';
  if (path === '/404.html') return '404';
  const [first, second, ...rest] = path.replace(/^\/(en|zh)(?=\/)/, '').split('/').filter(Boolean);
  if (!first) return 'landing';
  const chapter = chapters.includes(first);
  if (!second) return chapter ? 'chapter' : `/${first}/`;
  // A chapter's pages are one kind across chapters: its side-by-side page, its paragraphs' share pages.
  if (chapter) return `/<chapter>/${second}/${rest.map(() => '*/').join('')}`;
  return `/${first}/*/${rest.map(() => '*/').join('')}`;
}

/** A page's language: Chinese pages live under /zh/, everything else is English. */
export const langOf = (path: string): 'en' | 'zh' => (path.startsWith('/zh/') ? 'zh' : 'en');

/**
 * The first page of each kind in each language, in the order given.
 * @example representatives(['/en/a/', '/en/b/', '/zh/a/']) // with a and b chapters: ['/en/a/', '/zh/a/']
 */
export function representatives(paths: string[]): string[] {
  const chapters = chapterSlugs();
  const seen = new Set<string>();
  return paths.filter((path) => {
    const key = `${langOf(path)} ${pageKind(path, chapters)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
