/**
 * Downloads of a figure (issue 9): the panels the reader sees, as one SVG
 * that travels on its own (title, status, caption and source line inside the
 * image), and the figure's data as CSV with a metadata file beside it. Pure
 * string work, shared by the browser and the tests.
 */
import type { DataTable } from './charts/types';
import { wrapText } from '../utils/wrap';


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

/**
 * A number as the CSV gives it: ten significant digits, which is more than
 * any figure's data or model means and drops binary noise (0.1 + 0.2 is 0.3,
 * not 0.30000000000000004).
 * @example csvNumber(14.999999999999996) // '15'
 * @example csvNumber(0.30000000000000004) // '0.3'
 */
export function csvNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(10))) : '';
}

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A date as the site prints it ("10 March 2024", "July 2024", "2024 年 3 月 10 日",
 * "2024 年 7 月") in ISO 8601 ("2024-03-10", "2024-07"), which no spreadsheet
 * reads as another date; undefined for anything else.
 * @example isoDate('July 2024') // '2024-07'
 * @example isoDate('2024 年 3 月 10 日') // '2024-03-10'
 */
export function isoDate(text: string): string | undefined {
  const two = (n: number) => String(n).padStart(2, '0');
  const en = /^(?:(\d{1,2}) )?([A-Za-z]+) (\d{4})$/.exec(text.trim());
  if (en) {
    const month = MONTHS_EN.indexOf(en[2]!.toLowerCase()) + 1;
    if (month === 0) return undefined;
    return en[1] ? `${en[3]}-${two(month)}-${two(Number(en[1]))}` : `${en[3]}-${two(month)}`;
  }
  const zh = /^(\d{4}) ?年 ?(\d{1,2}) ?月(?: ?(\d{1,2}) ?日)?$/.exec(text.trim());
  if (zh) return zh[3] ? `${zh[1]}-${two(Number(zh[2]))}-${two(Number(zh[3]))}` : `${zh[1]}-${two(Number(zh[2]))}`;
  return undefined;
}

/**
 * The table as the CSV gives it: after each column whose cells name a work or a fact sheet row (`link`), a
 * column of links to it on the Sources page (`sources`, its absolute URL): `#ref-<key>` and `#fact-<row>`.
 * @example withSourceLinks(['Source key'], { columns: [{ label: 'x', format: 'text', link: 'ref' }], rows: [['a2024']] }, 'https://s/en/sources/').rows // [['a2024', 'https://s/en/sources/#ref-a2024']]
 */
export function withSourceLinks(labels: string[], table: DataTable, sources: string): { labels: string[]; columns: DataTable['columns']; rows: DataTable['rows'] } {
  const out = { labels: [] as string[], columns: [] as DataTable['columns'], rows: table.rows.map(() => [] as DataTable['rows'][number]) };
  table.columns.forEach((column, i) => {
    out.labels.push(labels[i] ?? '');
    out.columns.push(column);
    table.rows.forEach((row, r) => out.rows[r]!.push(row[i]!));
    if (!column.link) return;
    out.labels.push(`${labels[i] ?? ''} URL`);
    out.columns.push({ label: column.label, format: 'text' });
    table.rows.forEach((row, r) => out.rows[r]!.push(`${sources}#${column.link}-${row[i]}`));
  });
  return out;
}

