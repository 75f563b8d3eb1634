import { describe, expect, it } from 'vitest';
import { accuracy, erf, fitLogistic, idealWeights, logit, mulberry32, normalCdf, normalQuantile, shortcutLab, SWEEP } from './shortcut';

const DEFAULTS = { cue: 90, cause: 80, deploy: 50, seed: 1 };

describe('numerics', () => {
  it('erf and the normal distribution match tabulated values', () => {
    expect(erf(0)).toBeCloseTo(0, 7);
    expect(erf(1)).toBeCloseTo(0.8427007929, 6);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalQuantile(0.8)).toBeCloseTo(0.8416212, 5);
  });

  it('the seeded generator repeats itself and stays in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
});

describe('exact accuracy', () => {
  it('matches the closed form ρ′·Φ(μ + w_b/w_x) + (1 − ρ′)·Φ(μ − w_b/w_x) for the ideal model', () => {
    for (const [rho, mu, agree] of [[0.9, 0.84, 0.5], [0.99, 0.5, 0.2], [0.7, 1.3, 0.9]] as const) {
      const w = idealWeights(rho, mu);
      const ratio = w.bell / w.smell;
      const closed = agree * normalCdf(mu + ratio) + (1 - agree) * normalCdf(mu - ratio);
      expect(accuracy(w, mu, agree)).toBeCloseTo(closed, 10);
    }
  });

  it('gives the smell alone Φ(μ), whatever the bell does', () => {
    for (const agree of [0, 0.5, 1]) expect(accuracy({ bell: 0, smell: 1, bias: 0 }, 0.84, agree)).toBeCloseTo(normalCdf(0.84), 10);
  });

  it('agrees with a large simulated test set', () => {
    const w = { bell: 2, smell: 1.5, bias: 0.2 };
    const random = mulberry32(3);
    let correct = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const y = random() < 0.5 ? 1 : 0;
      const b = (y === 1) === random() < 0.3 ? 1 : -1;
      const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      const x = (y === 1 ? 0.8 : -0.8) + normal;
      if ((w.bell * b + w.smell * x + w.bias > 0 ? 1 : 0) === y) correct++;
    }
    expect(correct / n).toBeCloseTo(accuracy(w, 0.8, 0.3), 2);
  });
});

describe('training', () => {
  it('recovers the Bayes-optimal weights w_b = logit ρ and w_x = 2μ from a large sample', () => {
    const random = mulberry32(11);
    const rho = 0.8;
    const mu = 0.6;
    const rows = Array.from({ length: 40_000 }, () => {
      const y = random() < 0.5 ? 1 : 0;
      const b = (y === 1) === random() < rho ? 1 : -1;
      const x = (y === 1 ? mu : -mu) + Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      return { b, x, y };
    });
    const w = fitLogistic(rows, 0);
    expect(w.bell).toBeCloseTo(logit(rho), 1);
    expect(w.smell).toBeCloseTo(2 * mu, 1);
    expect(Math.abs(w.bias)).toBeLessThan(0.05);
  });

  it('is deterministic for a seed, and a different seed trains a different model', () => {
    expect(shortcutLab(DEFAULTS)).toEqual(shortcutLab(DEFAULTS));
    expect(shortcutLab({ ...DEFAULTS, seed: 2 }).chosen.weights).not.toEqual(shortcutLab(DEFAULTS).chosen.weights);
  });
});

describe('the lab', () => {
  const lab = shortcutLab(DEFAULTS);

  it('loses accuracy after the shift as the cue strength rises', () => {
    const shifted = lab.sweep.map((p) => p.shiftAcc);
    for (let i = 1; i < shifted.length; i++) expect(shifted[i]).toBeLessThan(shifted[i - 1]!);
    expect(shifted[0]).toBeCloseTo(80, 0);
    expect(shifted.at(-1)).toBeLessThan(60);
  });

  it('gains accuracy in training conditions as the cue strength rises, and leans on the bell more', () => {
    const train = lab.sweep.map((p) => p.trainAcc);
    const share = lab.sweep.map((p) => p.cueShare);
    for (let i = 1; i < train.length; i++) {
      expect(train[i]).toBeGreaterThan(train[i - 1]!);
      expect(share[i]).toBeGreaterThan(share[i - 1]!);
    }
    expect(train.at(-1)).toBeGreaterThan(95);
  });

  it('stays close to the ideal learner, whose shifted accuracy is the closed form', () => {
    for (const p of lab.sweep) {
      expect(Math.abs(p.trainAcc - p.idealTrainAcc)).toBeLessThan(3);
      expect(Math.abs(p.shiftAcc - p.idealShiftAcc)).toBeLessThan(6);
    }
  });

  it('with an uninformative bell, learns the cause and keeps its accuracy after the shift', () => {
    const flat = shortcutLab({ ...DEFAULTS, cue: 50 }).chosen;
    expect(Math.abs(flat.weights.bell)).toBeLessThan(0.4);
    expect(Math.abs(flat.trainAcc - flat.shiftAcc)).toBeLessThan(2);
  });

  it('does worse than chance after a reversal when it leans on a strong bell', () => {
    expect(shortcutLab({ ...DEFAULTS, cue: 99, deploy: 0 }).chosen.shiftAcc).toBeLessThan(50);
  });

  it('sweeps the whole range of cue strengths', () => {
    expect(lab.sweep.map((p) => p.cue)).toEqual(SWEEP);
  });
});
