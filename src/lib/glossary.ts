/**
 * The site's glossary (content/glossary.json): each term with its one-line
 * gloss in both languages and the words that count as its use in a chapter.
 */
import glossary from '../../content/glossary.json';

export type GlossaryLang = 'en' | 'zh';

export interface GlossaryEntry {
  term: string;
  gloss: string;
  /** The words that count as a use of the term in chapter text. */
  match: string[];
  /** Longer words that contain a match but are not uses of the term (泛对齐 for 对齐). */
  except?: string[];
}

export interface GlossaryTerm {
  /** Public: the term's anchor on the glossary page. */
  id: string;
  en: GlossaryEntry;
  zh: GlossaryEntry;
}

/**
 * Every term, in the glossary's order.
 * @example glossaryTerms().find((term) => term.id === 'rlhf')?.zh.term // '人类反馈强化学习（RLHF）'
 */
export const glossaryTerms = (): GlossaryTerm[] => glossary.terms;
