import { describe, expect, it } from 'vitest';
import { seeingDoing } from '../charts/doing';
import { counterfactualCase } from '../charts/counterfactual';
import { counterfactual, doing, featureOn, riskGivenFeature, sampleUnit, seeing, unsafe, type Scm } from './confounding';
import { mulberry32 } from './shortcut';

const SCM: Scm = { pz: 0.3, gamma: 0.8, base: 0.2, betaZ: 0.5, betaX: -0.2 };

/** The full joint distribution P(z, x, y), enumerated from the model's factors. */
function joint(scm: Scm): { z: 0 | 1; x: 0 | 1; y: 0 | 1; p: number }[] {
  const rows = [];
  for (const z of [0, 1] as const)
    for (const x of [0, 1] as const)
      for (const y of [0, 1] as const) {
        const pz = z ? scm.pz : 1 - scm.pz;
        const px = x ? featureOn(scm, z) : 1 - featureOn(scm, z);
        const py = y ? unsafe(scm, x, z) : 1 - unsafe(scm, x, z);
        rows.push({ z, x, y, p: pz * px * py });
      }
  return rows;
}

describe('seeing and doing', () => {
  it('seeing equals P(Y = 1 | X = x) read off the joint distribution', () => {
    const rows = joint(SCM);
    for (const x of [0, 1] as const) {
      const px = rows.filter((r) => r.x === x).reduce((s, r) => s + r.p, 0);
      const pxy = rows.filter((r) => r.x === x && r.y === 1).reduce((s, r) => s + r.p, 0);
      expect(seeing(SCM, x)).toBeCloseTo(pxy / px, 12);
    }
  });

  it('doing equals the back-door adjustment worked by hand: 0.3·f(x,1) + 0.7·f(x,0)', () => {
    // f(1,1) = 0.5, f(1,0) = 0, f(0,1) = 0.7, f(0,0) = 0.2.
    expect(doing(SCM, 1)).toBeCloseTo(0.3 * 0.5 + 0.7 * 0, 12);
    expect(doing(SCM, 0)).toBeCloseTo(0.3 * 0.7 + 0.7 * 0.2, 12);
    // Seeing by hand: P(Z=1 | X=1) = 0.27 / 0.34, P(Z=1 | X=0) = 0.03 / 0.66.
    expect(riskGivenFeature(SCM, 1)).toBeCloseTo(0.27 / 0.34, 12);
    expect(seeing(SCM, 1)).toBeCloseTo((0.27 / 0.34) * 0.5, 12);
    expect(seeing(SCM, 0)).toBeCloseTo((0.03 / 0.66) * 0.7 + (0.63 / 0.66) * 0.2, 12);
  });

  it('doing equals what a randomised experiment on the model converges to', () => {
    const random = mulberry32(5);
    const n = 200_000;
    let unsafeCount = 0;
    for (let i = 0; i < n; i++) {
      const z = random() < SCM.pz ? 1 : 0;
      if (random() < unsafe(SCM, 1, z)) unsafeCount++;
    }
    expect(unsafeCount / n).toBeCloseTo(doing(SCM, 1), 2);
  });

  it('seeing and doing agree when nothing confounds the feature', () => {
    const free = { ...SCM, gamma: 0 };
    for (const x of [0, 1] as const) expect(seeing(free, x)).toBeCloseTo(doing(free, x), 12);
  });

  it('at the figure’s default the apparent effect is harmful and the causal effect protective', () => {
    const model = seeingDoing({ gamma: 80, riskY: 50, effect: -20, featureX: 1 });
    expect(model.apparent).toBeGreaterThan(0);
    expect(model.causal).toBeCloseTo(-20, 8);
    expect(model.sweep[0]!.apparent).toBeCloseTo(model.sweep[0]!.causal, 8);
  });
});

describe('counterfactuals', () => {
  it('match a simulation that keeps each unit’s noise and switches only X', () => {
    const random = mulberry32(9);
    for (const [x, y, xPrime] of [[0, 1, 1], [1, 1, 0], [0, 0, 1], [1, 0, 0]] as const) {
      let matched = 0;
      let unsafeThen = 0;
      for (let i = 0; i < 300_000; i++) {
        const unit = sampleUnit(SCM, random);
        if (unit.x !== x || unit.y !== y) continue;
        matched++;
        if (unit.uy < unsafe(SCM, xPrime, unit.z)) unsafeThen++;
      }
      expect(unsafeThen / matched).toBeCloseTo(counterfactual(SCM, x, y, xPrime).imagined, 2);
    }
  });

  it('give the worked example: feature off, answer unsafe, had it been on', () => {
    // Abduction: P(Z=1 | X=0, Y=1) = 0.3·0.1·0.7 / (0.3·0.1·0.7 + 0.7·0.9·0.2) = 0.021 / 0.147.
    // Prediction: risky prompt → min(0.5, 0.7) / 0.7; safe prompt → min(0, 0.2) / 0.2 = 0.
    const cf = counterfactual(SCM, 0, 1, 1);
    expect(cf.posterior).toBeCloseTo(0.021 / 0.147, 12);
    expect(cf.imagined).toBeCloseTo((0.021 / 0.147) * (0.5 / 0.7), 12);
    expect(cf.done).toBeCloseTo(doing(SCM, 1), 12);
    expect(cf.seen).toBeCloseTo(seeing(SCM, 1), 12);
  });

  it('return what happened when the action changes nothing', () => {
    expect(counterfactual(SCM, 1, 1, 1).imagined).toBeCloseTo(1, 12);
    expect(counterfactual(SCM, 0, 0, 0).imagined).toBeCloseTo(0, 12);
  });

  it('give three different answers on the three rungs at the figure’s default', () => {
    const cf = counterfactualCase({ cfX: 0, cfY: 1, cfGamma: 80, cfEffect: -20 });
    const answers = [cf.seen, cf.done, cf.imagined].map((v) => Math.round(v * 1000));
    expect(new Set(answers).size).toBe(3);
  });
});
