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

/**
 * The quiet mark a claim carries in the text, one shape per kind so that kinds
 * tell apart without colour (the colour is the tone's): filled for what others
 * state, hollow for the laboratory on itself and for the site's own reasoning.
 * @example claimMark('lab') // '○'
 */
const marks: Record<ClaimKind, string> = {
  speech: '●',
  paper: '■',
  lab: '○',
  literature: '▲',
  data: '◆',
  analysis: '△',
  model: '◇',
};

export const claimMark = (kind: ClaimKind): string => marks[kind];

/** The id of the legend that explains the marks, on every chapter and on the Sources page. */
export const CLAIM_LEGEND_ID = 'claim-kinds';

/** The dictionary key of a kind's label. */
export const claimKindKeys = (kind: ClaimKind) => ({ label: `kind.${kind}` }) as const;
