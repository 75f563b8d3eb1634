import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryTerms } from '../../sources/glossary';
import { firstUse } from './glossary';

describe('glossary links', () => {
  it('finds a term’s first use, but not inside a longer word that is another term (泛对齐 is not 对齐)', () => {
    expect(firstUse('泛对齐与对齐', /对齐/g, /泛对齐/g)?.index).toBe(4);
    expect(firstUse('only approximate alignment here', /(?<![A-Za-z-])alignment(?![A-Za-z])/gi, /approximate alignment/gi)).toBeUndefined();
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`every term of the glossary is used in some ${lang} chapter, so each entry is linked from the text (or says why not)`, () => {
      const text = readdirSync(`content/chapters/${lang}`)
        .map((file) => readFileSync(`content/chapters/${lang}/${file}`, 'utf8').split('\n---\n').slice(1).join(''))
        .join('\n')
        .toLowerCase();
      const unused = glossaryTerms().filter((term) => !term.unused && !term[lang].match.some((word) => text.includes(word.toLowerCase())));
      expect(unused.map((term) => term.id)).toEqual([]);
    });
  }
});
