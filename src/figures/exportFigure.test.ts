import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { composeSvg, csvMetadata, csvNumber, isoDate, LICENCE, toCsv } from './exportFigure';
import { wrapText } from '../utils/wrap';

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

  it('give numbers without binary noise and the site’s dates in ISO 8601', () => {
    expect(csvNumber(14.999999999999996)).toBe('15');
    expect(csvNumber(0.1 + 0.2)).toBe('0.3');
    expect(csvNumber(1.6e25)).toBe('1.6e+25');
    for (const [text, iso] of [['10 March 2024', '2024-03-10'], ['July 2024', '2024-07'], ['2024 年 3 月 10 日', '2024-03-10'], ['2024 年 7 月', '2024-07']]) expect(isoDate(text!)).toBe(iso);
    expect(isoDate('Zhou 2024')).toBeUndefined();
    const csv = toCsv(['Date', 'Event'], { columns: [{ label: 'site.title', format: 'text' }, { label: 'site.title', format: 'text' }], rows: [['4 July 2024', 'Speech'], ['July 2025', 'Report']] });
    expect(csv).toBe('\uFEFFDate,Event\r\n2024-07-04,Speech\r\n2025-07,Report\r\n');
  });

  it('describe the CSV in CSVW metadata: @context, a table schema of its columns, title, source, licence, citation and rounding', () => {
    const json = JSON.parse(csvMetadata({ file: 'f.csv', title: 'T', caption: 'C', source: 'S', url: 'https://x/', language: 'zh', kind: 'model', licence: LICENCE, citation: { apa: 'A', bibtex: '@misc{k}' }, precision: 'full', columns: [{ name: 'Year', shownAs: 'fixed', decimalsShown: 0 }, { name: '日期', shownAs: 'text' }] }, [[2024, '2024 年 7 月']])) as Record<string, unknown>;
    expect(json['@context']).toEqual(['http://www.w3.org/ns/csvw', { '@language': 'zh-Hans' }]);
    expect(json).toMatchObject({ url: 'f.csv', 'dc:title': 'T', 'dc:source': 'S', 'dc:license': { '@id': LICENCE.url }, 'schema:citation': ['A', '@misc{k}'] });
    expect((json.tableSchema as { columns: unknown[] }).columns).toMatchObject([{ name: 'c1', titles: 'Year', datatype: 'number' }, { name: 'c2', titles: '日期', datatype: 'gYearMonth' }]);
    expect(json['rdfs:comment']).toMatch(/区域/);
  });
});

describe('withSourceLinks', () => {
  it('adds after a key column a column of links to the Sources page, and the metadata calls it anyURI', async () => {
    const { withSourceLinks: links } = await import('./exportFigure');
    const table = { columns: [{ label: 'site.title', format: 'text' }, { label: 'site.title', format: 'text', link: 'fact' }] as const, rows: [['a', 'M1'], ['b', 'S8']] };
    const out = links(['Measure', 'Fact sheet row'], { columns: [...table.columns], rows: table.rows }, 'https://x/en/sources/');
    expect(out.labels).toEqual(['Measure', 'Fact sheet row', 'Fact sheet row URL']);
    expect(out.rows).toEqual([['a', 'M1', 'https://x/en/sources/#fact-M1'], ['b', 'S8', 'https://x/en/sources/#fact-S8']]);
    expect(toCsv(out.labels, out)).toBe('\uFEFFMeasure,Fact sheet row,Fact sheet row URL\r\na,M1,https://x/en/sources/#fact-M1\r\nb,S8,https://x/en/sources/#fact-S8\r\n');
    const json = JSON.parse(csvMetadata({ file: 'f.csv', title: 'T', caption: 'C', source: 'S', url: 'https://x/', language: 'en', kind: 'data', licence: LICENCE, citation: { apa: 'A', bibtex: '@misc{k}' }, precision: 'full', columns: out.labels.map((name) => ({ name, shownAs: 'text' as const })) }, out.rows)) as { tableSchema: { columns: { datatype: string }[] } };
    expect(json.tableSchema.columns.map((column) => column.datatype)).toEqual(['string', 'string', 'anyURI']);
  });
});
