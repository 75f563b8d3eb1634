/**
 * Typography read from the built pages, as a reader sees the text: Chinese
 * sentences use full-width punctuation (clreq, the Chinese copywriting
 * guidelines), English text uses curly apostrophes. Only text in the language
 * being checked counts: an English reference on a Chinese page, or a Chinese
 * name inside an English one, follows its own language's rules.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { builtPages, fileOf, langOf } from '../scripts/pages';

/** Elements whose text is not prose: code, maths, pictures, scripts. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'PRE', 'CODE', 'MATH', 'SVG', 'TEXTAREA']);

/** The text of every run of a page in the given language (by the nearest `lang`), plus its title and description. */
function textIn(path: string, lang: 'en' | 'zh'): string[] {
  const { document } = parseHTML(readFileSync(fileOf(path), 'utf8'));
  const runs: string[] = [];
  const walk = (node: Node, current: string) => {
    if (node.nodeType === 3) {
      if (current.startsWith(lang)) runs.push(node.textContent ?? '');
      return;
    }
    const element = node as Element;
    if (NOT_PROSE.has(element.nodeName?.toUpperCase())) return;
    const own = element.getAttribute?.('lang') ?? current;
    for (const child of node.childNodes) walk(child, own);
  };
  walk(document.documentElement, document.documentElement.getAttribute('lang') ?? '');
  if (langOf(path) === lang) {
    runs.push(document.title, document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
  }
  return runs;
}

const pages = builtPages().filter((path) => path !== '/404.html');

test('Chinese text has no ASCII colon, comma or parenthesis right after a Han character', () => {
  const found = pages.flatMap((path) =>
    textIn(path, 'zh').flatMap((run) => [...run.matchAll(/\p{Script=Han}[:,()]/gu)].map((m) => `${path}: “…${run.slice(Math.max(0, m.index - 12), m.index + 8)}…”`)),
  );
  expect(found).toEqual([]);
});

test('English text uses curly apostrophes, not straight ones between letters', () => {
  const found = pages.flatMap((path) =>
    textIn(path, 'en').flatMap((run) => [...run.matchAll(/\p{L}'\p{L}/gu)].map((m) => `${path}: “…${run.slice(Math.max(0, m.index - 12), m.index + 8)}…”`)),
  );
  expect(found).toEqual([]);
});
