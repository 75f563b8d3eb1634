import { describe, expect, it } from 'vitest';
import { angleOf, capabilitySafetyPath, HORIZON_YEARS, safetyShare, type PathInputs } from './capabilitySafetyPath';

const even: PathInputs = { split: 50, swing: 0, swingAt: 0, swingLen: 0, eff: 1, tol: 5 };

describe('capabilitySafetyPath', () => {
  it('an even split at equal efficiency walks exactly along 45°', () => {
    const path = capabilitySafetyPath(even);
    expect(path.points).toHaveLength(HORIZON_YEARS + 1);
    for (const p of path.points.slice(1)) expect(p.pathAngle).toBeCloseTo(45, 10);
    expect(path.verdict).toBe('balanced');
  });

  it("a 1% safety share (Zhou's headline split) gives a path of about 0.58°, far below the line", () => {
    const path = capabilitySafetyPath({ ...even, split: 1 });
    expect(path.longRunAngle).toBeCloseTo((Math.atan(0.01 / 0.99) * 180) / Math.PI, 10);
    expect(path.verdict).toBe('below');
  });

  it('a large safety share drifts above the line', () => {
    expect(capabilitySafetyPath({ ...even, split: 80 }).verdict).toBe('above');
  });

  it('a short swing moves the yearly angle a lot but the long-run angle little', () => {
    const path = capabilitySafetyPath({ ...even, swing: -40, swingAt: 10, swingLen: 2 });
    expect(path.widestSwing).toBeGreaterThan(30);
    // Long-run share = 0.5 - 0.4 * 2 / 30.
    const share = 0.5 - (0.4 * 2) / HORIZON_YEARS;
    expect(path.longRunAngle).toBeCloseTo(angleOf(1 - share, share), 10);
    expect(path.verdict).toBe('balanced');
  });

  it('the same swing held for the whole horizon is drift, and is flagged', () => {
    expect(capabilitySafetyPath({ ...even, swing: -40, swingAt: 0, swingLen: 30 }).verdict).toBe('below');
  });

  it('a more efficient safety effort needs a smaller share for balance: 1 / (1 + κ)', () => {
    const path = capabilitySafetyPath({ ...even, eff: 3, split: 25 });
    expect(path.balancedShare).toBeCloseTo(0.25, 12);
    expect(path.longRunAngle).toBeCloseTo(45, 10);
  });

  it('the share is clamped to 0–100% when a swing overshoots', () => {
    expect(safetyShare({ ...even, split: 90, swing: 50, swingLen: 30 }, 3)).toBe(1);
    expect(safetyShare({ ...even, split: 10, swing: -50, swingLen: 30 }, 3)).toBe(0);
  });

  it('the tolerance band decides the verdict', () => {
    const inputs = { ...even, split: 45 };
    const angle = capabilitySafetyPath(inputs).longRunAngle;
    expect(45 - angle).toBeGreaterThan(2);
    expect(capabilitySafetyPath({ ...inputs, tol: 2 }).verdict).toBe('below');
    expect(capabilitySafetyPath({ ...inputs, tol: 10 }).verdict).toBe('balanced');
  });
});
