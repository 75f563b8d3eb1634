/**
 * The site's bottom line: its own analysis (claim kind `analysis`, fact row
 * BL in content/facts.json), about 120 words per language, built only from
 * rows the chapters already cite. It opens the landing (at `/<lang>/#bottom-line`),
 * is the brief's first point, and every chapter's header links to it.
 * Written in each language, not translated; `{date}` is when the facts were
 * last checked (src/sources/factsChecked.ts).
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
    'The AI-45° Law is a principle, not a finding: Bowen Zhou proposed in July 2024 that AI safety keep pace with capability over the long run. ' +
    'Its diagnosis rests on an unsourced estimate, 99% of compute to pretraining and under 1% to alignment and safety-first work; measured ratios agree but cannot test it. ' +
    'Safety has no agreed measure and “the long run” no timescale, so no one can read the angle or test the law. His laboratory grades models by its own red and yellow lines; we found no independent evaluation. ' +
    'Policy status: a proposal by Zhou’s laboratory, named in no official policy document we found (checked {date}).',
  zh:
    'AI-45° 平衡律是一条原则，不是一项研究发现：2024 年 7 月，周伯文提出，长期来看，AI 安全应当与 AI 能力大体同步提升。' +
    '它所依据的诊断是一个估计——99% 的算力用于预训练，用于对齐或其他安全优先考量的不到 1%——既无来源，也无方法；有据可查的比例方向一致，却检验不了它。' +
    '安全没有公认的度量，“长期”也没有时间尺度，谁也读不出那个角度，这条定律也无从检验；周伯文的实验室按自己划定的红线、黄线给模型打分，本站没有找到对这条定律的独立评估。' +
    '政策地位：周伯文及其实验室的主张，本站查到的官方政策文件均未提及（核查于 {date}）。',
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
