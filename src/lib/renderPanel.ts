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
 */
export function renderPanel(options: PlotOptions, label: string, describedBy: string, document?: Document): SVGSVGElement {
  const node = Plot.plot({ ...options, className: PLOT_CLASS, ...(document ? { document } : {}) });
  const svg = node as SVGSVGElement;
  svg.querySelector('style')?.remove();
  for (const element of svg.querySelectorAll('[font-variant]')) element.removeAttribute('font-variant');
  for (const element of svg.querySelectorAll('[aria-label], [aria-description], [aria-hidden]')) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
    element.removeAttribute('aria-hidden');
  }
  svg.removeAttribute('aria-description');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('aria-describedby', describedBy);
  return svg;
}
