/**
 * The term test (issue 28; docs/chinese-style.md). Two things a reader meets:
 * 1. No chapter, in either language, uses a term's rejected variant or breaks a house-style rule
 *    (src/sources/houseStyle.ts and the glossary's `avoid` lists); the Chinese interface strings neither.
 * 2. Every glossary term a chapter uses is linked to the glossary at its first use in the prose, where the
 *    reader meets it: the chapter is run through the same remark glossary plugin the build uses, and the
 *    first use (any of the term's words or rejected variants, outside headings and existing links) must be
 *    the glossary link.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { zh } from '../i18n/zh';
import { glossaryTerms, type GlossaryLang, type GlossaryTerm } from './glossary';
import { checkable, glossaryRules, STYLE_RULES, violations } from './houseStyle';
import { remarkGlossary } from '../build/remark/glossary';

const DIR = 'content/chapters';
const LANGS = ['en', 'zh'] as const;
const files = (lang: GlossaryLang) => readdirSync(`${DIR}/${lang}`).filter((file) => file.endsWith('.mdx'));
const source = (lang: GlossaryLang, file: string) => readFileSync(`${DIR}/${lang}/${file}`, 'utf8');
const rulesFor = (lang: GlossaryLang) => [...STYLE_RULES, ...glossaryRules()].filter((rule) => rule.lang === lang);

/**
 * The failing expectation list of part 1 (chapters that still broke the house style until the Chinese prose
 * pass), empty since that pass: a language listed here has its chapter checks expected to fail (it.fails).
 */
const PENDING_PROSE_PASS: readonly GlossaryLang[] = [];
const chapterTest = (lang: GlossaryLang) => (PENDING_PROSE_PASS.includes(lang) ? it.fails : it);

describe('house style rules', () => {
  it('catches what they should, and leaves quotations and link targets alone', () => {
    const zhRules = rulesFor('zh');
    const found = (text: string) => violations(text, zhRules).map((v) => v.rule);
    expect(found('风险提示词更容易开启这个特征')).toEqual(['risk-prompt']);
    expect(found('高风险提示词更容易开启这个特征')).toEqual([]);
    expect(found('InstructGPT 的 1.6%–1.8%')).toEqual(['range']);
    expect(found('“99 比 1”的出处')).toContain('ratio');
    expect(found('他说：“我们把这样一种技术思想体系叫作 AI 45 度平衡律。”')).toEqual([]);
    expect(found('我们的示意模型')).toEqual(['we']);
    expect(found('见[45 度线](/zh/45-degree-law/#line)')).toEqual(['degrees']);
    expect(found('见[上文](/zh/45-degree-law/#line)，[@zhou2024waic]')).toEqual([]);
    expect(found('珀尔与 Dana Mackenzie 描述了一架“因果之梯”')).toEqual(['pearl-ladder']);
    expect(found('可信 AGI 的“因果之梯”，以此致敬朱迪亚·珀尔')).toEqual([]);
    expect(found('实验室与安远 AI（Concordia AI）发布')).toEqual([]);
    expect(found('实验室与 Concordia AI 发布')).toEqual(['concordia']);
    expect(found('涌现的失准')).toEqual(['glossary:emergent-misalignment']);
    expect(violations('the 45-degree law and Pearl’s Causal Ladder', rulesFor('en')).map((v) => v.rule).sort()).toEqual(['glossary:ai-45-law', 'pearl-causal-ladder']);
  });

  it('blanks quotations, tags, keys and link targets without moving a line', () => {
    const text = '见[上文](#x)\n“我们”[@key]<Claim kind="speech">';
    expect(checkable(text, true).split('\n').map((line) => line.length)).toEqual(text.split('\n').map((line) => line.length));
    expect(checkable(text, true)).not.toMatch(/我们|key|Claim|#x/);
  });

  for (const lang of LANGS) {
    chapterTest(lang)(`no ${lang} chapter uses a rejected variant or breaks a house-style rule`, () => {
      const found = files(lang).flatMap((file) => violations(source(lang, file), rulesFor(lang)).map((v) => `${lang}/${file}:${v.line} [${v.rule}] "${v.found}" → ${v.use}`));
      expect(found).toEqual([]);
    });
  }

  it('the Chinese interface strings and data provenance notes follow the house style', () => {
    const notes = readFileSync('content/provenance.zh.json', 'utf8');
    const found = [
      ...Object.entries(zh).flatMap(([key, value]) => violations(value, rulesFor('zh')).map((v) => `zh.ts ${key} [${v.rule}] "${v.found}" → ${v.use}`)),
      ...violations(notes, rulesFor('zh')).map((v) => `provenance.zh.json:${v.line} [${v.rule}] "${v.found}" → ${v.use}`),
    ];
    expect(found).toEqual([]);
  });

  it('the glossary’s own glosses follow it', () => {
    const found = glossaryTerms().flatMap((term) => violations(term.zh.gloss, rulesFor('zh')).map((v) => `${term.id} [${v.rule}] "${v.found}"`));
    expect(found).toEqual([]);
  });
});

/** A chapter's body as the build's remark stage sees it, after the glossary plugin. */
function linkedTree(lang: GlossaryLang, file: string): Root {
  const body = source(lang, file).replace(/^---\n[\s\S]*?\n---\n/, '');
  const processor = unified().use(remarkParse).use(remarkMdx);
  const tree = processor.parse(body) as Root;
  remarkGlossary()(tree, new VFile({ path: `${DIR}/${lang}/${file}` }));
  return tree;
}

/** Where a piece of text sits: open prose (a claim counts as prose), a heading, a link, or a term's glossary link. */
type Place = 'prose' | 'heading' | 'link' | `glossary:${string}`;

/** The chapter's text in reading order, each run with its place; figures and other components have none. */
function runs(tree: Root): { text: string; place: Place }[] {
  const out: { text: string; place: Place }[] = [];
  const walk = (node: RootContent | Root, place: Place) => {
    if (node.type === 'text') out.push({ text: node.value, place });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name !== 'Claim') return;
    }
    if (node.type === 'code' || node.type === 'inlineCode') return;
    let inner = place;
    if (node.type === 'heading') inner = 'heading';
    if (node.type === 'link') inner = node.url.includes('/glossary/#') ? `glossary:${node.url.split('#')[1]}` : 'link';
    if ('children' in node) for (const child of node.children) walk(child as RootContent, inner === 'prose' || place === 'prose' ? inner : place);
  };
  walk(tree, 'prose');
  return out;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The places, in reading order, where a term is used: any of its words or rejected variants, not inside an excepted longer word. */
