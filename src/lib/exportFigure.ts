/**
 * Downloads of a figure (issue 9): the panels the reader sees, as one SVG
 * that travels on its own (title, status, caption and source line inside the
 * image), and the figure's data as CSV with a metadata file beside it. Pure
 * string work, shared by the browser and the tests.
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
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The figure's data as CSV that opens alike in Excel (any locale), pandas and
 * `csv.reader`: a UTF-8 byte order mark (without it Excel on a Chinese Windows
 * reads the file as GBK), one header row of column labels, then one row per
 * data row with as many fields, numbers at full precision, CRLF line ends
 * (RFC 4180). Title, source and licence travel beside it (`csvMetadata`).
 * @example toCsv(['a', 'b'], { columns: [...], rows: [[1, 'x']] }) // '\uFEFFa,b\r\n1,x\r\n'
 */
export function toCsv(labels: string[], table: DataTable): string {
  if (table.rows.some((row) => row.length !== labels.length)) throw new Error(`CSV rows must have ${labels.length} fields, as the header has.`);
  return `\uFEFF${[labels, ...table.rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export interface CsvMetadata {
  /** The CSV file this describes. */
  file: string;
  title: string;
  caption: string;
  /** The source line, with the figure's link at its state. */
  source: string;
  url: string;
  language: string;
  /** Whether the numbers come from data or from the site's conceptual model. */
  kind: 'data' | 'model';
  licence: { name: string; url: string };
  /** "Cite this" as it is on the page: APA and BibTeX. */
  citation: { apa: string; bibtex: string };
  /** The CSV's numbers are at full precision; each column says how the page rounds it. */
  precision: 'full';
  columns: { name: string; shownAs: 'fixed' | 'sci' | 'text'; decimalsShown?: number }[];
}

/** The licence of the site's text, figures and data. */
export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/**
 * The metadata file offered beside a figure's CSV (as Our World in Data's
 * downloads do): what the data is, where it comes from, its licence, how to
 * cite it, and how the page rounds each column.
 * @example csvMetadata({ file: 'f.csv', …, columns: [{ name: 'Year', shownAs: 'fixed', decimalsShown: 0 }] }) // '{\n  "file": "f.csv", …'
 */
export function csvMetadata(metadata: CsvMetadata): string {
  return `${JSON.stringify(metadata, null, 2)}\n`;
}
