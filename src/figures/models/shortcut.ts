/**
 * The spurious-correlation lab: a toy model of learning a cue instead of a cause.
 *
 * Data. Food arrives (y = 1) or not (y = 0), half the time each. Two things
 * precede it:
 *   - a bell, b ∈ {−1, +1}, that agrees with y (b = +1 exactly when y = 1)
 *     with probability ρ, the cue strength; in training ρ is the reader's
 *     choice, after the shift it is ρ′ (½: the bell rings at random);
 *   - a smell, x ~ Normal(+μ, 1) when food comes and Normal(−μ, 1) when not: the
 *     real cause, which keeps its meaning after the shift. Alone it is right
 *     with probability Φ(μ), its reliability.
 *
 * Learner. Logistic regression, P(y = 1) = σ(w_b·b + w_x·x + w_0), fitted by
 * Newton's method (iteratively reweighted least squares) with a small ridge
 * penalty λ on the two weights, to n training examples drawn with a seeded
 * generator. Training is deterministic: the same state gives the same model.
 *
 * Evaluation is exact, not sampled: for a fitted model and any ρ′,
 *   accuracy(ρ′) = ½ Σ_y [ ρ′·P(correct | bell agrees, y) + (1 − ρ′)·P(correct | bell disagrees, y) ]
 * where each term is a normal tail probability of the smell.
 *
 * Closed form for checking. The Bayes-optimal model of this data is
 *   w_b = logit ρ,  w_x = 2μ,  w_0 = 0,
 * and its accuracy at ρ′ is ρ′·Φ(μ + w_b/w_x) + (1 − ρ′)·Φ(μ − w_b/w_x).
 */

/** A seeded 32-bit generator (mulberry32): the same seed gives the same stream everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Error function, Abramowitz & Stegun 7.1.26 (absolute error under 1.5 × 10⁻⁷). */
export function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const z = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - poly * Math.exp(-z * z));
}

/** Standard normal cumulative distribution. @example normalCdf(0) // 0.5 */
export const normalCdf = (x: number): number => 0.5 * (1 + erf(x / Math.SQRT2));

