import { describe, expect, it } from 'vitest';
import runs from '../../../content/data/training-runs.json';
import { computeSplit, FLOP_PER_PETAFLOP_DAY, toFlop, yearsToGrow, type TrainingRun } from './computeShare';

const data = runs as TrainingRun[];

describe('computeShare', () => {
  it('converts petaflop/s-days to FLOP: GPT-3 pretraining is about 3.1 × 10^23 FLOP', () => {
    expect(FLOP_PER_PETAFLOP_DAY).toBe(8.64e19);
    expect(toFlop({ value: 3640, unit: 'petaflop/s-days' })).toBeCloseTo(3.145e23, -20);
  });

  it('InstructGPT alignment fine-tuning was about 1.8% of GPT-3 pretraining (1.6% for RLHF alone)', () => {
    const split = computeSplit(data, 1);
    expect(split.measuredShare).toBeCloseTo(64.9 / 3640, 12);
    expect(60 / 3640).toBeCloseTo(0.0165, 4);
  });

  it('a 1% share of Llama 3 405B pretraining is 3.8 × 10^23 FLOP, more than all of GPT-3 pretraining', () => {
    const row = computeSplit(data, 1).rows.find((r) => r.id === 'llama3-405b-pretraining-share')!;
    expect(row.flop).toBeCloseTo(3.8e23, -20);
    expect(row.kind).toBe('modelled');
    expect(row.flop).toBeGreaterThan(toFlop({ value: 3640, unit: 'petaflop/s-days' }));
  });

  it('adds one what-if row after every pretraining run and none after alignment runs', () => {
    const rows = computeSplit(data, 5).rows;
    expect(rows.map((r) => r.id)).toEqual([
      'gpt3-pretraining', 'gpt3-pretraining-share', 'instructgpt-alignment', 'llama3-405b-pretraining', 'llama3-405b-pretraining-share',
    ]);
  });

  it('at 4–5× a year, compute grows a hundredfold in about three years', () => {
    expect(yearsToGrow(100, 4)).toBeCloseTo(3.32, 2);
    expect(yearsToGrow(100, 5)).toBeCloseTo(2.86, 2);
  });
});
