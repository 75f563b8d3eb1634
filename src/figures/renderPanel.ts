import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';

/** Class every figure's SVG carries; the site's CSS styles it (Plot's own <style> is removed for the CSP). */
export const PLOT_CLASS = 'ai45-plot';

/**
 * Renders one panel of a figure with Plot and makes the SVG fit the site: no
 * inline <style> (the CSP forbids it), one accessible name for the whole
 * image instead of Plot's per-mark ARIA attributes, and no `font-variant`
 * attribute on axis labels (not an SVG attribute: the CSS sets tabular figures).
 * Pass `document` when rendering outside a browser (linkedom at build time).
 * `font` is the chart's base text size in CSS px, the size its layout was made
 * for: it is set on the SVG itself, so the drawing and its text always agree.
 * `readouts`: keep the marks' read-outs (in a browser, by default; not in a
 * static picture drawn at build time).
 */
export function renderPanel(options: PlotOptions, label: string, describedBy: string, document?: Document, font = 12, readouts = document === undefined): SVGSVGElement {
  const node = Plot.plot({ ...options, className: PLOT_CLASS, ...(document ? { document } : {}) });
  const svg = node as SVGSVGElement;
  svg.querySelector('style')?.remove();
  for (const element of svg.querySelectorAll('[font-variant]')) element.removeAttribute('font-variant');
  svg.setAttribute('font-size', String(font));
  svg.removeAttribute('font-family');
  for (const element of svg.querySelectorAll('[aria-label], [aria-description], [aria-hidden]')) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
    element.removeAttribute('aria-hidden');
  }
  svg.removeAttribute('aria-description');
  // A mark's `href` channel (`?param=value`) names the state it chooses: kept as data for the figure
  // runtime, which sets that state on a click or tap. Not a link, so the image stays one image.
  // Pairs are kept space-separated, so the SVG stays valid XML (an `&` would need escaping) for the social cards.
  // Plot sets the link as xlink:href (a browser keeps the namespace; linkedom does not).
  const XLINK = 'http://www.w3.org/1999/xlink';
  for (const link of svg.querySelectorAll('a')) {
    const href = link.getAttributeNS(XLINK, 'href') ?? link.getAttribute('href');
    if (href === null) continue;
    link.setAttribute('data-set', href.replace(/^\?/, '').replace(/&/g, ' '));
    link.removeAttributeNS(XLINK, 'href');
    link.removeAttribute('href');
  }
  // A mark's read-out (style.ts, `readout`) arrives as Plot's <title>: kept as data for the figure
  // runtime, which shows it on hover, tap and focus, so that browsers show no tooltip of their own.
  // A picture drawn at build time has no script to show them: it keeps neither them nor the
  // invisible marks that only carry them, which would weigh on every page and slide.
  for (const title of svg.querySelectorAll('title')) {
    const spec = /^readout (\d+(?::[\d,]+)?)$/.exec(title.textContent ?? '')?.[1];
    if (spec === undefined) continue;
    if (readouts) title.parentElement?.setAttribute('data-readout', spec);
    title.remove();
  }
  if (!readouts) for (const hit of svg.querySelectorAll('.m-hit')) hit.remove();
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('aria-describedby', describedBy);
  return svg;
}
