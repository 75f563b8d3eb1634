import { describe, expect, it } from 'vitest';
import { trajectory } from '../figures/charts/trajectory';
import { defaultState, parseState, snap, writeState } from './urlState';

const schema = trajectory.schema;
const defaults = defaultState(schema);
const parse = (query: string) => parseState(schema, new URLSearchParams(query));

describe('parseState', () => {
  it('an empty link shows the default figure', () => {
    expect(parse('')).toEqual(defaults);
  });

  it('a valid link restores every value it names', () => {
    expect(parse('split=12&swing=20&swingAt=3&swingLen=7&eff=2.5&tol=9')).toEqual({ split: 12, swing: 20, swingAt: 3, swingLen: 7, eff: 2.5, tol: 9 });
  });

  it('a link with split=999 shows the default split and keeps the other values', () => {
    expect(parse('split=999&tol=9')).toEqual({ ...defaults, tol: 9 });
  });

  it.each([
    'split=', 'split=abc', 'split=NaN', 'split=Infinity', 'split=-Infinity', 'split=1e2', 'split=0x20', 'split=%00',
    'split=<script>alert(1)</script>', 'split=30;drop', 'split=' + '9'.repeat(400), 'split=-0.0000001', 'split=1,5', 'split= 30 30', 'split=%2030%20', 'split=+30',
    'split=__proto__', 'constructor=1&split=[]',
  ])('a hostile or malformed value (%s) falls back to the default', (query) => {
    expect(parse(query).split).toBe(defaults.split);
  });

  it('values between steps snap onto the grid', () => {
    expect(parse('eff=1.234').eff).toBe(1.25);
    expect(parse('split=12.6').split).toBe(13);
  });

  it('a repeated key uses its first value', () => {
    expect(parse('split=10&split=20').split).toBe(10);
  });
});

describe('writeState', () => {
  it('omits defaults and keeps unrelated parameters, so links stay short', () => {
    const params = writeState(schema, { ...defaults, split: 10 }, new URLSearchParams('utm=x&swing=5'));
    expect(params.toString()).toBe('utm=x&split=10');
  });

  it('round-trips through parseState', () => {
    const state = { split: 3, swing: -12, swingAt: 20, swingLen: 30, eff: 0.25, tol: 20 };
    expect(parseState(schema, writeState(schema, state, new URLSearchParams()))).toEqual(state);
  });
});

describe('snap', () => {
  it('rejects values outside the range instead of clamping them', () => {
    expect(snap({ min: 0, max: 10, step: 1, default: 5 }, 11)).toBeUndefined();
    expect(snap({ min: 0, max: 10, step: 1, default: 5 }, -1)).toBeUndefined();
  });
});
