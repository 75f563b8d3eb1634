/**
 * The site's glossary (content/glossary.json): each term with its one-line
 * gloss in both languages, the words that count as its use in a chapter, the
 * variants the house style rejects (docs/chinese-style.md), and what each
 * speaker calls it: the speech, the position paper, the laboratory, Pearl.
 */
import glossary from '../../content/glossary.json';
import { BRIDGE_CLOSE, BRIDGE_OPEN } from '../search/searchRank';

export type GlossaryLang = 'en' | 'zh';

export interface GlossaryEntry {
  term: string;
  gloss: string;
  /** The words that count as a use of the term in chapter text. */
  match: string[];
  /** Longer words that contain a match but are not uses of the term (泛对齐 for 对齐). */
  except?: string[];
  /** Variants of the term the house style rejects outside quotation marks (src/sources/houseStyle.test.ts fails on them). */
  avoid?: string[];
}

/** Who calls the term what: the speech (as reported), the position paper, the laboratory's later work, Pearl's book. */
export type NameSource = 'speech' | 'paper' | 'lab' | 'pearl';

export interface GlossaryName {
  who: NameSource;
  en: string;
  zh: string;
}

export interface GlossaryTerm {
  /** Public: the term's anchor on the glossary page. */
  id: string;
  en: GlossaryEntry;
  zh: GlossaryEntry;
  names?: GlossaryName[];
  /** Why no chapter uses the term (it stays in the glossary for readers of the sources). */
  unused?: string;
  /** A source for the gloss that no chapter cites, with its address. */
  source?: { label: string; url: string };
}

/**
 * Every term, in the glossary's order.
 * @example glossaryTerms().find((term) => term.id === 'rlhf')?.zh.term // '人类反馈强化学习（RLHF）'
 */
export const glossaryTerms = (): GlossaryTerm[] => glossary.terms as GlossaryTerm[];

/**
 * The words of a term in the other language, for search, and the word of the page they stand for: a reader
 * who types the English term on the Chinese search page (or the Chinese on the English one) finds where the
 * term is used, and the results rank as if the term itself had been typed (src/search/searchRank.ts).
 * @example searchBridge(glossaryTerms().find((term) => term.id === 'red-line')!, 'zh', '红线') // '⟦red lines · red line → 红线⟧'
 */
export const searchBridge = (term: GlossaryTerm, lang: GlossaryLang, word: string): string =>
  `${BRIDGE_OPEN}${term[lang === 'en' ? 'zh' : 'en'].match.join(' · ')} → ${word}${BRIDGE_CLOSE}`;
