/**
 * Conceptual model of the capability–safety plane (ours, not the paper's and
 * not data). Each year a fixed, normalised amount of investment (1 unit) is
 * split between capability and safety:
 *
 *   s_t = clamp(split + swing · [swingAt ≤ t < swingAt + swingLen], 0, 1)
 *   C_{t+1} = C_t + (1 − s_t)          capability gained this year
 *   S_{t+1} = S_t + κ · s_t            safety gained this year (κ = efficiency)
 *   θ_t = atan2(κ · s_t, 1 − s_t)      the angle of this year's step
 *   Θ_t = atan2(S_t, C_t)              the long-run angle of the whole path
 *
 * with C_0 = S_0 = 0 over a horizon of T = 30 years. The path drifts when
 * |Θ_T − 45°| exceeds the tolerance. Assumptions: progress is proportional to
 * investment (no diminishing returns, no spill-over between the two), and one
 * unit of capability is worth one unit of safety on the plane, which is what
 * makes 45° the balance.
 */

export const HORIZON_YEARS = 30;

export interface PathInputs {
  /** Safety's share of each year's investment, in percent. */
  split: number;
  /** Temporary change to the share, in percentage points. */
  swing: number;
  /** First year of the swing (0-based). */
  swingAt: number;
  /** How many years the swing lasts. */
  swingLen: number;
  /** κ: safety progress per unit invested, relative to capability. */
  eff: number;
  /** Tolerance around 45°, in degrees. */
  tol: number;
}

export interface PathPoint {
  year: number;
  /** Safety's share this year, 0–1 (the share that produced the step into this point). */
  share: number;
  capability: number;
  safety: number;
  /** θ: the angle of the step into this point, degrees. */
  stepAngle: number;
  /** Θ: the angle of the whole path so far, degrees. */
  pathAngle: number;
}

export type Verdict = 'balanced' | 'below' | 'above';

export interface CapabilitySafetyPath {
  points: PathPoint[];
  /** Θ_T, the long-run angle at the horizon. */
  longRunAngle: number;
  /** θ of the final year. */
  finalStepAngle: number;
  /** Largest |θ_t − 45°| over the horizon: how far the short-term swing went. */
  widestSwing: number;
  verdict: Verdict;
  /** The constant share that would keep the path exactly on 45°: 1 / (1 + κ). */
  balancedShare: number;
}

const degrees = (radians: number): number => (radians * 180) / Math.PI;

/** The angle of a step (or a path) on the plane, in degrees from the capability axis. */
export function angleOf(capability: number, safety: number): number {
  return degrees(Math.atan2(safety, capability));
}

/** Safety's share of year t's investment (0–1). */
export function safetyShare(inputs: PathInputs, year: number): number {
  const swinging = year >= inputs.swingAt && year < inputs.swingAt + inputs.swingLen;
  const percent = inputs.split + (swinging ? inputs.swing : 0);
  return Math.min(1, Math.max(0, percent / 100));
}

/**
 * Runs the model over the horizon.
 * @example capabilitySafetyPath({ split: 50, swing: 0, swingAt: 0, swingLen: 0, eff: 1, tol: 5 }).longRunAngle // 45
 */
export function capabilitySafetyPath(inputs: PathInputs): CapabilitySafetyPath {
  const points: PathPoint[] = [{ year: 0, share: safetyShare(inputs, 0), capability: 0, safety: 0, stepAngle: 0, pathAngle: 0 }];
  let capability = 0;
  let safety = 0;
  for (let year = 0; year < HORIZON_YEARS; year++) {
    const share = safetyShare(inputs, year);
    const dC = 1 - share;
    const dS = inputs.eff * share;
    capability += dC;
    safety += dS;
    points.push({
      year: year + 1,
      share,
      capability,
      safety,
      stepAngle: angleOf(dC, dS),
      pathAngle: angleOf(capability, safety),
    });
  }
  const first = points[1];
  if (first) points[0] = { ...points[0]!, stepAngle: first.stepAngle, pathAngle: first.stepAngle };
  const last = points[points.length - 1]!;
  const longRunAngle = last.pathAngle;
  const verdict: Verdict = longRunAngle < 45 - inputs.tol ? 'below' : longRunAngle > 45 + inputs.tol ? 'above' : 'balanced';
  return {
    points,
    longRunAngle,
    finalStepAngle: last.stepAngle,
    widestSwing: Math.max(...points.slice(1).map((p) => Math.abs(p.stepAngle - 45))),
    verdict,
    balancedShare: 1 / (1 + inputs.eff),
  };
}
