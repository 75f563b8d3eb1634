/**
 * The site's bottom line: its own analysis (claim kind `analysis`, fact row
 * BL in content/facts.json), about 120 words per language, built only from
 * rows the chapters already cite. It opens the landing (at `/<lang>/#bottom-line`),
 * is the brief's first point, and every chapter's header links to it.
 * Written in each language, not translated; `{date}` is when the facts were
 * last checked (src/lib/factsChecked.ts).
 */
import type { Lang } from '../i18n/index';
import { factRow } from './facts';
import { checkedDate, FACTS_LAST_CHECKED } from './factsChecked';

/** The fact row the bottom line stands on (its kind must be `analysis`). */
export const BOTTOM_LINE_FACT = 'BL';

/** The public id of the bottom line on the landing. */
export const BOTTOM_LINE_ID = 'bottom-line';

const TEXT: Record<Lang, string> = {
  en:
    'The AI-45° Law is a principle, not a finding: Bowen Zhou proposed in July 2024 that, over the long run, AI safety should advance about as fast as AI capability. ' +
    'Is it evidence-based? Its diagnosis rests on an estimate, 99% of compute to pretraining and under 1% to alignment and other safety-first work, given without source or method; the documented ratios point the same way but cannot test it. ' +
    'Where does the field stand? Safety has no agreed measure, so no one can read the angle. Zhou’s laboratory grades frontier models against its own red and yellow lines, and we found no independent evaluation of the law. “The long run” has no timescale, so the law cannot be tested as stated. ' +
    'Its policy status: a proposal by Zhou and his laboratory, named in no official policy document we found (checked {date}).',
  zh:
    'AI-45° 平衡律是一条原则，不是一项研究发现：2024 年 7 月，周伯文提出，长期来看，AI 安全应当与 AI 能力大体同步提升。' +
    '它有证据吗？它所依据的诊断是一个估计——99% 的算力用于预训练，用于对齐或其他安全优先考量的不到 1%——既无来源，也无方法；有据可查的几个比例指向同一方向，却检验不了这个数字。' +
    '这个领域走到了哪里？安全没有公认的度量，谁也读不出那个角度；周伯文的实验室用自己划定的红线、黄线给前沿模型打分，本站没有找到对这条定律的独立评估。“长期”没有时间尺度，照现在的表述，这条定律无从检验。' +
    '政策地位：这是周伯文及其实验室的主张，本站查到的官方政策文件里都没有它（核查于 {date}）。',
};

export interface BottomLine {
  text: string;
  /** Citation keys of the rows it is built from (its fact row's keys). */
  keys: string[];
  /** When its facts were last checked (YYYY-MM-DD). */
  checked: string;
}

/**
 * The bottom line in one language, with its date filled in. Throws when its
 * fact row is missing or is not the site's own analysis.
 * @example bottomLine('en').text.startsWith('The AI-45° Law is a principle') // true
 */
export function bottomLine(lang: Lang): BottomLine {
  const row = factRow(BOTTOM_LINE_FACT);
  if (!row || row.kind !== 'analysis') throw new Error(`The bottom line stands on fact row ${BOTTOM_LINE_FACT}, which content/facts.json must hold with kind "analysis".`);
  return { text: TEXT[lang].replace('{date}', checkedDate(lang)), keys: row.keys, checked: FACTS_LAST_CHECKED };
}
