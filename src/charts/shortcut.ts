import * as Plot from '@observablehq/plot';
import { RIDGE, shortcutLab, TRAINING_SIZE, type ShortcutModel, type ShortcutPoint } from '../models/shortcut';
import { defineFigure } from './types';

const schema = {
  cue: { min: 50, max: 99, step: 1, default: 90 },
  cause: { min: 55, max: 95, step: 1, default: 80 },
  deploy: { min: 0, max: 100, step: 5, default: 50 },
  seed: { min: 1, max: 99, step: 1, default: 1 },
};

const PANEL = { width: 400, height: 340, marginLeft: 44, marginBottom: 40, marginTop: 24, marginRight: 20 } as const;
const X = { domain: [50, 100] as [number, number], ticks: [50, 60, 70, 80, 90, 100] };

export const shortcut = defineFigure({
  id: 'shortcut',
  title: 'fig.shortcut.title',
  caption: 'fig.shortcut.caption',
  method: 'fig.shortcut.method',
  modelled: true,
  equations: [
    String.raw`y \sim \text{Bernoulli}(\tfrac12),\quad P(b = \pm1 \text{ agrees with } y) = \rho,\quad x \mid y \sim \mathcal N(\pm\mu,\,1),\quad \Phi(\mu) = \text{reliability}`,
    String.raw`\hat y = 1\big[\,w_b\,b + w_x\,x + w_0 > 0\,\big],\quad (w_b, w_x, w_0) = \arg\min \textstyle\sum_{i=1}^{${TRAINING_SIZE}} \ell_{\log}(y_i, \cdot) + \tfrac{${RIDGE}}{2}(w_b^2 + w_x^2)`,
    String.raw`\text{acc}(\rho') = \tfrac12\textstyle\sum_{y}\big[\rho'\,P(\text{correct} \mid \text{bell agrees}, y) + (1-\rho')\,P(\text{correct} \mid \text{bell disagrees}, y)\big]`,
    String.raw`\text{ideal: } w_b = \operatorname{logit}\rho,\ w_x = 2\mu \;\Rightarrow\; \text{acc}(\rho') = \rho'\,\Phi\!\big(\mu + \tfrac{w_b}{w_x}\big) + (1-\rho')\,\Phi\!\big(\mu - \tfrac{w_b}{w_x}\big)`,
    String.raw`\text{bell's share} = \frac{|w_b|}{|w_b| + |w_x|\,\mu}`,
  ],
  assumptions: 'fig.shortcut.assumptions',
  schema,
  controls: [
    { key: 'cue', label: 'fig.shortcut.cue', unit: 'fig.shortcut.unitPercent' },
    { key: 'cause', label: 'fig.shortcut.cause', unit: 'fig.shortcut.unitPercent' },
    { key: 'deploy', label: 'fig.shortcut.deploy', unit: 'fig.shortcut.unitPercent' },
    { key: 'seed', label: 'fig.shortcut.seed' },
  ],
  presets: [
    { label: 'fig.shortcut.presetPavlov', state: { cue: 99, cause: 80, deploy: 50, seed: 1 } },
    { label: 'fig.shortcut.presetUseless', state: { cue: 50, cause: 80, deploy: 50, seed: 1 } },
    { label: 'fig.shortcut.presetReversed', state: { cue: 90, cause: 80, deploy: 0, seed: 1 } },
    { label: 'fig.shortcut.presetStrongCause', state: { cue: 90, cause: 95, deploy: 50, seed: 1 } },
  ],
  strings: [
    'fig.shortcut.accuracyLabel', 'fig.shortcut.shareLabel', 'fig.shortcut.xAxis', 'fig.shortcut.accAxis', 'fig.shortcut.shareAxis',
    'fig.shortcut.trainSeries', 'fig.shortcut.shiftSeries', 'fig.shortcut.causeOnly', 'fig.shortcut.chance',
    'fig.shortcut.summary', 'fig.shortcut.status.robust', 'fig.shortcut.status.brittle',
  ],
  compute: (state) => shortcutLab(state),

  panels(model: ShortcutModel, _state, text) {
    const chosen = model.chosen;
    const lowest = Math.min(...model.sweep.map((p) => Math.min(p.shiftAcc, p.idealShiftAcc)), chosen.shiftAcc);
    const yMin = Math.max(0, Math.min(40, Math.floor(lowest / 10) * 10));
    const series = (key: 'trainAcc' | 'shiftAcc') => model.sweep.map((p) => ({ cue: p.cue, acc: p[key] }));
    const ideal = model.sweep.map((p) => ({ cue: p.cue, acc: p.idealShiftAcc }));
    return [
      {
        label: 'fig.shortcut.accuracyLabel',
        options: {
          ...PANEL,
          x: { ...X, label: text.t('fig.shortcut.xAxis'), labelAnchor: 'right' },
          y: { domain: [yMin, 100], label: text.t('fig.shortcut.accAxis'), labelAnchor: 'top', ticks: 5 },
          marks: [
            Plot.ruleY([model.causeOnly], { className: 'm-diagonal' }),
            Plot.text([model.causeOnly], { x: 100, y: (d: number) => d, dy: -7, dx: -2, textAnchor: 'end', text: () => text.t('fig.shortcut.causeOnly'), className: 'm-note' }),
            ...(yMin <= 50 ? [Plot.ruleY([50], { className: 'm-chance' }), Plot.text([50], { x: 50, y: (d: number) => d, dy: -7, dx: 2, textAnchor: 'start', text: () => text.t('fig.shortcut.chance'), className: 'm-note' })] : []),
            Plot.ruleX([chosen.cue], { className: 'm-cursor' }),
            Plot.line(ideal, { x: 'cue', y: 'acc', className: 'm-ideal' }),
            Plot.line(series('trainAcc'), { x: 'cue', y: 'acc', className: 'm-path' }),
            Plot.line(series('shiftAcc'), { x: 'cue', y: 'acc', className: 'm-shift m-after' }),
            Plot.dot([chosen], { x: 'cue', y: 'trainAcc', r: 4.5, className: 'm-path-dot' }),
            Plot.dot([chosen], { x: 'cue', y: 'shiftAcc', r: 4.5, className: 'm-shift-dot m-after' }),
            Plot.text([chosen], { x: 'cue', y: 'trainAcc', text: (p: ShortcutPoint) => `${text.num(p.trainAcc, 0)}%`, dx: -7, dy: -9, textAnchor: 'end', className: 'm-value' }),
            Plot.text([chosen], { x: 'cue', y: 'shiftAcc', text: (p: ShortcutPoint) => `${text.num(p.shiftAcc, 0)}%`, dx: -7, dy: 11, textAnchor: 'end', className: 'm-value m-after' }),
            Plot.text([model.sweep[4]!], { x: 'cue', y: 'trainAcc', text: () => text.t('fig.shortcut.trainSeries'), dy: -12, textAnchor: 'middle', className: 'm-label' }),
            Plot.text([model.sweep[2]!], { x: 'cue', y: 'shiftAcc', text: () => text.t('fig.shortcut.shiftSeries'), dy: 22, textAnchor: 'start', className: 'm-label m-after' }),
          ],
        },
      },
      {
        label: 'fig.shortcut.shareLabel',
        options: {
          ...PANEL,
          x: { ...X, label: text.t('fig.shortcut.xAxis'), labelAnchor: 'right' },
          y: { domain: [0, 100], label: text.t('fig.shortcut.shareAxis'), labelAnchor: 'top', ticks: 5 },
          marks: [
            Plot.ruleY([50], { className: 'm-diagonal' }),
            Plot.ruleX([chosen.cue], { className: 'm-cursor' }),
            Plot.areaY(model.sweep, { x: 'cue', y: 'cueShare', className: 'm-share-area' }),
            Plot.line(model.sweep, { x: 'cue', y: 'cueShare', className: 'm-shift' }),
            Plot.dot([chosen], { x: 'cue', y: 'cueShare', r: 4.5, className: 'm-shift-dot' }),
            Plot.text([chosen], { x: 'cue', y: 'cueShare', text: (p: ShortcutPoint) => `${text.num(p.cueShare, 0)}%`, dx: -7, dy: -10, textAnchor: 'end', className: 'm-value' }),
          ],
        },
      },
    ];
  },

  table: (model) => ({
    columns: [
      { label: 'fig.shortcut.colCue', format: 'fixed', decimals: 0 },
      { label: 'fig.shortcut.colBell', format: 'fixed', decimals: 2 },
      { label: 'fig.shortcut.colSmell', format: 'fixed', decimals: 2 },
      { label: 'fig.shortcut.colTrain', format: 'fixed', decimals: 1 },
      { label: 'fig.shortcut.colShift', format: 'fixed', decimals: 1 },
      { label: 'fig.shortcut.colIdeal', format: 'fixed', decimals: 1 },
      { label: 'fig.shortcut.colShare', format: 'fixed', decimals: 0 },
    ],
    rows: [...model.sweep, model.chosen]
      .filter((p, i, all) => all.findIndex((q) => q.cue === p.cue) === i)
      .sort((a, b) => a.cue - b.cue)
      .map((p) => [p.cue, p.weights.bell, p.weights.smell, p.trainAcc, p.shiftAcc, p.idealShiftAcc, p.cueShare]),
  }),

  status(model, state, text) {
    const drop = model.chosen.trainAcc - model.chosen.shiftAcc;
    const vars = { cue: state.cue, train: text.num(model.chosen.trainAcc, 0), shift: text.num(model.chosen.shiftAcc, 0), drop: text.num(drop, 0), deploy: state.deploy };
    return drop > 5 ? { tone: 'warn', message: text.t('fig.shortcut.status.brittle', vars) } : { tone: 'ok', message: text.t('fig.shortcut.status.robust', vars) };
  },

  summary(model, state, text) {
    const first = model.sweep[0]!;
    const last = model.sweep[model.sweep.length - 1]!;
    return text.t('fig.shortcut.summary', {
      cue: state.cue,
      cause: state.cause,
      deploy: state.deploy,
      train: text.num(model.chosen.trainAcc, 0),
      shift: text.num(model.chosen.shiftAcc, 0),
      share: text.num(model.chosen.cueShare, 0),
      firstShift: text.num(first.shiftAcc, 0),
      lastShift: text.num(last.shiftAcc, 0),
      lastTrain: text.num(last.trainAcc, 0),
    });
  },
});
