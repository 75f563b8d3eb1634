/**
 * The fact sheet rows the site cites (content/facts.json), and the rule for a
 * claim's `fact`: a row id, or `model:<figure id>` for what our own model shows.
 */
import facts from '../../content/facts.json';
import { figureLoaders } from '../figures/charts/registry';
import { fullWidthPunctuation } from '../utils/chineseRuns';
import type { ClaimKind } from './claimKinds';

export interface Fact {
  /** Who speaks: the fact sheet's section (speech, paper, lab, data, literature) or the site's own analysis. */
  kind: Exclude<ClaimKind, 'model'>;
  /** A read in the primary source or two agreeing reports; B one reliable secondary report; — the site's own analysis. */
  confidence: 'A' | 'B' | '—';
  keys: string[];
  fact: string;
  /** The seed article's Chinese sentence this row paraphrases (speech rows only). */
  original?: string;
}

const rows = facts as unknown as Record<string, Fact | string>;

/** A fact sheet row, or undefined (the `$comment` entry is not a row). Its Chinese original comes with its punctuation set full width. */
export function factRow(id: string): Fact | undefined {
  const row = rows[id];
  if (typeof row !== 'object') return undefined;
  return row.original ? { ...row, original: fullWidthPunctuation(row.original) } : row;
}

/**
 * The kind a claim resting on `fact` must have: its row's kind, or `model`
 * for `model:<figure id>`; undefined when the fact names neither.
 * @example expectedKind('B1') // 'literature'
 */
export function expectedKind(fact: string): ClaimKind | undefined {
  const model = /^model:([\w-]+)$/.exec(fact);
  if (model) return model[1]! in figureLoaders ? 'model' : undefined;
  return factRow(fact)?.kind;
}

/**
 * Throws a build error when a claim names no known fact or model, or when its
 * kind says someone else is speaking than its fact row does.
 * @example checkFact('S8', 'speech', 'chapter.mdx') // ok
 */
export function checkFact(fact: string, kind: string, where: string): void {
  const expected = expectedKind(fact);
  if (!expected) throw new Error(`Claim in ${where} names fact "${fact}", which is neither a row of content/facts.json nor model:<figure id>.`);
  if (kind !== expected) throw new Error(`Claim in ${where} on fact "${fact}" has kind "${kind}"; its row says "${expected}".`);
}
