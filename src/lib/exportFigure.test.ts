import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { composeSvg, csvMetadata, LICENCE, toCsv, wrapText } from './exportFigure';

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

  const columns = [{ label: 'fig.trajectory.colYear', format: 'fixed' }, { label: 'fig.trajectory.colShare', format: 'fixed', decimals: 1 }] as const;

  it('write the data as CSV Excel opens in any locale: a BOM, one header row, rectangular rows, full precision', () => {
    const csv = toCsv(['年份', 'Share, %'], { columns: [...columns], rows: [[1, 0.123456789], [2, 'a "b"\n#c']] });
    expect(csv).toBe('\uFEFF年份,"Share, %"\r\n1,0.123456789\r\n2,"a ""b""\n#c"\r\n');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('refuse a row with more or fewer fields than the header', () => {
    expect(() => toCsv(['a', 'b'], { columns: [...columns], rows: [[1, 2, 3]] })).toThrow(/2 fields/);
  });

  it('describe the CSV in a metadata file: title, source, licence, citation and rounding', () => {
    const json = JSON.parse(csvMetadata({ file: 'f.csv', title: 'T', caption: 'C', source: 'S', url: 'https://x/', language: 'zh', kind: 'model', licence: LICENCE, citation: { apa: 'A', bibtex: '@misc{k}' }, precision: 'full', columns: [{ name: 'Year', shownAs: 'fixed', decimalsShown: 0 }] })) as Record<string, unknown>;
    expect(json).toMatchObject({ file: 'f.csv', title: 'T', source: 'S', licence: { name: 'CC BY 4.0' }, citation: { bibtex: '@misc{k}' }, precision: 'full' });
  });
});
