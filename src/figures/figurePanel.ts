/**
 * A figure's panel drawn at build time in its default state, outside the
 * figure's own markup: the picture on a social card, a gallery thumbnail, the
 * landing's opening image. The same chart module and renderer as the live
 * figure, so the picture is the figure.
 */
import { parseHTML } from 'linkedom';
import { loadFigure } from './charts/registry';
import { en } from '../i18n/en';
import { pick, type DictKey, type Lang } from '../i18n/index';
import { shortLabel } from '../sources/bibliography';
import { figureText } from './figureText';
import { renderPanel } from './renderPanel';
import { defaultState } from '../utils/urlState';

interface PanelOptions {
  /** Which panel: the one whose label is this dictionary key; the first by default. */
  label?: DictKey;
  /** A thumbnail beside text that already says what it shows: hidden from screen readers, and without its words, which it is too small to show. */
  decorative?: boolean;
  /** Values to set over the figure's default state (the landing draws the plane at a chosen step). */
  state?: Record<string, number> | undefined;
  /** A thumbnail that keeps its labels and numbers (drawn at a phone panel's width, shown near that size), hidden from screen readers: its card says it in words. */
  annotated?: boolean;
}

/**
 * The SVG markup of one panel of figure `id` in its default state (or `options.state`).
 * @example await figurePanel('compute', 'en', { label: 'fig.compute.waffleLabel' }) // '<svg role="img" …>'
 */
export async function figurePanel(id: string, lang: Lang, options: PanelOptions = {}): Promise<string> {
  const figure = await loadFigure(id);
  const state = { ...defaultState(figure.schema), ...options.state } as ReturnType<typeof defaultState<typeof figure.schema>>;
  // Citations in the chart's words read as the live figure's do ("Yang et al. (2024)"), never as a bibliography key.
  const cites = Object.fromEntries((figure.citations ?? []).map((key) => [key, shortLabel(key, lang)]));
  const text = figureText(lang, pick(lang, Object.keys(en) as DictKey[]), cites);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // The landing's opening picture, the compute waffle, is no longer a panel of its figure: drawn on its own.
  const panels = options.label === 'fig.compute.waffleLabel' ? [(await import('./charts/waffle')).waffle(state.share ?? 1, text)] : figure.panels(figure.compute(state), state, text);
  const panel = panels.find((p) => p.label === options.label) ?? panels[0];
  if (!panel) throw new Error(`Figure "${id}" draws no panel.`);
  const svg = renderPanel(panel.options, text.t(panel.label), '', document as unknown as Document);
  if (options.annotated) {
    for (const name of ['role', 'aria-label', 'aria-describedby']) svg.removeAttribute(name);
    svg.setAttribute('aria-hidden', 'true');
  } else if (options.decorative) {
    for (const name of ['role', 'aria-label', 'aria-describedby']) svg.removeAttribute(name);
    svg.setAttribute('aria-hidden', 'true');
    for (const words of svg.querySelectorAll('text')) words.remove();
  } else svg.removeAttribute('aria-describedby');
  return svg.outerHTML;
}
