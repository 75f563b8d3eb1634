/**
 * The figures as readers' browsers draw them: with the Plot that leaves out
 * what no figure uses (src/figures/browserPlot.ts; vitest.config.ts
 * runs this file with the client build's stand-ins). Every figure, at its
 * default, each preset and each control's ends, in both languages, on a page
 * and on a slide, must render without touching a left-out part, and its
 * default state must give the very SVG the build draws with all of Plot (the
 * snapshots figures.test.ts keeps). Neither Plot nor d3 catches an error, so
 * a state that renders here renders as it would with all of Plot.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import { figureText } from '../figureText';
import { renderPanel } from '../renderPanel';
import { defaultState, parseState, type StateOf, type StateSchema } from '../../utils/urlState';
import { figureLoaders, loadFigure } from './registry';
import type { AnyFigure } from './types';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const doc = document as unknown as Document;

/** The states worth drawing: the default, each preset, each parameter at either end, and all at either end. */
function statesOf(figure: AnyFigure): { name: string; state: StateOf<StateSchema> }[] {
  const schema = figure.schema;
  const base = defaultState(schema);
  const ends = (end: 'min' | 'max') => Object.fromEntries(Object.entries(schema).map(([key, param]) => [key, param[end]]));
  return [
    { name: 'default', state: base },
    ...figure.presets.map((preset) => ({ name: `preset ${preset.label}`, state: parseState(schema, new URLSearchParams(Object.entries(preset.state).map(([k, v]) => [k, String(v)]))) })),
    ...Object.entries(schema).flatMap(([key, param]) => [
      { name: `${key}=${param.min}`, state: { ...base, [key]: param.min } },
      { name: `${key}=${param.max}`, state: { ...base, [key]: param.max } },
    ]),
    { name: 'every parameter at its minimum', state: ends('min') },
    { name: 'every parameter at its maximum', state: ends('max') },
  ];
}

describe('the browser Plot', () => {
  it('leaves out what the stand-ins stand for, and says so when a figure reaches for it', () => {
    const attempts: [() => unknown, RegExp][] = [
      [() => Plot.plot({ document: doc, marks: [Plot.geo({ type: 'Sphere' })] }), /geo\w+ is left out of the browser's Plot \(d3-geo/],
      [() => Plot.plot({ document: doc, marks: [Plot.dot([1, 2], { x: (d: number) => d, tip: true })] }), /is left out of the browser's Plot \(@observablehq\/plot\/src\/(interactions\/pointer|marks\/tip)\.js/],
      [() => Plot.plot({ document: doc, marks: [Plot.dot([1, 2], { x: (d: number) => d, fill: (d: number) => d })] }), /interpolateTurbo is left out of the browser's Plot \(d3-scale-chromatic/],
      [() => Plot.plot({ document: doc, marks: [Plot.line([1, 2, 3], { x: (d: number) => d, y: (d: number) => d, curve: 'natural' })] }), /curveNatural is left out of the browser's Plot \(d3-shape/],
      [() => Plot.plot({ document: doc, marks: [Plot.dot([new Date(0), new Date(1e10)], { x: (d: Date) => d })] }), /is left out of the browser's Plot \(d3-time/],
      [() => Plot.plot({ document: doc, color: { legend: true, type: 'ordinal', range: ['red', 'blue'] }, marks: [Plot.dot([1, 2], { x: (d: number) => d, fill: (d: number) => String(d) })] }), /legendSwatches is left out of the browser's Plot/],
    ];
    for (const [attempt, message] of attempts) {
      expect(attempt).toThrow(message);
      expect(attempt).toThrow(/LEFT_OUT .*in src\/figures\/browserPlot\.ts; see the README, "What the browser's Plot leaves out"/);
    }
  });
});

describe.each(Object.keys(figureLoaders))('figure %s, drawn by the browser Plot', (id) => {
  it('renders its default state to the same SVG as the build does with all of Plot', async () => {
    const figure = await loadFigure(id);
    const state = defaultState(figure.schema);
    const model = figure.compute(state);
    for (const [lang, dict] of [['en', en], ['zh', zh]] as const) {
      const text = figureText(lang, dict);
      const svgs = figure.panels(model, state, text).map((panel) => renderPanel(panel.options, text.t(panel.label), 'summary', doc));
      for (const [i, svg] of svgs.entries()) await expect(svg.outerHTML).toMatchFileSnapshot(`./__snapshots__/${id}-${lang}-${i}.svg`);
    }
  });

  // Some 30 states × 4 renders of each panel: more than the default 5 s on a busy machine.
  it('renders every preset and every control at either end, in both languages, on a page and on a slide', { timeout: 60_000 }, async () => {
    const figure = await loadFigure(id);
    for (const { name, state } of statesOf(figure)) {
      const model = figure.compute(state);
      for (const [lang, dict] of [['en', en], ['zh', zh]] as const) {
        for (const slide of [false, true]) {
          const text = figureText(lang, dict, {}, slide);
          for (const panel of figure.panels(model, state, text)) {
            let svg: SVGSVGElement | undefined;
            expect(() => (svg = renderPanel(panel.options, text.t(panel.label), 'summary', doc)), `${name}, ${lang}${slide ? ', slide' : ''}`).not.toThrow();
            expect(svg?.querySelectorAll('*').length).toBeGreaterThan(1);
          }
        }
      }
    }
  });
});
