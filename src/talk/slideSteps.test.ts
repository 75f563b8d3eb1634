import { describe, expect, it } from 'vitest';
import { hiddenAt, stateAt } from './slideSteps';

const steps = [{ reveal: ['m-path', 'm-value'] }, { reveal: ['panel-2'], state: 'split=1' }, { reveal: [], state: 'split=70' }, { reveal: ['m-note'] }];

describe('build steps', () => {
  it('start from the slide’s own state and take each step’s state in turn', () => {
    expect(stateAt('split=50', steps, 0)).toBe('split=50');
    expect(stateAt('split=50', steps, 1)).toBe('split=50');
    expect(stateAt('split=50', steps, 2)).toBe('split=1');
    expect(stateAt('split=50', steps, 4)).toBe('split=70');
  });

  it('hide what later steps reveal, and nothing once all are pressed', () => {
    expect([...hiddenAt(steps, 0)].sort()).toEqual(['m-note', 'm-path', 'm-value', 'panel-2']);
    expect([...hiddenAt(steps, 2)]).toEqual(['m-note']);
    expect(hiddenAt(steps, 4).size).toBe(0);
    expect(hiddenAt([], 0).size).toBe(0);
  });
});
