/**
 * The fact sheet rows the site cites (content/facts.json), and the rule for a
 * claim's `fact`: a row id, or `model:<figure id>` for what our own model shows.
 */
import facts from '../../content/facts.json';
import { figureLoaders } from '../charts/registry';

export interface Fact {
  kind: 'said' | 'measured' | 'dated';
  confidence: 'A' | 'B';
  keys: string[];
  fact: string;
  /** The seed article's Chinese sentence this row paraphrases (speech rows only). */
  original?: string;
}

const rows = facts as unknown as Record<string, Fact | string>;

/** A fact sheet row, or undefined (the `$comment` entry is not a row). */
export function factRow(id: string): Fact | undefined {
  const row = rows[id];
  return typeof row === 'object' ? row : undefined;
}

/**
 * Throws a build error when a claim names no known fact or model.
 * @example checkFact('S8', 'chapter.mdx') // ok
 */
export function checkFact(fact: string, where: string): void {
  const model = /^model:([\w-]+)$/.exec(fact);
  if (model ? !(model[1]! in figureLoaders) : !factRow(fact)) {
    throw new Error(`Claim in ${where} names fact "${fact}", which is neither a row of content/facts.json nor model:<figure id>.`);
  }
}
