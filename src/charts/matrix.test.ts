import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import data from '../../content/data/trustworthy-matrix.json';
import { en } from '../i18n/en';
import { zh } from '../i18n/zh';
import { figureText } from '../lib/figureText';
import { renderPanel } from '../lib/renderPanel';
import { matrixFigure, trustworthyMatrix } from './matrix';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

describe('the matrix of trustworthy AGI', () => {
  it('has the paper’s three layers by five levels, one cell chosen, each row shaded by Zhou’s placement', () => {
    const model = trustworthyMatrix({ layer: 2, level: 4 });
    expect(model.cells).toHaveLength(15);
    expect(model.cells.filter((c) => c.selected)).toEqual([expect.objectContaining({ layer: 2, level: 4, layerId: 'intervenable', levelId: 'autonomy' })]);
    expect(new Set(model.cells.filter((c) => c.layer === 1).map((c) => c.stance))).toEqual(new Set(['mostly']));
    expect(data.layers.map((l) => l.stance)).toEqual(['mostly', 'some', 'ahead']);
  });

  it('names its sources in the detail text, by author and year, in both languages', () => {
    const state = { layer: 3, level: 5 };
    for (const dict of [en, zh]) {
      const text = figureText(dict === en ? 'en' : 'zh', dict, { pearl2018impediments: 'Pearl (2018)', yang2024ai45: 'Yang et al. (2024)', zhou2024waic: 'Zhou (2024)' });
      const summary = matrixFigure.summary(matrixFigure.compute(state), state, text);
      expect(summary).toContain('[Pearl (2018)]');
      expect(summary).toContain('[Yang et al. (2024); Zhou (2024)]');
      expect(summary).not.toMatch(/fig\.matrix\./);
    }
    expect(matrixFigure.summary(matrixFigure.compute(state), state, figureText('zh', zh))).not.toMatch(/[。：] /);
  });

  it('lists every cell in its data table', () => {
    const table = matrixFigure.table(matrixFigure.compute({ layer: 1, level: 1 }), figureText('en', en));
    expect(table.rows).toHaveLength(15);
    expect(table.rows[0]).toEqual(['Approximate Alignment', 'Perception', 'mostly here']);
  });

  it('is drawn narrower on a slide, so a projector scales its type up, and keeps every label', () => {
    const state = { layer: 1, level: 1 };
    for (const [lang, dict] of [['en', en], ['zh', zh]] as const) {
      const page = matrixFigure.panels(matrixFigure.compute(state), state, figureText(lang, dict));
      const slide = matrixFigure.panels(matrixFigure.compute(state), state, figureText(lang, dict, {}, true));
      for (const [i, panel] of slide.entries()) expect(panel.options.width).toBeLessThan(page[i]!.options.width as number);
      // The stance column of the page becomes a second line under each layer's name; every level is still named.
      const grid = renderPanel(slide[0]!.options, 'grid', 'summary', document as unknown as Document).textContent ?? '';
      for (const key of ['fig.matrix.stanceShort.mostly', 'fig.matrix.layer.reflectable', 'fig.matrix.level.collaboration'] as const) expect(grid).toContain(dict[key].split(/[-\s]/)[0]);
      expect(grid).toContain(dict['fig.matrix.levelsAxis']);
    }
  });
});
