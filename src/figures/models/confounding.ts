/**
 * Seeing, doing and imagining on one small structural causal model.
 *
 *   Z: the prompt is risky (1) or not (0)           Z := 1[U_z < p_z]
 *   X: an internal safety feature is on (1) or off   X := 1[U_x < q(Z)],   q(z) = ½ + γ·(z − ½)
 *   Y: the answer is unsafe (1) or safe (0)          Y := 1[U_y < f(X, Z)], f(x, z) = clamp(β₀ + β_z·z + β_x·x, 0, 1)
 *
 * U_z, U_x, U_y are independent uniform noises. γ is how strongly risky prompts
 * switch the feature on (the confounding), β_z how much riskier the answers to
 * risky prompts are, β_x the feature's own effect on unsafe answers.
 *
 * Rung 1, seeing:   P(Y = 1 | X = x)     = Σ_z f(x, z)·P(z | x),  P(z | x) ∝ P(x | z)·P(z)
 * Rung 2, doing:    P(Y = 1 | do(X = x)) = Σ_z f(x, z)·P(z)       (back-door adjustment over Z)
 * Rung 3, imagining, for one case seen with X = x and Y = y, "had X been x′":
 *   abduction:  P(z | x, y) ∝ P(z)·P(x | z)·P(y | x, z), and U_y restricted to
 *               [0, f(x, z)) if y = 1, to [f(x, z), 1) if y = 0;
 *   action:     set X = x′, keeping z and U_y;
 *   prediction: P(Y_{x′} = 1 | x, y) = Σ_z P(z | x, y)·P(U_y < f(x′, z) | the restriction).
 * Sharing U_y between the factual and the counterfactual world is the
 * structural assumption that makes rung 3 computable; the data alone (rungs
 * 1 and 2) cannot supply it.
 */

export interface Scm {
  /** P(Z = 1): the share of risky prompts. */
  pz: number;
  /** γ ∈ [0, 1): how strongly the prompt type switches the feature. */
  gamma: number;
  /** β₀, β_z, β_x: the unsafe-answer probability's baseline and the two effects. */
  base: number;
  betaZ: number;
  betaX: number;
}

export const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

/** P(X = 1 | Z = z). */
export const featureOn = (scm: Scm, z: 0 | 1): number => 0.5 + scm.gamma * (z - 0.5);
/** f(x, z) = P(Y = 1 | X = x, Z = z). */
export const unsafe = (scm: Scm, x: 0 | 1, z: 0 | 1): number => clamp01(scm.base + scm.betaZ * z + scm.betaX * x);

const pZ = (scm: Scm, z: 0 | 1): number => (z === 1 ? scm.pz : 1 - scm.pz);
const pXgivenZ = (scm: Scm, x: 0 | 1, z: 0 | 1): number => (x === 1 ? featureOn(scm, z) : 1 - featureOn(scm, z));
const pYgivenXZ = (scm: Scm, y: 0 | 1, x: 0 | 1, z: 0 | 1): number => (y === 1 ? unsafe(scm, x, z) : 1 - unsafe(scm, x, z));
const ZS = [0, 1] as const;

/** P(Z = 1 | X = x): what seeing the feature tells you about the prompt. */
export function riskGivenFeature(scm: Scm, x: 0 | 1): number {
  const joint = ZS.map((z) => pZ(scm, z) * pXgivenZ(scm, x, z));
  return joint[1]! / (joint[0]! + joint[1]!);
}

/** Rung 1: P(Y = 1 | X = x). */
export function seeing(scm: Scm, x: 0 | 1): number {
  const risk = riskGivenFeature(scm, x);
  return unsafe(scm, x, 0) * (1 - risk) + unsafe(scm, x, 1) * risk;
}

/** Rung 2: P(Y = 1 | do(X = x)), by the back-door adjustment over Z. */
export function doing(scm: Scm, x: 0 | 1): number {
  return unsafe(scm, x, 0) * pZ(scm, 0) + unsafe(scm, x, 1) * pZ(scm, 1);
}

export interface Counterfactual {
  /** P(Z = 1) before and after abduction from the evidence. */
  prior: number;
  posterior: number;
  /** P(Y_{x′} = 1 | X = x, Y = y): rung 3. */
  imagined: number;
  /** What rungs 1 and 2 would answer to "what if X were x′": P(Y = 1 | X = x′) and P(Y = 1 | do(X = x′)). */
  seen: number;
  done: number;
  /** The evidence's probability; 0 when the case cannot happen in this model. */
  evidence: number;
}

/** Rung 3: abduction, action, prediction for one case seen with X = x, Y = y, asking "had X been x′". */
export function counterfactual(scm: Scm, x: 0 | 1, y: 0 | 1, xPrime: 0 | 1): Counterfactual {
  const weights = ZS.map((z) => pZ(scm, z) * pXgivenZ(scm, x, z) * pYgivenXZ(scm, y, x, z));
  const evidence = weights[0]! + weights[1]!;
  const posterior = evidence > 0 ? weights[1]! / evidence : scm.pz;
  const given = (z: 0 | 1): number => {
    const factual = unsafe(scm, x, z);
    const imagined = unsafe(scm, xPrime, z);
    // U_y is uniform on [0, f) when the answer was unsafe, on [f, 1) when it was safe.
    if (y === 1) return factual > 0 ? Math.min(imagined, factual) / factual : imagined;
    return factual < 1 ? Math.max(0, imagined - factual) / (1 - factual) : imagined;
  };
  return {
    prior: scm.pz,
    posterior,
    imagined: given(0) * (1 - posterior) + given(1) * posterior,
    seen: seeing(scm, xPrime),
    done: doing(scm, xPrime),
    evidence,
  };
}

/** Draws one unit of the model: its noises and the values they give. */
export function sampleUnit(scm: Scm, random: () => number): { z: 0 | 1; x: 0 | 1; y: 0 | 1; uy: number } {
  const z: 0 | 1 = random() < scm.pz ? 1 : 0;
  const x: 0 | 1 = random() < featureOn(scm, z) ? 1 : 0;
  const uy = random();
  return { z, x, y: uy < unsafe(scm, x, z) ? 1 : 0, uy };
}
