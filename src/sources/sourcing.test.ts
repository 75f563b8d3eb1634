/**
 * What a reader can cite: Zhou's 99% is never rounded wherever the site
 * carries claim c-s8 (chapter text, slides, takeaways, the landing hook, the
 * brief's strings), in either language; and no chapter rests a statement on
 * unnamed "summaries of the paper" instead of the paper itself.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { en } from '../i18n/en';
import { zh } from '../i18n/zh';

const CHAPTERS = resolve(process.cwd(), 'content/chapters');
const chapters = (['en', 'zh'] as const).flatMap((lang) =>
  readdirSync(resolve(CHAPTERS, lang))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ lang, file, text: readFileSync(resolve(CHAPTERS, lang, file), 'utf8') })),
);

interface Slide { id: string; say?: string; notes?: string; number?: string; claims?: string[]; original?: string }
interface Front { takeaways?: { claimed?: string; measured?: string; unknown?: string }; slides?: Slide[] }
const frontOf = (text: string): Front => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Front;

/** A rounding word next to 99, in either language: "about 99%", "roughly 99", "约 99%", "99% 左右". */
const ROUNDED = /\b(?:about|around|roughly|approximately|nearly|almost|some)\s+99\b|(?:大约|约|近)\s*99|99\s*%?\s*(?:左右|上下)/i;

/** Every text that carries claim c-s8, with where it is. */
function s8Texts(): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  for (const { lang, file, text } of chapters) {
    for (const match of text.matchAll(/<Claim kind="speech" fact="S8">([\s\S]*?)<\/Claim>/g)) found.push({ where: `${lang}/${file} claim S8`, text: match[1]! });
    const front = frontOf(text);
    for (const slide of front.slides ?? []) {
      if (!(slide.claims ?? []).includes('c-s8') && slide.original !== 'c-s8') continue;
      for (const part of ['say', 'notes', 'number'] as const) if (slide[part]) found.push({ where: `${lang}/${file} slide ${slide.id} ${part}`, text: slide[part]! });
    }
    const claimed = front.takeaways?.claimed ?? '';
    if (/99/.test(claimed)) found.push({ where: `${lang}/${file} takeaway`, text: claimed });
  }
  for (const [lang, dict] of [['en', en], ['zh', zh]] as const) {
    for (const [key, value] of Object.entries(dict)) {
      if (/^(landing\.hook|brief\.)/.test(key) && /99/.test(value)) found.push({ where: `${lang} ${key}`, text: value });
    }
  }
  return found;
}

describe('Zhou’s 99% is never rounded', () => {
  it('the site carries claim c-s8 in chapters, slides, takeaways, the landing and the brief, in both languages', () => {
    const where = s8Texts().map((t) => t.where).join('\n');
    for (const expected of ['en/01-imbalance.mdx claim S8', 'zh/01-imbalance.mdx claim S8', 'en/01-imbalance.mdx slide diagnosis say', 'zh/01-imbalance.mdx slide diagnosis say', 'en/01-imbalance.mdx takeaway', 'zh/01-imbalance.mdx takeaway', 'en landing.hook', 'zh landing.hook']) {
      expect(where).toContain(expected);
    }
  });

  it('no text carrying it says "about", "around", "roughly", 约, 大约 or 左右 of the 99', () => {
    const rounded = s8Texts().filter(({ text }) => ROUNDED.test(text)).map(({ where, text }) => `${where}: ${text}`);
    expect(rounded).toEqual([]);
  });

  it('the check catches a rounded figure in either language', () => {
    for (const text of ['Zhou’s estimate: about 99% of the world’s compute', 'roughly 99 to 1', '世界上约 99% 的算力', '大约99%的算力', '99% 左右的算力']) expect(ROUNDED.test(text), text).toBe(true);
    for (const text of ['99% of the world’s compute', '世界上 99% 的算力用于模型预训练', 'about 0.6°; 99%']) expect(ROUNDED.test(text), text).toBe(false);
  });
});

/** Statements credited to unnamed summaries rather than to the paper, in the words the chapters used. */
const SUMMARIES = /summar(?:y|ies) of (?:the |this )?(?:position )?paper|summaries (?:say|place|call|describe|also)|对(?:这篇|该|立场)?论文的概述|(?:这些|对)?概述(?:把|将|称|还|提到)/i;

describe('the position paper is cited for what it says', () => {
  it('no chapter, in either language, rests a statement on "summaries of the paper"', () => {
    const hits = chapters.flatMap(({ lang, file, text }) => text.split('\n').filter((line) => SUMMARIES.test(line)).map((line) => `${lang}/${file}: ${line.slice(0, 120)}`));
    expect(hits).toEqual([]);
  });

  it('the check catches the phrasings the chapters used', () => {
    for (const text of ['Summaries of the paper place RLHF', 'summaries of the position paper place', 'They also say; summaries describe them', '对这篇论文的概述把 RLHF', '对立场论文的概述把机制可解释性', '概述将其描述为']) expect(SUMMARIES.test(text), text).toBe(true);
  });
});
