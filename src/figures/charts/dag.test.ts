import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { figureText } from '../figureText';
import { renderPanel } from '../renderPanel';
import { causalDiagram, dagFigure } from './dag';
import { seeingDoing } from './doing';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
/** Panel `i` (0: watching X, 1: setting it) of the figure in state `dagDo`. */
const draw = (dagDo: number, i = 0) => {
  const state = { dagDo };
  const panel = dagFigure.panels(dagFigure.compute(state), state, figureText('en', en))[i]!;
  return renderPanel(panel.options, 'dag', 'summary', document as unknown as Document);
};

describe('the causal diagram of chapter 4', () => {
  it('shows the numbers of the “Seeing versus doing” figure at its default setting', () => {
    const doing = seeingDoing({ gamma: 80, riskY: 50, effect: -20, featureX: 1 });
    const observed = causalDiagram({ dagDo: 0 });
    expect(observed.seen).toBeCloseTo(doing.seen, 10);
    expect(observed.done).toBeCloseTo(doing.done, 10);
    expect(observed.risk).toBeCloseTo(doing.risk, 10);
  });

  it('observing X = 1 makes a risky prompt likelier; intervening leaves prompts as risky as ever', () => {
    const model = causalDiagram({ dagDo: 1 });
    expect(model.intervene).toBe(true);
    expect(model.prior).toBeCloseTo(30, 10);
    expect(model.risk).toBeGreaterThan(model.prior);
    expect(model.done).toBeLessThan(model.seen);
  });

  it('draws both states side by side, whichever is chosen: the arrow into X in place while X is observed, cut (dashed, grey) under do(X)', () => {
    for (const dagDo of [0, 1]) {
      const observed = draw(dagDo, 0);
      const intervened = draw(dagDo, 1);
      expect(observed.querySelectorAll('.m-cut')).toHaveLength(0);
      expect(observed.querySelectorAll('.m-confounding')).toHaveLength(2);
      expect(intervened.querySelector('.m-diagonal.m-cut path')).not.toBeNull();
      expect(intervened.querySelectorAll('.m-confounding')).toHaveLength(1);
      expect(intervened.textContent).toContain('P(Y = 1 | do(X = 1))');
      expect(observed.textContent).toContain('P(Y = 1 | X = 1)');
      expect(observed.textContent).toContain('39.7%');
      expect(intervened.textContent).toContain('15.0%');
    }
  });

  it('lets a tap on X switch between watching and setting it', () => {
    expect(draw(0).querySelector('[data-set="dagDo=1"]')).not.toBeNull();
    expect(draw(1, 1).querySelector('[data-set="dagDo=0"]')).not.toBeNull();
  });
});
