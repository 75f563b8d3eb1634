/**
 * The bibliography a reader downloads (content/references.bib, served as
 * /references.bib) must be clean enough for BibTeX, biber and Zotero: one entry
 * per key, every author named (no "and others"), no working notes or internal
 * paths, and every all-capital word in a title braced so that styles keep it.
 */
import { parse } from '@retorquere/bibtex-parser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const text = readFileSync(resolve(process.cwd(), 'content/references.bib'), 'utf8');
const raw = parse(text, { raw: true, english: false });
const parsed = parse(text);

/** Words of two or more capitals (acronyms such as AI, WAIC, GPT-4) left outside braces, which BibTeX lower-cases. */
export function unbracedCapitals(title: string): string[] {
  let depth = 0;
  let outside = '';
  for (const c of title) {
    if (c === '{') depth += 1;
    else if (c === '}') depth -= 1;
    else outside += depth === 0 ? c : ' ';
  }
  return outside.match(/(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]+(?![\p{Ll}])/gu) ?? [];
}

/** What a note for us, not for readers, looks like: unverified flags, to-dos, file paths. */
const WORKING_NOTE = /not verified|unverified|to verify|verify|TODO|FIXME|find and cite|cite by title|shared\/|seed\/|\.txt\b|\.md\b|facts\.md|fact sheet/i;

describe('the downloadable bibliography', () => {
  it('parses without errors', () => {
    expect(raw.errors).toEqual([]);
    expect(parsed.errors).toEqual([]);
    expect(raw.entries.length).toBeGreaterThan(30);
  });

  it('has each key once', () => {
    const keys = raw.entries.map((entry) => entry.key);
    const twice = keys.filter((key, i) => keys.indexOf(key) !== i);
    expect(twice).toEqual([]);
  });

  it('names every author: no "and others", which Zotero imports as an author called "others"', () => {
    for (const entry of parsed.entries) {
      const names = [...(entry.fields.author ?? []), ...(entry.fields.editor ?? [])].map((creator) => creator.name ?? creator.lastName ?? '');
      expect(names.filter((name) => /^others$/i.test(name)), entry.key).toEqual([]);
    }
  });

  it('carries no notes meant for us and no internal paths', () => {
    for (const entry of raw.entries) {
      for (const [field, value] of Object.entries(entry.fields)) {
        if (field === 'url' || field === 'eprint') continue;
        expect(String(value), `${entry.key}.${field}`).not.toMatch(WORKING_NOTE);
      }
    }
    expect(text).not.toMatch(/shared\/|\/seed\/|not verified/i);
  });

  it('braces every all-capital word in a title, so that BibTeX keeps "AI" and "WAIC" as they are', () => {
    for (const entry of raw.entries) {
      for (const field of ['title', 'titleaddon', 'shorttitle', 'booktitle'] as const) {
        const value = entry.fields[field];
        if (typeof value === 'string') expect(unbracedCapitals(value), `${entry.key}.${field}: ${value}`).toEqual([]);
      }
    }
  });

  it('the check finds what it is meant to find', () => {
    expect(unbracedCapitals('Towards AI-45° Law for WAIC 2024')).toEqual(['AI', 'WAIC']);
    expect(unbracedCapitals('Towards {AI}-45° Law: {GPT-4} and {DeepSeek-V3}')).toEqual([]);
    expect(unbracedCapitals('A Roadmap to Trustworthy AGI')).toEqual(['AGI']);
  });

  it('names the report of the speech by what it is: no author, since Zhou is its speaker', () => {
    const report = parsed.entries.find((entry) => entry.key === 'zhou2024waic');
    expect(report?.fields.author ?? []).toEqual([]);
  });
});
