/**
 * How to cite the site, a chapter or a figure: an APA line (citation-js) and a
 * BibTeX entry written here, so that it keeps its title in its own language
 * (citation-js's BibTeX output drops every character it cannot spell in
 * ASCII TeX, which is every Han character), gets a key unique across the site
 * and both languages, and a `month` that BibTeX knows. Build-time only (Node).
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Lang } from '../i18n/index';

export interface CitationRecord {
  /** BibTeX key, from `citationKey`. */
  key: string;
  title: string;
  /** For a chapter or figure: the site it is part of. */
  container?: string;
  author: string;
  /** ISO date when the work last changed in substance (from the changelog). */
  date: string;
  /** ISO date when it was first published. */
  published: string;
  url: string;
  lang: Lang;
  /** A paragraph's version: the date its quoted text was published (the link carries it too). */
  version?: string;
}

/**
 * The BibTeX key of the site, a chapter or a figure in one language: ASCII, stable, unique.
 * @example citationKey('zh', 'figure', 'trajectory') // 'ai45-zh-fig-trajectory'
 * @example citationKey('en', 'chapter', '45-degree-law') // 'ai45-en-45-degree-law'
 * @example citationKey('en', 'brief') // 'ai45-en-brief'
 */
export function citationKey(lang: Lang, kind: 'site' | 'chapter' | 'figure' | 'brief', id = ''): string {
  if (kind === 'site') return `ai45-${lang}`;
  if (kind === 'brief') return `ai45-${lang}-brief`;
  if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`Citation id "${id}" must be lowercase ASCII letters, digits and hyphens.`);
  return kind === 'figure' ? `ai45-${lang}-fig-${id}` : `ai45-${lang}-${id}`;
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

function dateParts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Citation date "${iso}" must be YYYY-MM-DD.`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * TeX's special characters escaped for a BibTeX field; every other character,
 * Han included, stays as it is (UTF-8, for biber and xelatex/lualatex).
 * @example texText('R&D: 50% of #1_x') // 'R\\&D: 50\\% of \\#1\\_x'
 */
export function texText(value: string): string {
  return value.replace(/[\\{}#$%&_~^]/g, (c) => ({ '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' })[c] ?? `\\${c}`);
}

/**
 * A URL inside `\url{…}` in a BibTeX field (the `url` field itself is verbatim).
 * @example texUrl('https://x/a_b/#fig') // 'https://x/a\\_b/\\#fig'
 */
export function texUrl(url: string): string {
  return url.replace(/[#%&_]/g, (c) => `\\${c}`);
}

/**
 * The BibTeX entry: `@misc`, read alike by BibTeX and biblatex/biber, each
 * field printed once. `howpublished` names the site (plain BibTeX prints it;
 * it ignores `organization` on `@misc`); the URL is in `url` alone, which
 * biblatex, plainnat and GB/T 7714 print (plain.bst, older than URLs, leaves
 * it out rather than print it twice elsewhere); `year` and `month` (a month
 * macro) for BibTeX, `date` for biblatex. No `language` field: biblatex
 * prints it raw ("chinese.") and the title already is in its language; the
 * title is braced so that styles keep its case.
 * @example bibtexEntry({ key: 'ai45-zh', title: '读懂 AI-45° 平衡律', author: 'AI-45° 解读团队', date: '2026-11-25', published: '2026-11-25', url: 'https://x/zh/', lang: 'zh' })
 * // '@misc{ai45-zh,\n  author = {{AI-45° 解读团队}},\n  title = {{读懂 AI-45° 平衡律}},\n …'
 */
export function bibtexEntry(record: CitationRecord): string {
  const [year, month] = dateParts(record.date);
  const fields: [string, string][] = [
    ['author', `{{${texText(record.author)}}}`],
    ['title', `{{${texText(record.title)}}}`],
    ...(record.container ? [['howpublished', `{${texText(record.container)}}`] as [string, string]] : []),
    ...(record.version ? [['version', `{${record.version}}`] as [string, string]] : []),
    ['url', `{${record.url}}`],
    ['year', `{${year}}`],
    ['month', BIBTEX_MONTHS[month - 1]!],
    ['date', `{${record.date}}`],
  ];
  return `@misc{${record.key},\n${fields.map(([name, value]) => `  ${name} = ${value},`).join('\n')}\n}`;
}

/**
 * The date as an APA reference gives it, in the page's language.
 * @example apaDate('zh', '2026-11-25') // '2026 年 11 月 25 日'
 */
export function apaDate(lang: Lang, iso: string): string {
  const [year, month, day] = dateParts(iso);
  if (lang === 'zh') return `${year} 年 ${month} 月 ${day} 日`;
  const name = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
  return `${year}, ${name} ${day}`;
}

/**
 * The APA reference as HTML, produced by citation-js, with the date in the page's language.
 * @example apaReference({ key: 'k', title: 'T', author: 'A', date: '2026-11-25', published: '2026-11-25', url: 'https://x/', lang: 'en' }) // 'A. (2026, November 25). <i>T</i>. https://x/'
 */
export function apaReference(record: CitationRecord): string {
  const cite = new Cite({
    id: record.key,
    type: 'webpage',
    title: record.title,
    ...(record.container ? { 'container-title': record.container } : {}),
    author: [{ literal: record.author }],
    issued: { literal: apaDate(record.lang, record.date) },
    URL: record.url,
    language: record.lang === 'zh' ? 'zh-Hans' : 'en',
  });
  const html = cite.format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' }) as string;
  return html.replace(/^\s*<div class="csl-bib-body">\s*<div[^>]*>/, '').replace(/<\/div>\s*<\/div>\s*$/, '').trim();
}