/** Inverse of normalCdf by bisection (used once per state, to turn a reliability into μ). */
export function normalQuantile(p: number): number {
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export const logit = (p: number): number => Math.log(p / (1 - p));

export interface Weights {
  bell: number;
  smell: number;
  bias: number;
}

/** Exact accuracy of the classifier "predict food when w_b·b + w_x·x + w_0 > 0" when the bell agrees with food with probability `agree`. */
export function accuracy(w: Weights, mu: number, agree: number): number {
  // P(w_x·x > t) for x ~ Normal(m, 1), for either sign of w_x.
  const above = (t: number, m: number): number => {
    if (w.smell === 0) return t < 0 ? 1 : 0;
    const cut = t / w.smell;
    return w.smell > 0 ? 1 - normalCdf(cut - m) : normalCdf(cut - m);
  };
  // Food (y = 1, x ~ N(μ,1)): correct when score > 0. No food (y = 0, x ~ N(−μ,1)): correct when score ≤ 0.
  const foodAgree = above(-w.bell - w.bias, mu);
  const foodDisagree = above(w.bell - w.bias, mu);
  const noneAgree = 1 - above(w.bell - w.bias, -mu);
  const noneDisagree = 1 - above(-w.bell - w.bias, -mu);
  return 0.5 * (agree * foodAgree + (1 - agree) * foodDisagree) + 0.5 * (agree * noneAgree + (1 - agree) * noneDisagree);
}

/** The Bayes-optimal weights for cue strength ρ and smell separation μ. */
export const idealWeights = (rho: number, mu: number): Weights => ({ bell: logit(rho), smell: 2 * mu, bias: 0 });

/** One training sample's random draws, shared across cue strengths so the curves vary smoothly (common random numbers). */
interface Draw {
  y: 0 | 1;
  u: number;
  noise: number;
}

function draws(n: number, seed: number): Draw[] {
  const random = mulberry32(seed);
  const out: Draw[] = [];
  for (let i = 0; i < n; i += 2) {
    // Box–Muller gives two normals per pair of uniforms.
    const r = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    out.push({ y: 1, u: random(), noise: r * Math.cos(angle) }, { y: 0, u: random(), noise: r * Math.sin(angle) });
  }
  return out.slice(0, n);
}

/**
 * Fits logistic regression on (bell, smell) by Newton's method with a ridge
 * penalty `lambda` on both weights (not the bias).
 */
export function fitLogistic(rows: { b: number; x: number; y: number }[], lambda: number, iterations = 25): Weights {
  let wb = 0;
  let wx = 0;
  let w0 = 0;
  for (let iter = 0; iter < iterations; iter++) {
    // Gradient g and Hessian H of the penalised negative log-likelihood, over (wb, wx, w0).
    let g0 = lambda * wb;
    let g1 = lambda * wx;
    let g2 = 0;
    let h00 = lambda;
    let h01 = 0;
    let h02 = 0;
    let h11 = lambda;
    let h12 = 0;
    let h22 = 1e-9;
    for (const { b, x, y } of rows) {
      const p = 1 / (1 + Math.exp(-(wb * b + wx * x + w0)));
      const r = p - y;
      const s = p * (1 - p);
      g0 += r * b;
      g1 += r * x;
      g2 += r;
      h00 += s * b * b;
      h01 += s * b * x;
      h02 += s * b;
      h11 += s * x * x;
      h12 += s * x;
      h22 += s;
    }
    // Solve H·d = g (3 × 3, symmetric) by Cramer's rule.
    const det = h00 * (h11 * h22 - h12 * h12) - h01 * (h01 * h22 - h12 * h02) + h02 * (h01 * h12 - h11 * h02);
    if (!Number.isFinite(det) || Math.abs(det) < 1e-12) break;
    const d0 = (g0 * (h11 * h22 - h12 * h12) - h01 * (g1 * h22 - h12 * g2) + h02 * (g1 * h12 - h11 * g2)) / det;
    const d1 = (h00 * (g1 * h22 - h12 * g2) - g0 * (h01 * h22 - h12 * h02) + h02 * (h01 * g2 - g1 * h02)) / det;
    const d2 = (h00 * (h11 * g2 - g1 * h12) - h01 * (h01 * g2 - g1 * h02) + g0 * (h01 * h12 - h11 * h02)) / det;
    wb -= d0;
    wx -= d1;
    w0 -= d2;
    if (Math.abs(d0) + Math.abs(d1) + Math.abs(d2) < 1e-9) break;
  }
  return { bell: wb, smell: wx, bias: w0 };
}

export interface ShortcutParams {
  /** Cue strength in training: how often the bell agrees with food, in percent (50–99). */
  cue: number;
  /** Reliability of the real cause: how often the smell alone is right, in percent (55–95). */
  cause: number;
  /** After the shift: how often the bell agrees with food, in percent (0–100). */
  deploy: number;
  /** Seed of the training sample. */
  seed: number;
}

export interface ShortcutPoint {
  /** Cue strength in training, percent. */
  cue: number;
  weights: Weights;
  /** Expected accuracy of the trained model in training conditions and after the shift, percent. */
  trainAcc: number;
  shiftAcc: number;
  /** The same two accuracies for the Bayes-optimal model (the closed form). */
  idealTrainAcc: number;
  idealShiftAcc: number;
  /** Share of the two weights' pull that comes from the bell: |w_b| / (|w_b| + |w_x|·μ). */
  cueShare: number;
}

export interface ShortcutModel {
  mu: number;
  /** The model trained at the reader's cue strength. */
  chosen: ShortcutPoint;
  /** Models trained across cue strengths, 50% to 99%. */
  sweep: ShortcutPoint[];
  /** Accuracy of the smell alone, percent: what a learner of the cause keeps after any shift. */
  causeOnly: number;
}

export const TRAINING_SIZE = 400;
export const RIDGE = 0.5;
export const SWEEP = [50, 55, 60, 65, 70, 75, 80, 85, 90, 93, 96, 99];

/** The bell's share of the model's pull on a typical example: the bell moves the score by |w_b|, the smell by about |w_x|·μ. */
const cueShareOf = (w: Weights, mu: number): number => {
  const bell = Math.abs(w.bell);
  const smell = Math.abs(w.smell) * mu;
  return bell + smell === 0 ? 0 : (100 * bell) / (bell + smell);
};

function trainAt(cue: number, mu: number, deploy: number, sample: Draw[]): ShortcutPoint {
  const rho = cue / 100;
  const rows = sample.map(({ y, u, noise }) => {
    const agrees = u < rho;
    const b = (y === 1) === agrees ? 1 : -1;
    return { b, x: (y === 1 ? mu : -mu) + noise, y };
  });
  const weights = fitLogistic(rows, RIDGE);
  const ideal = idealWeights(Math.min(rho, 0.999), mu);
  return {
    cue,
    weights,
    trainAcc: 100 * accuracy(weights, mu, rho),
    shiftAcc: 100 * accuracy(weights, mu, deploy / 100),
    idealTrainAcc: 100 * accuracy(ideal, mu, rho),
    idealShiftAcc: 100 * accuracy(ideal, mu, deploy / 100),
    cueShare: cueShareOf(weights, mu),
  };
}

/** The last sweep trained, by the parameters it depends on: dragging the cue slider retrains only the chosen model. */
let lastSweep: { key: string; sweep: ShortcutPoint[] } | undefined;

/** Trains the learner at the reader's cue strength and across the sweep, and evaluates each before and after the shift. */
export function shortcutLab(params: ShortcutParams): ShortcutModel {
  const mu = normalQuantile(params.cause / 100);
  const sample = draws(TRAINING_SIZE, params.seed);
  const key = `${params.cause} ${params.deploy} ${params.seed}`;
  if (lastSweep?.key !== key) lastSweep = { key, sweep: SWEEP.map((cue) => trainAt(cue, mu, params.deploy, sample)) };
  return { mu, chosen: trainAt(params.cue, mu, params.deploy, sample), sweep: lastSweep.sweep, causeOnly: params.cause };
}
