/**
 * The house style's checkable rules (docs/chinese-style.md): words and marks the chapters must not use, each
 * with what to write instead and why. The glossary's rejected variants (`avoid` in content/glossary.json) are
 * rules too; src/sources/houseStyle.test.ts applies both to every chapter (prose and frontmatter) and to the
 * Chinese interface strings.
 *
 * A rule marked `quoted` is allowed inside quotation marks (“…”), where a source's own words stand: the speech
 * report writes 45 度 and 监督式微调, and Zhou says 我们.
 */
import { glossaryTerms, type GlossaryLang } from './glossary';

export interface StyleRule {
  id: string;
  lang: GlossaryLang;
  pattern: RegExp;
  /** What to write instead. */
  use: string;
  why: string;
  /** Allowed inside “…”. */
  quoted?: boolean;
}

const HAN = '\\p{Script=Han}';

export const STYLE_RULES: StyleRule[] = [
  // Terms and names.
  { id: 'degrees', lang: 'zh', pattern: /\d\s*度(?!量)/gu, use: '45°、0.6°（角度一律写 °）', why: 'The lab and the speech report write 45°; one form for the angle, the line and the law.', quoted: true },
  { id: 'degree-space', lang: 'zh', pattern: new RegExp(`°(?=${HAN})`, 'gu'), use: '45° 线（° 与汉字之间空一格，同数字）', why: 'The degree sign belongs to the number; a number and Han characters are spaced.' },
  { id: 'pearl-ladder', lang: 'zh', pattern: /珀尔[^。；！？\n]{0,30}?“?因果之梯|珀尔的?阶梯/gu, use: '因果关系之梯（珀尔）；因果之梯只指实验室的梯子', why: 'The Chinese edition of The Book of Why calls Pearl’s ladder 因果关系之梯; 因果之梯 is the lab’s.' },
  { id: 'rung-level', lang: 'zh', pattern: /[三五]层与[三五]级|共\s*5\s*级/gu, use: '三层与五个级别', why: '级 is a rung of a ladder; the paper’s five levels are 级别.' },
  { id: 'risk-prompt', lang: 'zh', pattern: /(?<!高)风险提示词/gu, use: '高风险提示词', why: '风险提示 is a fixed phrase for a risk warning (投资风险提示): 风险提示词 reads as “warning words”.' },
  { id: 'binary-variable', lang: 'zh', pattern: /是非变量/gu, use: '二值变量', why: 'A calque of “yes-or-no variables”.' },
  { id: 'industry', lang: 'zh', pattern: /业界/gu, use: '目前的技术 / 这一领域', why: 'The speech speaks of the technology as a whole (目前AI安全和性能技术), not of industry.' },
  { id: 'concordia', lang: 'zh', pattern: /(?<!安远 AI（)Concordia AI/gu, use: '安远 AI（Concordia AI）on first mention, then 安远 AI', why: 'Concordia AI’s own Chinese name, printed on its platform’s Chinese pages.' },
  { id: 'tc260', lang: 'zh', pattern: /(?<!委员会（)TC260/gu, use: '全国网络安全标准化技术委员会（TC260）', why: '“中国 TC260” is an English construction; the committee’s own name is printed on its documents.' },
  { id: 'idais', lang: 'zh', pattern: /国际\s*AI\s*安全对话/gu, use: 'AI 安全国际对话（IDAIS）', why: 'The name the dialogue’s Beijing host uses in Chinese.' },
  { id: 'latin-title', lang: 'zh', pattern: /《[A-Za-z][^》\p{Script=Han}]*》/gu, use: '《中译本书名》，或原题用斜体、不加书名号', why: '书名号 hold Chinese titles; a title with no Chinese edition keeps its original form.' },
  { id: 'latin-citation', lang: 'zh', pattern: /[（(]\s*Zhou\s*[,，]/gu, use: '（报道媒体，2024）', why: 'A Chinese page does not cite Zhou in Latin letters.' },
  // Register.
  { id: 'we', lang: 'zh', pattern: /我们/gu, use: '本站 / 本章', why: 'Formal Chinese: the site speaks as 本站; 我们 only in quoted speech.', quoted: true },
  { id: 'this-article', lang: 'zh', pattern: /本文/gu, use: '本站 / 本章', why: 'One self-reference: 本站 for the site, 本章 for the chapter.' },
  // Numbers.
  { id: 'range', lang: 'zh', pattern: /\d%?\s*[–—～~]\s*\d/gu, use: '1.6% 至 1.8%、2017 至 2022 年', why: 'One mark for every range in prose: 至 (GB/T 15834 allows ～ and —; one is chosen, and it reads as prose).' },
  { id: 'ratio', lang: 'zh', pattern: /99\s*(?::|：|比)\s*1(?!\d)|99\s+∶\s*1|99%\s*对\s*1%/gu, use: '99∶1（比号 U+2236，不空格）', why: 'One form for the ratio; the Chinese ratio sign.' },
  // Calques the editorial review lists (docs/chinese-style.md, “Sentences”): kept out once removed.
  { id: 'calque', lang: 'zh', pattern: /照字面|按这个身份|一幅漫画|退后一步|加入的是|推动\s*y|铃铛|亲手造出|(?<=[。；，])期间|在可以比较的地方|泄露的记录|让它安全|唯一的一个|接缝|被构建|所在的地方|不假装/gu, use: 'see docs/chinese-style.md, “Sentences”', why: 'English images and verbs carried over word for word.' },
  // English.
  { id: 'pearl-causal-ladder', lang: 'en', pattern: /Pearl[’']s Causal Ladder/gu, use: 'Pearl’s Ladder of Causation', why: 'The Causal Ladder is the laboratory’s; Pearl’s is the Ladder of Causation.' },
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The glossary's rejected variants as rules (allowed inside quotation marks, where a source's words stand). */
export function glossaryRules(): StyleRule[] {
  return glossaryTerms().flatMap((term) =>
    (['en', 'zh'] as const).flatMap((lang) =>
      (term[lang].avoid ?? []).map((variant) => ({
        id: `glossary:${term.id}`,
        lang,
        pattern: lang === 'en' ? new RegExp(`(?<![A-Za-z])${escape(variant)}(?![A-Za-z])`, 'gi') : new RegExp(escape(variant), 'gu'),
        use: term[lang].term,
        why: 'The glossary’s form (content/glossary.json).',
        quoted: true,
      })),
    ),
  );
}

/**
 * Text with what a rule must not see blanked out (same length, so offsets keep their lines): link targets,
 * citation keys, heading ids, tags and their attributes, inline code; and, for rules allowed in quotations,
 * everything between “ and ”.
 * @example checkable('见[上文](#x)“我们”[@key]', true) // '见 上文 ＿＿＿＿ “＿＿”＿＿＿＿＿＿'
 */
export function checkable(text: string, blankQuotes: boolean): string {
  const blank = (match: string) => match.replace(/[^\n]/g, '＿');
  let out = text
    .replace(/\]\([^)]*\)/g, blank)
    .replace(/\[[@#][^\]]*\]/g, blank)
    .replace(/<\/?[A-Za-z][^>]*>/g, blank)
    .replace(/`[^`]*`/g, blank)
    .replace(/https?:\/\/\S+/g, blank);
  if (blankQuotes) out = out.replace(/“[^”]*”/g, (quote) => `“${blank(quote.slice(1, -1))}”`);
  return out.replace(/\[|\]/g, ' ');
}

export interface Violation {
  rule: string;
  line: number;
  found: string;
  use: string;
}

/** Every place `text` breaks one of `rules`, with its line number. */
export function violations(text: string, rules: StyleRule[]): Violation[] {
  const open = checkable(text, false);
  const unquoted = checkable(text, true);
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  return rules.flatMap((rule) =>
    [...(rule.quoted ? unquoted : open).matchAll(rule.pattern)].map((match) => ({ rule: rule.id, line: lineOf(match.index), found: match[0], use: rule.use })),
  );
}
