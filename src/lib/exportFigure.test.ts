import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { composeSvg, toCsv, wrapText } from './exportFigure';

describe('figure downloads', () => {
  it('wrap Latin text at spaces and Chinese anywhere, within the width', () => {
    expect(wrapText('one two three', 50, 10)).toEqual(['one two', 'three']);
    const chinese = wrapText('长期来看，AI 的安全应当与能力大体同步增长。', 100, 10);
    expect(chinese.length).toBeGreaterThan(1);
    expect(chinese.join('')).toBe('长期来看，AI 的安全应当与能力大体同步增长。');
    for (const line of chinese) expect([...line].length).toBeLessThanOrEqual(11);
  });

  it('compose one SVG with the panels side by side and the caption and source inside it', () => {
    const svg = composeSvg(
      [{ svg: '<svg width="100" height="80"><circle r="5"/></svg>', width: 100, height: 80 }, { svg: '<svg width="120" height="90"/>', width: 120, height: 90 }],
      { title: 'Figure 2.1 · A & B', status: 'Balanced', caption: 'What the figure shows.', source: 'Source: the site, https://x/en/?a=1&b=2#fig' },
      { background: 'rgb(255, 255, 255)', color: 'rgb(0, 0, 0)', muted: 'rgb(90, 90, 90)', font: 'system-ui' },
    );
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    const root = document.querySelector('svg')!;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelectorAll(':scope > svg')).toHaveLength(2);
    expect(root.querySelectorAll(':scope > svg')[1]!.getAttribute('x')).toBe(String(20 + 100 + 16));
    const texts = [...root.querySelectorAll(':scope > text')].map((t) => t.textContent);
    expect(texts).toEqual(['Figure 2.1 · A & B', 'Balanced', 'What the figure shows.', 'Source: the site, https://x/en/?a=1&b=2#fig']);
    expect(svg).toContain('A &amp; B');
  });

  it('write the data as CSV with a title and source line, quoting what needs it', () => {
    const csv = toCsv('Seeing, doing', 'Source: x', ['Year', 'Share, %'], { columns: [{ label: 'fig.trajectory.colYear', format: 'fixed' }, { label: 'fig.trajectory.colShare', format: 'fixed' }], rows: [[1, 0.5], [2, 'a "b"']] });
    expect(csv).toBe('# Seeing, doing\n# Source: x\nYear,"Share, %"\n1,0.5\n2,"a ""b"""\n');
  });
});
