import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderPanel } from './renderPanel';

describe('renderPanel', () => {
  it('writes no font-variant attribute (invalid in SVG 1.1; the CSS sets tabular figures) and one accessible name', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const svg = renderPanel({ marks: [Plot.dot([[1, 2], [3, 4]])] }, 'Two dots', 'summary', document as unknown as Document);
    expect(svg.outerHTML).toContain('<text');
    expect(svg.querySelectorAll('[font-variant]')).toHaveLength(0);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Two dots');
  });
});
