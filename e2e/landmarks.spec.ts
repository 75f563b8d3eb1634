/**
 * What the IBM accessibility engine and the W3C Nu checker found that axe and
 * html-validate pass, checked on every built page: the skip link sits inside a
 * landmark, the contents <aside> is named, a focusable equation box has a role
 * that expects focus and a name unique on its page, every <fieldset> has a
 * <legend>, and no SVG carries Plot's `font-variant` attribute (not SVG 1.1).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { fileOf } from '../src/build/builtPages';
import { PAGES } from './site';

const LANDMARKS = 'header, nav, main, aside, footer, [role="region"], section[aria-label], section[aria-labelledby]';

test('every page: skip link in a landmark, named contents, focusable equations as unique regions, legends, no font-variant attribute', () => {
  const problems: string[] = [];
  for (const path of PAGES) {
    const html = readFileSync(fileOf(path), 'utf8');
    const { document } = parseHTML(html);
    const skip = document.querySelector('a.skip');
    if (skip && !skip.parentElement?.closest(LANDMARKS)) problems.push(`${path}: skip link outside every landmark`);
    for (const aside of document.querySelectorAll('aside')) if (!aside.getAttribute('aria-label') && !aside.getAttribute('aria-labelledby')) problems.push(`${path}: <aside> without a name`);
    const names = [...document.querySelectorAll('.equations')].map((box) => {
      const region = box.getAttribute('role') === 'region' || (box.tagName === 'SECTION' && !box.hasAttribute('role') && box.hasAttribute('aria-label'));
      if (box.getAttribute('tabindex') === '0' && !region) problems.push(`${path}: focusable equations that are not a named region`);
      return box.getAttribute('aria-label') ?? '';
    });
    if (new Set(names).size !== names.length) problems.push(`${path}: two equation regions share a name`);
    for (const fieldset of document.querySelectorAll('fieldset')) if (fieldset.firstElementChild?.tagName !== 'LEGEND') problems.push(`${path}: <fieldset> without a <legend> first`);
    if (html.includes('font-variant="')) problems.push(`${path}: font-variant attribute in SVG`);
  }
  expect(problems).toEqual([]);
});
