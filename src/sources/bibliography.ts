/**
 * The bibliography: `content/references.bib`, parsed once with citation-js and
 * formatted in APA style. Build-time only (Node).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { en } from '../i18n/en';
import { t, type DictKey, type Lang } from '../i18n/index';

// Resolved from the project root: this module also runs bundled, where import.meta.url moves.
const BIB_PATH = resolve(process.cwd(), 'content/references.bib');

interface CslName { family?: string; given?: string; literal?: string }
export interface Reference {
  id: string;
  title: string;
  type?: string;
  /** CSL's genre: APA prints it in brackets after the title. */
  genre?: string;
  author?: CslName[];
  issued?: { 'date-parts'?: number[][] };
  URL?: string;
}

/**
 * An entry as APA should see it. citation-js gives a BibTeX `@techreport` the
 * genre "techreport", its own type name, which APA then prints as a
 * description, "[Techreport]"; a report's genre is only kept when the
 * entry names one (`type = {Working paper}`).
 * @example forApa({ id: 'k', title: 'T', type: 'report', genre: 'techreport' }) // { id: 'k', title: 'T', type: 'report' }
 */
export function forApa(entry: Reference): Reference {
  if (entry.genre?.toLowerCase() !== 'techreport') return entry;
  const { genre: _typeName, ...rest } = entry;
  return rest;
}

let cache: Map<string, Reference> | undefined;

/** Every entry of the bibliography, by key. */
export function references(): Map<string, Reference> {
  if (!cache) {
    const cite = new Cite(readFileSync(BIB_PATH, 'utf8'));
    cache = new Map((cite.data as Reference[]).map((entry) => [entry.id, forApa(entry)]));
  }
  return cache;
}

/** Throws a build error naming the key when a citation points nowhere. */
export function requireReference(key: string, where: string): Reference {
  const entry = references().get(key);
  if (!entry) throw new Error(`Unknown citation key "${key}" in ${where}: add it to content/references.bib or fix the key.`);
  return entry;
}

/**
 * The APA reference for one entry, as HTML produced by citation-js.
 * @example apaHtml('pearl2018why') // '<div class="csl-entry">Pearl, J., &amp; Mackenzie, D. (2018). <i>The Book of Why…'
 */
export function apaHtml(key: string): string {
  const entry = requireReference(key, 'apaHtml');
  const html = new Cite(entry).format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' }) as string;
  return html
    .replace(/^\s*<div class="csl-bib-body">\s*/, '')
    .replace(/\s*<\/div>\s*$/, '')
    .replace(/(https?:\/\/[^\s<]+?)(?=<\/div>$)/, '<a href="$1">$1</a>')
    .trim();
}

/**
 * The reader's-language name of a work that has no author (a news report):
 * the interface string `ref.<key>`, when there is one.
 * @example ownLabel('zhou2024waic', 'zh') // '演讲报道'
 */
function ownLabel(key: string, lang: Lang): string | undefined {
  const dictKey = `ref.${key}`;
  return dictKey in en ? t(lang, dictKey as DictKey) : undefined;
}

/**
 * A short author–year label for a footnote marker's tooltip, sidenotes, slides
 * and the Sources page, in the reader's language. A work without an author (a
 * news report) is named by what it is, never by the person it reports on:
 * `ref.<key>` in the interface strings, else its short title.
 * @example shortLabel('ouyang2022instructgpt') // 'Ouyang et al. (2022)'
 * @example shortLabel('zhou2024waic', 'zh') // '演讲报道（2024）'
 */
export function shortLabel(key: string, lang: Lang = 'en'): string {
  const entry = requireReference(key, 'shortLabel') as Reference & { 'title-short'?: string };
  const all = (entry.author ?? []).map((name) => name.family ?? name.literal ?? '');
  const names = all;
  const year = entry.issued?.['date-parts']?.[0]?.[0] ?? 'n.d.';
  if (names.length === 0) {
    const label = ownLabel(key, lang) ?? entry['title-short'] ?? entry.title;
    return lang === 'zh' && /\p{Script=Han}$/u.test(label) ? `${label}（${year}）` : `${label} (${year})`;
  }
  const etAl = names.length > 2;
  const first = names[0]!.replace(/,.*$/, '');
  const who = etAl ? `${first} et al.` : names.length === 2 ? `${first} & ${names[1]}` : first;
  return `${who} (${year})`;
}
