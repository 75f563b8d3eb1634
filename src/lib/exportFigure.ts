/**
 * Downloads of a figure (issue 9): the panels the reader sees, as one SVG
 * that travels on its own (title, status, caption and source line inside the
 * image), and the figure's data as CSV. Pure string work, shared by the
 * browser and the tests.
 */
import type { DataTable } from '../charts/types';
import { wrap } from './wrap';

/**
 * Breaks text into lines no wider than `width` px at `size` px type, at spaces
 * for Latin text and anywhere in Chinese.
 * @example wrapText('one two three', 50, 10) // ['one two', 'three']
 */
export const wrapText = (text: string, width: number, size: number): string[] => wrap(text, width / size, Number.POSITIVE_INFINITY);

const escapeXml = (text: string): string => text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

export interface ExportPanel {
  /** The panel's SVG markup, styles already inlined. */
  svg: string;
  width: number;
  height: number;
}

export interface ExportText {
  title: string;
  status: string;
  caption: string;
  source: string;
}

export interface ExportStyle {
  background: string;
  color: string;
  muted: string;
  font: string;
}

const PAD = 20;
const GAP = 16;

/**
 * One standalone SVG: title and status above the panels, caption and source below.
 * @example composeSvg([{ svg: '<svg/>', width: 100, height: 80 }], { title: 'T', status: '', caption: 'C', source: 'S' }, style)
 */
export function composeSvg(panels: ExportPanel[], text: ExportText, style: ExportStyle): string {
  const contentWidth = Math.max(320, panels.reduce((sum, panel) => sum + panel.width, 0) + GAP * Math.max(0, panels.length - 1));
  const width = contentWidth + PAD * 2;
  const blocks: string[] = [];
  let y = PAD;
  const lines = (value: string, size: number, weight: number, fill: string) => {
    for (const line of wrapText(value, contentWidth, size)) {
      y += size * 1.3;
      blocks.push(`<text x="${PAD}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`);
    }
  };
  lines(text.title, 17, 700, style.color);
  if (text.status) lines(text.status, 13, 400, style.color);
  y += 10;
  let x = PAD;
  const top = y;
  for (const panel of panels) {
    blocks.push(panel.svg.replace(/^<svg\b/, `<svg x="${x}" y="${top.toFixed(1)}"`));
    x += panel.width + GAP;
  }
  y = top + Math.max(0, ...panels.map((panel) => panel.height)) + 6;
  lines(text.caption, 12.5, 400, style.color);
  y += 4;
  lines(text.source, 11, 400, style.muted);
  const height = Math.ceil(y + PAD);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(style.font)}">`,
    `<rect width="100%" height="100%" fill="${style.background}"/>`,
    ...blocks,
    '</svg>',
  ].join('\n');
}

const csvField = (value: string | number): string => {
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\n\r#]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The figure's data as CSV: a title and a source line (marked with `#`),
 * then a header row of column labels and one row per data row, numbers at
 * full precision.
 * @example toCsv('T', 'S', ['a', 'b'], { columns: [...], rows: [[1, 'x']] }) // '# T\n# S\na,b\n1,x\n'
 */
export function toCsv(title: string, source: string, labels: string[], table: DataTable): string {
  const rows = [labels.map(csvField).join(','), ...table.rows.map((row) => row.map(csvField).join(','))];
  return `# ${title.replace(/\n/g, ' ')}\n# ${source.replace(/\n/g, ' ')}\n${rows.join('\n')}\n`;
}
