/**
 * Who speaks in a claim. A claim's kind follows the fact-sheet row it rests on
 * (content/facts.json), so a statement by Judea Pearl is never labelled as
 * Zhou's, and a laboratory's report on its own model is never labelled as data.
 *
 * @example claimTone('literature') // 'said': a statement, drawn in the statements' colour
 */
export const claimKinds = ['speech', 'paper', 'lab', 'literature', 'data', 'analysis', 'model'] as const;

export type ClaimKind = (typeof claimKinds)[number];

/** The three colours of the labels: statements, measurements, and the site's own reasoning. */
export type ClaimTone = 'said' | 'measured' | 'modelled';

const tones: Record<ClaimKind, ClaimTone> = {
  speech: 'said',
  paper: 'said',
  lab: 'said',
  literature: 'said',
  data: 'measured',
  analysis: 'modelled',
  model: 'modelled',
};

export const claimTone = (kind: ClaimKind): ClaimTone => tones[kind];

/** The dictionary keys of a kind's label and of its longer explanation (the label's tooltip). */
export const claimKindKeys = (kind: ClaimKind) => ({ label: `kind.${kind}`, title: `kind.${kind}Title` }) as const;
