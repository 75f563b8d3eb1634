/**
 * A figure's download buttons: SVG and PNG (2×, for slides) of exactly what
 * the reader sees, with title, status, caption and source inside the image,
 * and the data as CSV with its metadata (title, source, licence, citation)
 * beside it. The figure runtime fetches this module on the first download
 * only; the offline cache keeps it with the rest of the site.
 */
import type { AnyFigure, FigureText } from '../charts/types';
import { composeSvg, csvMetadata, LICENCE, toCsv, withSourceLinks, type ExportPanel } from '../exportFigure';

/** Presentation properties copied from the page's CSS onto each element, so the SVG needs no stylesheet. */
const PROPERTIES = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linejoin', 'paint-order', 'opacity', 'font-size', 'font-weight', 'font-family'] as const;

function inlinedPanel(svg: SVGSVGElement): ExportPanel {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const style = getComputedStyle(original);
    const target = copies[i]!;
    for (const property of PROPERTIES) target.setAttribute(property, style.getPropertyValue(property));
    target.removeAttribute('class');
  });
  for (const attribute of ['role', 'aria-label', 'aria-describedby']) copy.removeAttribute(attribute);
  // Labels may reach past a panel's edge, as they do on the page.
  copy.setAttribute('overflow', 'visible');
  const box = svg.viewBox.baseVal;
  return { svg: new XMLSerializer().serializeToString(copy), width: box?.width || svg.clientWidth, height: box?.height || svg.clientHeight };
}

function save(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The figure as one SVG document, styled as it is on screen. */
export function figureSvg(root: HTMLElement, source: string): string {
  const page = getComputedStyle(document.documentElement);
  const text = (selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return composeSvg(
    [...root.querySelectorAll<SVGSVGElement>('[data-panel] > svg')].map(inlinedPanel),
    { title: `${text('.figure-number')} · ${text('.figure-title')}${root.querySelector('.badge-model') ? ` (${text('.badge-model')})` : ''}`, status: text('[data-status]'), caption: text('.figure-caption'), source },
    { background: page.backgroundColor, color: page.color, muted: getComputedStyle(root.querySelector('.figure-summary') ?? root).color, font: getComputedStyle(root).fontFamily },
  );
}

async function svgToPng(svg: string): Promise<Blob> {
  const image = new Image();
  // A data: URL, not a blob: URL: the CSP allows images from data: only.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * 2;
  canvas.height = image.naturalHeight * 2;
  const context = canvas.getContext('2d')!;
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

export async function downloadFigure(root: HTMLElement, kind: string, figure: AnyFigure, state: Record<string, number>, text: FigureText, link: string): Promise<void> {
  const lang = root.dataset.lang ?? 'en';
  const name = `ai45-${figure.id}-${lang}`;
  const source = text.t(figure.modelled ? 'download.sourceModel' : 'download.sourceData', { site: text.t('site.title'), url: link });
  if (kind === 'csv' || kind === 'json') {
    // The column labels as the page prints them above the data table, and a column of links to the Sources page after a key's.
    const { labels, ...table } = withSourceLinks([...root.querySelectorAll('[data-table] thead th')].map((th) => th.textContent ?? ''), figure.table(figure.compute(state), text), new URL(`/${lang}/sources/`, link).href);
    if (kind === 'csv') {
      save(new Blob([toCsv(labels, table)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
      return;
    }
    const read = (selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const [apa = '', bibtex = ''] = [...root.querySelectorAll('.cite-this pre.citation')].map((pre) => pre.textContent ?? '');
    const metadata = csvMetadata({
      file: `${name}.csv`,
      title: read('.figure-title') || figure.id,
      caption: read('.figure-caption'),
      source,
      url: link,
      language: lang,
      kind: figure.modelled ? 'model' : 'data',
      licence: LICENCE,
      citation: { apa, bibtex },
      precision: 'full',
      columns: table.columns.map((column, i) => ({ name: labels[i] ?? '', shownAs: column.format, ...(column.format === 'text' ? {} : { decimalsShown: column.decimals ?? (column.format === 'sci' ? 1 : 0) }) })),
    }, table.rows);
    save(new Blob([metadata], { type: 'application/json' }), `${name}.csv-metadata.json`);
    return;
  }
  const svg = figureSvg(root, source);
  if (kind === 'svg') save(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
  else if (kind === 'png') save(await svgToPng(svg), `${name}@2x.png`);
}
