import { describe, expect, it } from 'vitest';
import { INK_LIMITS, inkPath, parseStrokes } from './ink';

describe('ink on a slide', () => {
  it('draws a stroke as one SVG path, a single point as a dot', () => {
    expect(inkPath([0, 0, 10, 20, 30, 40])).toBe('M0 0L10 20L30 40');
    expect(inkPath([5, 5])).toBe('M5 5l0 0.1');
  });

  it('keeps well-formed strokes', () => {
    const strokes = [{ tool: 'pen', points: [1, 2, 3, 4] }, { tool: 'highlighter', points: [0, 1000] }];
    expect(parseStrokes(strokes)).toEqual(strokes);
  });

  it('refuses anything else whole: a wrong tool, odd or non-integer or far-off points, markup, too many strokes', () => {
    expect(parseStrokes([{ tool: 'eraser', points: [1, 2] }])).toBeUndefined();
    expect(parseStrokes([{ tool: 'pen', points: [1, 2, 3] }])).toBeUndefined();
    expect(parseStrokes([{ tool: 'pen', points: [1.5, 2] }])).toBeUndefined();
    expect(parseStrokes([{ tool: 'pen', points: [1, 1e9] }])).toBeUndefined();
    expect(parseStrokes([{ tool: '<img src=x>', points: [1, 2] }])).toBeUndefined();
    expect(parseStrokes('[]')).toBeUndefined();
    expect(parseStrokes(Array.from({ length: INK_LIMITS.strokes + 1 }, () => ({ tool: 'pen', points: [1, 2] })))).toBeUndefined();
    expect(parseStrokes([{ tool: 'pen', points: Array.from({ length: INK_LIMITS.points + 2 }, () => 1) }])).toBeUndefined();
  });
});
