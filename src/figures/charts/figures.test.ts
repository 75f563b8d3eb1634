/**
 * Every registered figure: its default state renders to an accessible SVG at
 * build time, its snapshot is stable, its presets are valid states, and it
 * only uses strings both dictionaries have.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import { figureText } from '../figureText';
import { renderPanel } from '../renderPanel';
import { defaultState, parseState } from '../../utils/urlState';
import { figureLoaders, loadFigure } from './registry';
import { frameOf } from './style';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

describe.each(Object.keys(figureLoaders))('figure %s', (id) => {
  it('renders its default state to the same SVG as last time, in both languages', async () => {
    const figure = await loadFigure(id);
    const state = defaultState(figure.schema);
    const model = figure.compute(state);
    for (const [lang, dict] of [['en', en], ['zh', zh]] as const) {
      const text = figureText(lang, dict);
      const frame = frameOf(undefined);
      const svgs = figure.panels(model, state, text, frame).map((panel) => renderPanel(panel.options, text.t(panel.label), 'summary', document as unknown as Document, frame.font));
      for (const [i, svg] of svgs.entries()) {
        expect(svg.getAttribute('role')).toBe('img');
        expect(svg.getAttribute('aria-label')).toBeTruthy();
        expect(svg.querySelector('style')).toBeNull();
        expect(svg.outerHTML).not.toMatch(/ style="/);
        await expect(svg.outerHTML).toMatchFileSnapshot(`./__snapshots__/${id}-${lang}-${i}.svg`);
      }
    }
  });

  it('has presets that are valid states and controls for real parameters', async () => {
    const figure = await loadFigure(id);
    for (const preset of figure.presets) {
      const params = new URLSearchParams(Object.entries(preset.state).map(([k, v]) => [k, String(v)]));
      expect(parseState(figure.schema, params)).toEqual(preset.state);
    }
    for (const control of figure.controls) expect(figure.schema).toHaveProperty(control.key);
  });

  it('fills every slot of its status and summary text', async () => {
    const figure = await loadFigure(id);
    const state = defaultState(figure.schema);
    const model = figure.compute(state);
    for (const dict of [en, zh]) {
      const text = figureText('en', dict);
      expect(figure.summary(model, state, text)).not.toMatch(/\{\w+\}/);
      expect(figure.status(model, state, text).message).not.toMatch(/\{\w+\}/);
    }
  });

  it('has a table with one value per column in every row', async () => {
    const figure = await loadFigure(id);
    const table = figure.table(figure.compute(defaultState(figure.schema)), figureText('en', en));
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  });
});

describe.each(Object.keys(figureLoaders).filter((id) => id !== 'matrix'))('figure %s, live in a browser', (id) => {
  // The matrix's cells choose a state when tapped instead; every other figure has marks that carry numbers.
  it('gives its marks read-outs that name rows and columns of its own data table, in every preset', async () => {
    const figure = await loadFigure(id);
    for (const [i, state] of [defaultState(figure.schema), ...figure.presets.map((preset) => parseState(figure.schema, new URLSearchParams(Object.entries(preset.state).map(([k, v]) => [k, String(v)]))))].entries()) {
      const model = figure.compute(state);
      const text = figureText('en', en);
      const table = figure.table(model, text);
      const specs = figure.panels(model, state, text).flatMap((panel) => [...renderPanel(panel.options, '', 'summary', document as unknown as Document, 12, true).querySelectorAll('[data-readout]')].map((mark) => mark.getAttribute('data-readout') ?? ''));
      // The default state has some (a preset may show none yet: the plane's first steps are bare axes).
      if (i === 0) expect(specs.length).toBeGreaterThan(0);
      for (const spec of specs) {
        const [row, columns] = spec.split(':');
        expect(Number(row)).toBeLessThan(table.rows.length);
        for (const column of columns?.split(',') ?? []) expect(Number(column)).toBeLessThan(table.columns.length);
      }
    }
  });
});

describe('figure parameters', () => {
  it('are unique across the site, so several figures can share one URL', async () => {
    const keys = [];
    for (const id of Object.keys(figureLoaders)) keys.push(...Object.keys((await loadFigure(id)).schema));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
