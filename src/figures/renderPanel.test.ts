import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { HIT, readout } from './charts/style';
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

  it('keeps read-outs as data for the browser, and leaves them and their invisible marks out of a static picture', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const options = { marks: [Plot.dot([[1, 2], [3, 4]], { ...readout((_, i) => i, [0, 2]) }), Plot.dot([[1, 2]], { ...HIT, ...readout(() => 1) })] };
    const live = renderPanel(options, 'Two dots', 'summary', document as unknown as Document, 12, true);
    expect([...live.querySelectorAll('[data-readout]')].map((mark) => mark.getAttribute('data-readout'))).toEqual(['0:0,2', '1:0,2', '1']);
    const still = renderPanel(options, 'Two dots', 'summary', document as unknown as Document);
    expect(still.querySelectorAll('[data-readout], title, .m-hit')).toHaveLength(0);
    expect(still.querySelectorAll('circle')).toHaveLength(2);
  });
});
