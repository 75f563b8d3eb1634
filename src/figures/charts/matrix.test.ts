import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import data from '../../../content/data/trustworthy-matrix.json';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import { figureText } from '../figureText';
import { renderPanel } from '../renderPanel';
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
    expect(table.rows[0]!.slice(0, 3)).toEqual(['Approximate Alignment', 'Perception', 'mostly here']);
    // Each row names the sources of its rung (the figure's source line points here).
    expect(table.rows[0]![3]).toContain('zhou2024waic');
  });

  it('draws the ladder climbing upward, with each rung’s techniques and every level named, on a phone and a desktop', () => {
    const state = { layer: 1, level: 1 };
    for (const [lang, dict] of [['en', en], ['zh', zh]] as const) {
      for (const width of [318, 820]) {
        const panels = matrixFigure.panels(matrixFigure.compute(state), state, figureText(lang, dict), { width, font: 12 });
        const grid = renderPanel(panels[0]!.options, 'grid', 'summary', document as unknown as Document);
        const words = grid.textContent ?? '';
        for (const key of ['fig.matrix.p8.alignment', 'fig.matrix.stanceShort.ahead', 'fig.matrix.level.collaboration'] as const) expect(words.replace(/\s/g, '')).toContain(dict[key].replace(/\s/g, '').slice(0, 6));
        const yOf = (name: string) => {
          const label = [...grid.querySelectorAll('text')].find((t) => t.textContent?.includes(name));
          return Number(/translate\([\d.]+,([\d.]+)\)/.exec(label?.getAttribute('transform') ?? '')?.[1] ?? label?.getAttribute('y') ?? NaN);
        };
        expect(yOf(dict['fig.matrix.layer.reflectable'])).toBeLessThan(yOf(dict['fig.matrix.layer.alignment']));
        // Every cell names the state it chooses when tapped.
        expect(grid.querySelectorAll('[data-set]')).toHaveLength(15);
        expect(panels[0]!.options.width).toBe(width);
      }
    }
  });
});