const csvField = (value: string | number): string => {
  const text = typeof value === 'number' ? csvNumber(value) : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The figure's data as CSV that opens alike in Excel (any locale), pandas and
 * `csv.reader`: a UTF-8 byte order mark (without it Excel on a Chinese Windows
 * reads the file as GBK), one header row of column labels, then one row per
 * data row with as many fields, CRLF line ends (RFC 4180). Numbers have ten
 * significant digits (`csvNumber`) and a point for decimals; a text column of
 * dates is given in ISO 8601 (`isoDate`), which spreadsheets neither misread
 * nor turn into another date. Title, source, licence and column types travel
 * beside it (`csvMetadata`, a CSVW file).
 * @example toCsv(['a', 'b'], { columns: [...], rows: [[1, 'x']] }) // '\uFEFFa,b\r\n1,x\r\n'
 */
export function toCsv(labels: string[], table: DataTable): string {
  if (table.rows.some((row) => row.length !== labels.length)) throw new Error(`CSV rows must have ${labels.length} fields, as the header has.`);
  const dateColumns = new Set(labels.map((_, i) => i).filter((i) => table.rows.length > 0 && table.rows.every((row) => typeof row[i] === 'string' && isoDate(row[i] as string) !== undefined)));
  const rows = table.rows.map((row) => row.map((cell, i) => (dateColumns.has(i) ? isoDate(cell as string)! : cell)));
  return `\uFEFF${[labels, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
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
  /** The CSV's numbers have ten significant digits; each column says how the page rounds it. */
  precision: 'full';
  columns: { name: string; shownAs: 'fixed' | 'sci' | 'text'; decimalsShown?: number }[];
}

/** The licence of the site's text, figures and data. */
export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** What a decimal-comma spreadsheet does with the CSV, and how to open it right: said in the metadata beside every CSV. */
export const DECIMAL_NOTE = {
  en: 'Numbers use a decimal point and fields a comma. A spreadsheet set to a decimal-comma locale (German, French…) reads decimals as text: import the file (LibreOffice: Text CSV; Excel: Data › From Text/CSV) and set the locale to English (US), or read it with pandas or R.',
  zh: '数字用小数点，字段用逗号分隔。若电子表格使用以逗号作小数点的区域设置（如德语、法语），小数会被读成文本：请用“导入”打开文件（LibreOffice：文本 CSV；Excel：数据 › 自文本/CSV），并把区域设为英语（美国），或用 pandas、R 读取。',
} as const;

/**
 * The metadata file offered beside a figure's CSV (as Our World in Data's
 * downloads do), as W3C CSV on the Web metadata (CSVW, `@context` and a
 * `tableSchema`, so that CSVW tools validate the CSV against it): what the
 * data is, where it comes from, its licence, how to cite it, each column's
 * type (dates as `gYearMonth` or `date`) and how the page rounds it.
 * @example csvMetadata({ file: 'f.csv', …, columns: [{ name: 'Year', shownAs: 'fixed', decimalsShown: 0 }] }) // '{\n  "@context": …'
 */
export function csvMetadata(metadata: CsvMetadata, rows?: DataTable['rows']): string {
  const lang = metadata.language.startsWith('zh') ? 'zh' : 'en';
  // A column's type is what its cells are: numbers, the site's dates (given in ISO), or text (a numeric column with a word in it is text).
  const datatype = (i: number, shownAs: string): string => {
    if (!rows || rows.length === 0) return shownAs === 'text' ? 'string' : 'number';
    if (rows.every((row) => typeof row[i] === 'number')) return 'number';
    if (rows.every((row) => /^https?:\/\//.test(String(row[i])))) return 'anyURI';
    const dates = rows && rows.length > 0 ? rows.map((row) => (typeof row[i] === 'string' ? isoDate(row[i] as string) : undefined)) : [];
    if (dates.length > 0 && dates.every((date) => date !== undefined)) return dates.every((date) => date!.length === 10) ? 'date' : dates.every((date) => date!.length === 7) ? 'gYearMonth' : 'string';
    return 'string';
  };
  const record = {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': lang === 'zh' ? 'zh-Hans' : 'en' }],
    url: metadata.file,
    'dc:title': metadata.title,
    'dc:description': metadata.caption,
    'dc:source': metadata.source,
    'dc:license': { '@id': metadata.licence.url },
    'dc:type': metadata.kind === 'model' ? 'model output' : 'data',
    'schema:url': { '@id': metadata.url },
    'schema:citation': [metadata.citation.apa, metadata.citation.bibtex].filter(Boolean),
    'rdfs:comment': DECIMAL_NOTE[lang],
    dialect: { encoding: 'utf-8', header: true, delimiter: ',', lineTerminators: ['\r\n'] },
    tableSchema: {
      columns: metadata.columns.map((column, i) => ({
        name: `c${i + 1}`,
        titles: column.name,
        datatype: datatype(i, column.shownAs),
        ...(column.shownAs === 'text' ? {} : { 'dc:description': lang === 'zh' ? `网页上显示为 ${column.decimalsShown ?? 0} 位小数${column.shownAs === 'sci' ? '的科学计数法' : ''}；CSV 给出 10 位有效数字。` : `Shown on the page with ${column.decimalsShown ?? 0} decimals${column.shownAs === 'sci' ? ', in scientific notation' : ''}; the CSV gives ten significant digits.` }),
      })),
    },
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}
