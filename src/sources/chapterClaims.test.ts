/**
 * The chapters' claims, read from the MDX sources: each says who speaks as its
 * fact row does, and both languages of a chapter carry the same claims with
 * the same numbers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedKind } from './facts';

const DIR = 'content/chapters';
const CLAIM = /<Claim kind="([^"]*)" fact="([^"]*)">([\s\S]*?)<\/Claim>/g;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

interface MarkedClaim {
  id: string;
  kind: string;
  fact: string;
  text: string;
}

/** The claims of one chapter file, with the ids the claims remark plugin gives them (`c-s9`, `c-s9-2`…). */
function claimsOf(lang: string, file: string): MarkedClaim[] {
  const seen = new Map<string, number>();
  return [...readFileSync(`${DIR}/${lang}/${file}`, 'utf8').matchAll(CLAIM)].map(([, kind = '', fact = '', text = '']) => {
    const count = (seen.get(fact) ?? 0) + 1;
    seen.set(fact, count);
    return { id: `c-${fact.toLowerCase().replace(/[^a-z0-9]+/g, '-')}${count > 1 ? `-${count}` : ''}`, kind, fact, text };
  });
}

/**
 * The numbers a claim states, as values: "3,640", "175-billion", "119 thousand" and "3 万"
 * become 3640, 175e9, 119000 and 30000, an English month name its number, so that "4 July 2024"
 * and "2024 年 7 月 4 日" agree. Superscript exponents are compared as written (10²⁵).
 * @example numbersIn('about 30,000 articles in 2017') // [2017, 30000]
 */
export function numbersIn(text: string): number[] {
  const values: number[] = [];
  for (const match of text.matchAll(/(\d[\d,]*(?:\.\d+)?)(?:\s*(万|亿)|[\s-]*(billion|million|thousand))?|\b([A-Z][a-z]+)\b/g)) {
    const [, digits, zhUnit, enUnit, word] = match;
    if (word !== undefined) {
      const month = MONTHS.indexOf(word.toLowerCase());
      if (month >= 0) values.push(month + 1);
      continue;
    }
    const scale = zhUnit === '万' ? 1e4 : zhUnit === '亿' ? 1e8 : enUnit === 'billion' ? 1e9 : enUnit === 'million' ? 1e6 : enUnit === 'thousand' ? 1e3 : 1;
    values.push(Math.round(Number(digits!.replace(/,/g, '')) * scale * 1000) / 1000);
  }
  return values.sort((a, b) => a - b);
}

const files = readdirSync(`${DIR}/en`).filter((file) => file.endsWith('.mdx'));

describe('claim kinds', () => {
  for (const lang of ['en', 'zh']) {
    it(`every claim in the ${lang} chapters says who speaks as its fact row does`, () => {
      const wrong = files.flatMap((file) => claimsOf(lang, file).filter((claim) => claim.kind !== expectedKind(claim.fact)).map((claim) => `${file} ${claim.id}: kind "${claim.kind}", row says "${expectedKind(claim.fact)}"`));
      expect(wrong).toEqual([]);
    });
  }
});

describe('both languages carry the same claims', () => {
  it('reads numbers as values across the two languages', () => {
    expect(numbersIn('175-billion, about 3,640 petaflop/s-days, 4 July 2024')).toEqual(numbersIn('2024 年 7 月 4 日，1750 亿参数，约 3640'));
    expect(numbersIn('about 30,000 articles')).toEqual(numbersIn('约 3 万篇文章'));
    expect(numbersIn('1.6%')).not.toEqual(numbersIn('1.8%'));
  });

  for (const file of files) {
    it(`${file}: the same claim ids, in the same order, with the same numbers`, () => {
      const en = claimsOf('en', file);
      const zh = claimsOf('zh', file);
      expect(zh.map((claim) => claim.id)).toEqual(en.map((claim) => claim.id));
      for (const [i, claim] of en.entries()) {
        expect(numbersIn(zh[i]!.text), `${file} ${claim.id}`).toEqual(numbersIn(claim.text));
      }
    });
  }
});
