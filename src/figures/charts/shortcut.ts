import * as Plot from '@observablehq/plot';
import { RIDGE, shortcutLab, TRAINING_SIZE, type ShortcutModel, type ShortcutPoint } from '../models/shortcut';
import { around, at, axisStyle, cls, frameOf, heightFor, HIT, labelRoom, lineHeight, linear, margins, placeLabels, readout, TYPE, type Frame, type Spot } from './style';
import { defineFigure } from './types';

const schema = {
  cue: { min: 50, max: 99, step: 1, default: 90 },
  cause: { min: 55, max: 95, step: 1, default: 80 },
  deploy: { min: 0, max: 100, step: 5, default: 50 },
  seed: { min: 1, max: 99, step: 1, default: 1 },
};

/** The points the data table lists, one per cue reliability: the sweep and the chosen point, in order. */
const tablePoints = (model: ShortcutModel): ShortcutPoint[] => [...model.sweep, model.chosen].filter((p, i, all) => all.findIndex((q) => q.cue === p.cue) === i).sort((a, b) => a.cue - b.cue);

const X = { domain: [50, 100] as [number, number], ticks: [50, 60, 70, 80, 90, 100] };

export const shortcut = defineFigure({
  id: 'shortcut',
  title: 'fig.shortcut.title',
  headline: 'fig.shortcut.headline',
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
    'fig.shortcut.trainSeries', 'fig.shortcut.shiftSeries', 'fig.shortcut.causeOnly', 'fig.shortcut.chance', 'fig.shortcut.half', 'fig.shortcut.idealSeries',
    'fig.shortcut.summary', 'fig.shortcut.status.robust', 'fig.shortcut.status.brittle',
  ],
  compute: (state) => shortcutLab(state),

  panels(model: ShortcutModel, _state, text, frame?: Frame) {
    const f = frameOf(frame, text.slide);
    const line = lineHeight(f);
    const chosen = model.chosen;
    // Fixed axes: accuracy from 0 to 100 in every state, so states compare.
    const yMin = 0;
    const series = (key: 'trainAcc' | 'shiftAcc') => model.sweep.map((p) => ({ cue: p.cue, acc: p[key] }));
    const ideal = model.sweep.map((p) => ({ cue: p.cue, acc: p.idealShiftAcc }));
    const m = margins(f, ['100'], 0, '100');
    const points = tablePoints(model);
    const height = heightFor(f, f.width >= 380 && !text.slide ? 1.1 : 0.8, 250, 460);
    // On a slide the type is large: the x axis starts a little right of the y axis, so its first tick label clears the y axis's last.
    const inset = text.slide ? Math.round(f.font * 0.8) : 0;
    const px = linear(X.domain, [m.marginLeft + inset, f.width - m.marginRight]);
    const py = linear([yMin, 100], [height - m.marginBottom, m.marginTop]);
    const pct = (v: number) => `${text.num(v, 0)}%`;
    const accRoom = labelRoom(f, m, f.width, height, text.t('fig.shortcut.accAxis'));
    const shareRoom = labelRoom(f, m, f.width, height, text.t('fig.shortcut.shareAxis'));
    const trainAt = model.sweep[4]!;
    const shiftAt = model.sweep[2]!;
    // Series names may sit anywhere along their line, on their own side first: the training line's name above it, the
    // shifted line's below (a name on the far side of the other line reads as that line's). A spot on its own side that
    // only grazes a neighbour's estimated box is taken (TOLERANCE); the other side only when its own is crowded.
    const TOLERANCE = 100;
    const along = (key: 'trainAcc' | 'shiftAcc', from: ShortcutPoint, order: number[], belowFirst: boolean): Spot[] => {
      const side = (below: boolean) =>
        order.flatMap((i): Spot[] => {
          const p = model.sweep[i]!;
          const dx = px(p.cue) - px(from.cue);
          const dy = py(p[key]) - py(from[key]);
          // Ending at the point first: the training line rises to the right and the shifted one falls, so a name that
          // ends at its point keeps clear of its own line; then starting there. (3 px off the point, so a name at the
          // plot's left edge is not counted as clipped.)
          return below
            ? [[dx - 3, dy + line * 1.2, 'end'], [dx + 3, dy + line * 1.2, 'start'], [dx + 3, dy + line * 2.4, 'start']]
            : [[dx - 3, dy - line, 'end'], [dx + 3, dy - line, 'start'], [dx + 3, dy - line * 2.2, 'start']];
        });
      return [...side(belowFirst), ...side(!belowFirst)];
    };
    // The three lines are in the way too: a label is placed clear of them (each segment's box), not across one.
    const avoid = [
      ...(['trainAcc', 'shiftAcc', 'idealShiftAcc'] as const).flatMap((key) =>
        model.sweep.slice(1).map((p, i) => {
          const q = model.sweep[i]!;
          const [x1, x2, y1, y2] = [px(q.cue), px(p.cue), py(q[key]), py(p[key])];
          return { left: Math.min(x1, x2), right: Math.max(x1, x2), top: Math.min(y1, y2) - 1.5, bottom: Math.max(y1, y2) + 1.5 };
        }),
      ),
      // The cursor at the chosen reliability.
      { left: px(chosen.cue) - 1, right: px(chosen.cue) + 1, top: py(100), bottom: py(0) },
    ];
    const [trainValue, shiftValue, chanceNote, trainName, shiftName, causeNote, idealName] = placeLabels(
      [
        { x: px(chosen.cue), y: py(chosen.trainAcc), text: pct(chosen.trainAcc), scale: TYPE.value, spots: around(7, line), avoid },
        { x: px(chosen.cue), y: py(chosen.shiftAcc), text: pct(chosen.shiftAcc), scale: TYPE.value, spots: [...around(7, line)].reverse(), avoid },
        { x: px(50), y: py(50), text: text.t('fig.shortcut.chance'), spots: [[4, -line * 0.6, 'start'], [4, line * 0.7, 'start'], [f.width * 0.3, line * 0.7, 'start']] },
        { x: px(trainAt.cue), y: py(trainAt.trainAcc), text: text.t('fig.shortcut.trainSeries'), spots: along('trainAcc', trainAt, [4, 2, 0, 6, 1, 3], false), tolerance: TOLERANCE, avoid },
        { x: px(shiftAt.cue), y: py(shiftAt.shiftAcc), text: text.t('fig.shortcut.shiftSeries'), spots: along('shiftAcc', shiftAt, [2, 0, 4, 1, 3, 6], true), tolerance: TOLERANCE, avoid },
        { x: px(100), y: py(model.causeOnly), text: text.t('fig.shortcut.causeOnly'), spots: [[-2, -line * 0.6, 'end'], [-2, line * 0.7, 'end'], [-2 - f.width * 0.35, -line * 0.6, 'end'], [-2 - f.width * 0.35, line * 0.7, 'end'], [-2, -line * 1.8, 'end'], [-2, line * 1.9, 'end'], [-2 - f.width * 0.55, -line * 0.6, 'end'], ...[-0.6, 0.7].flatMap((k): Spot[] => [[px(50) - px(100) + 4, line * k, 'start'], [(px(50) - px(100)) / 2, line * k, 'middle']]), [-2, line * 3.1, 'end']] },
        // The dotted line's name, in the empty lower right under the coin toss (it says which line it names).
        { x: px(100), y: py(36), text: text.t('fig.shortcut.idealSeries'), spots: [[-2, 0, 'end'], [-2, line, 'end'], [-2, line * 2, 'end'], [px(50) - px(100) + 4, 0, 'start'], [px(50) - px(100) + 4, line, 'start'], [px(50) - px(100) + 4, line * 2, 'start']], avoid },
      ],
      accRoom.bounds,
      f,
      accRoom.reserved,
    );
    const sharePy = linear([0, 100], [height - m.marginBottom, m.marginTop]);
    const [shareValue] = placeLabels(
      [{ x: px(chosen.cue), y: sharePy(chosen.cueShare), text: pct(chosen.cueShare), scale: TYPE.value, spots: [[-7, -line * 0.8, 'end'], [7, -line * 0.8, 'start'], [-7, line * 0.9, 'end']] }],
      shareRoom.bounds,
      f,
      shareRoom.reserved,
    );
    return [
      {
        label: 'fig.shortcut.accuracyLabel',
        options: {
          ...m,
          width: f.width,
          height,
          x: { ...X, label: text.t('fig.shortcut.xAxis'), labelAnchor: 'right', insetLeft: inset, ...axisStyle(f) },
          y: { domain: [yMin, 100], label: text.t('fig.shortcut.accAxis'), labelAnchor: 'top', ticks: 5, ...axisStyle(f) },
          marks: [
            Plot.ruleY([model.causeOnly], { className: cls('m-diagonal', 'ref') }),
            Plot.text([model.causeOnly], { x: 100, y: (d: number) => d, ...at(causeNote!), text: () => text.t('fig.shortcut.causeOnly'), className: cls('m-note', 'ref') }),
            Plot.ruleY([50], { className: 'm-chance' }),
            Plot.text([50], { x: 50, y: (d: number) => d, ...at(chanceNote!), text: () => text.t('fig.shortcut.chance'), className: cls('m-note', 'ref') }),
            Plot.ruleX([chosen.cue], { className: 'm-cursor' }),
            Plot.line(ideal, { x: 'cue', y: 'acc', className: 'm-ideal' }),
            Plot.line(series('trainAcc'), { x: 'cue', y: 'acc', className: cls('m-path', 'main') }),
            Plot.line(series('shiftAcc'), { x: 'cue', y: 'acc', className: 'm-shift m-after' }),
            // Each point of both lines reads out its row of the table: reliability and the three accuracies.
            Plot.dot(points, { x: 'cue', y: 'trainAcc', ...HIT, ...readout((_, i) => i, [0, 3, 4, 5]) }),
            Plot.dot(points, { x: 'cue', y: 'shiftAcc', ...HIT, ...readout((_, i) => i, [0, 3, 4, 5]) }),
            Plot.dot([chosen], { x: 'cue', y: 'trainAcc', r: 4.5, className: cls('m-path-dot', 'main') }),
            Plot.dot([chosen], { x: 'cue', y: 'shiftAcc', r: 4.5, className: 'm-shift-dot m-after' }),
            Plot.text([chosen], { x: 'cue', y: 'trainAcc', text: (p: ShortcutPoint) => pct(p.trainAcc), ...at(trainValue!), className: cls('m-value', 'main') }),
            Plot.text([chosen], { x: 'cue', y: 'shiftAcc', text: (p: ShortcutPoint) => pct(p.shiftAcc), ...at(shiftValue!), className: cls('m-value m-after', 'warn') }),
            Plot.text([trainAt], { x: 'cue', y: 'trainAcc', text: () => text.t('fig.shortcut.trainSeries'), ...at(trainName!), className: cls('m-label', 'main') }),
            Plot.text([shiftAt], { x: 'cue', y: 'shiftAcc', text: () => text.t('fig.shortcut.shiftSeries'), ...at(shiftName!), className: cls('m-label m-after', 'warn') }),
            Plot.text([36], { x: 100, y: (d: number) => d, text: () => text.t('fig.shortcut.idealSeries'), ...at(idealName!), className: cls('m-note m-ideal', 'warn') }),
          ],
        },
      },
      {
        label: 'fig.shortcut.shareLabel',
        options: {
          ...m,
          width: f.width,
          height,
          x: { ...X, label: text.t('fig.shortcut.xAxis'), labelAnchor: 'right', insetLeft: inset, ...axisStyle(f) },
          y: { domain: [0, 100], label: text.t('fig.shortcut.shareAxis'), labelAnchor: 'top', ticks: 5, ...axisStyle(f) },
          marks: [
            Plot.ruleY([50], { className: cls('m-diagonal', 'ref') }),
            // What the dashed line marks, at its left end (where the bell's share starts low, clear of the curve).
            Plot.text([50], { x: 50, y: (d: number) => d, dx: 4, dy: -line * 0.6, textAnchor: 'start', text: () => text.t('fig.shortcut.half'), className: cls('m-note', 'ref') }),
            Plot.ruleX([chosen.cue], { className: 'm-cursor' }),
            Plot.areaY(model.sweep, { x: 'cue', y: 'cueShare', className: 'm-share-area' }),
            Plot.line(model.sweep, { x: 'cue', y: 'cueShare', className: 'm-shift' }),
            Plot.dot(points, { x: 'cue', y: 'cueShare', ...HIT, ...readout((_, i) => i, [0, 1, 2, 6]) }),
            Plot.dot([chosen], { x: 'cue', y: 'cueShare', r: 4.5, className: 'm-shift-dot' }),
            Plot.text([chosen], { x: 'cue', y: 'cueShare', text: (p: ShortcutPoint) => pct(p.cueShare), ...at(shareValue!), className: cls('m-value', 'warn') }),
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
    rows: tablePoints(model).map((p) => [p.cue, p.weights.bell, p.weights.smell, p.trainAcc, p.shiftAcc, p.idealShiftAcc, p.cueShare]),
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