function usesOf(term: GlossaryTerm, lang: GlossaryLang, tree: Root): Place[] {
  const entry = term[lang];
  const words = [...entry.match, ...(entry.avoid ?? [])].map(escape).join('|');
  const pattern = lang === 'en' ? new RegExp(`(?<![A-Za-z-])(?:${words})(?![A-Za-z])`, 'gi') : new RegExp(words, 'g');
  const except = entry.except?.length ? new RegExp(entry.except.map(escape).join('|'), lang === 'en' ? 'gi' : 'g') : undefined;
  return runs(tree).flatMap(({ text, place }) => {
    const excluded = except ? [...text.matchAll(except)].map((m) => [m.index, m.index + m[0].length] as const) : [];
    return [...text.matchAll(pattern)].filter((m) => !excluded.some(([from, to]) => m.index >= from && m.index < to)).map(() => place);
  });
}

/**
 * Whether the term's first use is linked: the first use in prose must be its glossary link. Uses in headings
 * are skipped (headings carry no links), and so are uses inside another link (a link cannot hold one).
 * @returns a problem, or undefined
 */
function firstUseProblem(term: GlossaryTerm, lang: GlossaryLang, tree: Root): string | undefined {
  for (const place of usesOf(term, lang, tree)) {
    if (place === `glossary:${term.id}`) return undefined;
    if (place === 'prose') return 'first use in the prose is not linked to the glossary';
  }
  return undefined;
}

describe('glossary links at first use', () => {
  for (const lang of LANGS) {
    chapterTest(lang)(`every glossary term a ${lang} chapter uses is linked where the reader first meets it`, () => {
      const problems = files(lang).flatMap((file) => {
        const tree = linkedTree(lang, file);
        return glossaryTerms().flatMap((term) => {
          const problem = firstUseProblem(term, lang, tree);
          return problem ? [`${lang}/${file} ${term.id}: ${problem}`] : [];
        });
      });
      expect(problems).toEqual([]);
    });
  }

  it('finds an unlinked first use: a rejected variant before the linked word, and a use the plugin cannot reach', () => {
    const tree = unified().use(remarkParse).use(remarkMdx).parse('涌现的失准，以及涌现性未对齐。') as Root;
    remarkGlossary()(tree, new VFile({ path: `${DIR}/zh/x.mdx` }));
    const term = glossaryTerms().find((t) => t.id === 'emergent-misalignment')!;
    expect(firstUseProblem(term, 'zh', tree)).toMatch(/not linked/);
    const linked = unified().use(remarkParse).use(remarkMdx).parse('## 涌现性未对齐\n\n这叫涌现性未对齐。') as Root;
    remarkGlossary()(linked, new VFile({ path: `${DIR}/zh/x.mdx` }));
    expect(firstUseProblem(term, 'zh', linked)).toBeUndefined();
  });
});
