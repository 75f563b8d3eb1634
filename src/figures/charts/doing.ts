import * as Plot from '@observablehq/plot';
import { doing as doingProb, riskGivenFeature, seeing, type Scm } from '../models/confounding';
import { at, axisStyle, cls, frameOf, heightFor, HIT, labelRoom, linear, lineHeight, margins, placeLabels, readout, textWidth, xAxisLabel, type Frame, type Spot } from './style';
import { defineFigure } from './types';

/** Fixed parts of the model: 30% of prompts are risky; a safe prompt with the feature off gets an unsafe answer 20% of the time. */
export const RISKY_SHARE = 0.3;
export const BASELINE = 0.2;
const GAMMAS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90];

const schema = {
  gamma: { min: 0, max: 90, step: 10, default: 80 },
  riskY: { min: 0, max: 60, step: 5, default: 50 },
  effect: { min: -40, max: 20, step: 5, default: -20 },
  featureX: { min: 0, max: 1, step: 1, default: 1 },
};

export const scmOf = (gamma: number, riskY: number, effect: number): Scm => ({ pz: RISKY_SHARE, gamma: gamma / 100, base: BASELINE, betaZ: riskY / 100, betaX: effect / 100 });

export interface SeeingDoingRow {
  gamma: number;
  seen: number;
  done: number;
  apparent: number;
  causal: number;
}

export interface SeeingDoing {
  x: 0 | 1;
  risk: number;
  seen: number;
  done: number;
  apparent: number;
  causal: number;
  sweep: SeeingDoingRow[];
}

/** Seeing and doing at the reader's settings, and the two effects of the feature across confounding strengths. */
export function seeingDoing(state: { gamma: number; riskY: number; effect: number; featureX: number }): SeeingDoing {
  const x: 0 | 1 = state.featureX === 1 ? 1 : 0;
  const row = (gamma: number): SeeingDoingRow => {
    const scm = scmOf(gamma, state.riskY, state.effect);
    return {
      gamma,
      seen: 100 * seeing(scm, x),
      done: 100 * doingProb(scm, x),
      apparent: 100 * (seeing(scm, 1) - seeing(scm, 0)),
      causal: 100 * (doingProb(scm, 1) - doingProb(scm, 0)),
    };
  };
  const now = row(state.gamma);
  return { x, risk: 100 * riskGivenFeature(scmOf(state.gamma, state.riskY, state.effect), x), ...now, sweep: GAMMAS.map(row) };
}

export const doingFigure = defineFigure({
  id: 'doing',
  title: 'fig.doing.title',
  headline: 'fig.doing.headline',
  caption: 'fig.doing.caption',
  method: 'fig.doing.method',
  modelled: true,
  equations: [
    String.raw`Z \sim \text{Bernoulli}(${RISKY_SHARE}),\quad P(X{=}1 \mid Z{=}z) = \tfrac12 + \gamma\,(z - \tfrac12),\quad P(Y{=}1 \mid x, z) = \operatorname{clamp}(${BASELINE} + \beta_z z + \beta_x x,\,0,\,1)`,
    String.raw`\text{seeing: } P(Y{=}1 \mid X{=}x) = \textstyle\sum_z P(Y{=}1 \mid x, z)\,P(z \mid x)`,
    String.raw`\text{doing: } P(Y{=}1 \mid do(X{=}x)) = \textstyle\sum_z P(Y{=}1 \mid x, z)\,P(z)`,
  ],
  assumptions: 'fig.doing.assumptions',
  schema,
  // The feature's state (featureX) stays in the address and the summary's levels; the chart draws effects, which need no choice of it.
  controls: [
    { key: 'gamma', label: 'fig.doing.gamma', unit: 'fig.doing.unitPercent' },
    { key: 'riskY', label: 'fig.doing.riskY', unit: 'fig.doing.unitPoints' },
    { key: 'effect', label: 'fig.doing.effect', unit: 'fig.doing.unitPoints' },
  ],
  presets: [
    { label: 'fig.doing.presetFlip', state: { gamma: 80, riskY: 50, effect: -20, featureX: 1 } },
    { label: 'fig.doing.presetNoConfounding', state: { gamma: 0, riskY: 50, effect: -20, featureX: 1 } },
    { label: 'fig.doing.presetNoEffect', state: { gamma: 80, riskY: 50, effect: 0, featureX: 1 } },
  ],
  strings: [
    'fig.doing.barsLabel', 'fig.doing.sweepLabel', 'fig.doing.seen', 'fig.doing.done', 'fig.doing.probAxis', 'fig.doing.gammaAxis', 'fig.doing.effectAxis',
    'fig.doing.apparent', 'fig.doing.causal', 'fig.doing.gap', 'fig.doing.xOn', 'fig.doing.xOff', 'fig.doing.summary',
    'fig.doing.status.flip', 'fig.doing.status.gap', 'fig.doing.status.same', 'fig.doing.watchSays', 'fig.doing.doingSays', 'fig.doing.more', 'fig.doing.fewer', 'fig.doing.unitPoints',
  ],
  compute: (state) => seeingDoing(state),

  headlineVars: (model, text) => ({ apparent: text.num(Math.abs(model.apparent), 1), causal: text.num(Math.abs(model.causal), 1) }),
  panels(model: SeeingDoing, state, text, frame?: Frame) {
    const f = frameOf(frame, text.slide);
    const line = lineHeight(f);
    // Fixed axes in every state: −80 to +80 points for the effects (watching says up to +72.1 at the controls' far corner).
    const lo = -80;
    const hi = 80;
    const labelAt = model.sweep[6]!;
    const now = model.sweep.find((row) => row.gamma === state.gamma) ?? model.sweep[0]!;
    const nowRow = model.sweep.indexOf(now);
    // Taller when there is room (two panels side by side on a desktop): the chart, not its chrome, fills the box.
    const height = heightFor(f, f.width >= 380 && !text.slide ? 1 : 0.8, 260, 420);

    // The first panel diverges around zero: what watching says the feature does (orange) against what
    // switching it on says (blue), each a bar from zero, its sign its side; names above, values at the ends.
    const says = [
      { key: 'seen', name: text.t('fig.doing.watchSays'), value: model.apparent, className: cls('m-says-seen', 'warn'), role: 'warn' as const },
      { key: 'done', name: text.t('fig.doing.doingSays'), value: model.causal, className: cls('m-says-seen m-says-done m-done', 'main'), role: 'main' as const },
    ];
    const signed = (v: number, decimals = 1) => `${v > 0.05 ? '+' : v < -0.05 ? '−' : ''}${text.num(Math.abs(v), decimals)}`;
    // Which way is which, under the axis: side by side where both fit, the second a line lower where they do not.
    const fewer = text.t('fig.doing.fewer');
    const more = text.t('fig.doing.more');
    const stackNotes = textWidth(fewer, f) + textWidth(more, f) + f.font * 2 > f.width - Math.ceil(f.font * 2.4);
    const bm = { marginLeft: Math.ceil(f.font * 1.2), marginRight: Math.ceil(f.font * 1.2), marginTop: line * 2, marginBottom: line * (stackNotes ? 3 : 2) + 10 };
    const barHeight = Math.max(line * 1.6, f.font * 2);
    const rowGap = line * 1.4;
    const divergingHeight = f.height ?? Math.round(bm.marginTop + bm.marginBottom + 2 * (barHeight + rowGap + line));
    const bx = linear([lo, hi], [bm.marginLeft, f.width - bm.marginRight]);
    const valueAt = (v: number) => ({ x: v, dx: v >= 0 ? 6 : -6, textAnchor: v >= 0 ? ('start' as const) : ('end' as const) });
    // A value whose bar is too short to hold it outside (near an end) goes inside the bar, in the background colour.
    const roomOutside = (v: number) => (v >= 0 ? f.width - bm.marginRight - bx(v) : bx(v) - bm.marginLeft) > textWidth(`${signed(v)} ${text.t('fig.doing.unitPoints').trim()}`, f, 7 / 6) + 8;
    const sm = margins(f, ['−80'], 0, '90');
    const gammaLabel = xAxisLabel(text.t('fig.doing.gammaAxis'), f);
    sm.marginBottom += gammaLabel.extra;
    const px = linear([0, 90], [sm.marginLeft, f.width - sm.marginRight]);
    const py = linear([lo, hi], [height - sm.marginBottom, sm.marginTop]);
    // Each line's name on the side away from the other line, at the first point along it where it fits.
    const along = (key: 'apparent' | 'causal', awayUp: boolean): Spot[] =>
      [6, 9, 3, 8, 4].flatMap((i) => {
        const row = model.sweep[i]!;
        const dx = px(row.gamma) - px(labelAt.gamma);
        const dy = py(row[key]) - py(labelAt[key]);
        const spots: Spot[] = [[dx, dy - line, 'end'], [dx, dy + line, 'end']];
        return awayUp ? spots : spots.reverse();
      });
    const apparentUp = labelAt.apparent >= labelAt.causal;
    const sweepRoom = labelRoom(f, sm, f.width, height, text.t('fig.doing.effectAxis'));
    const [apparentName, causalName] = placeLabels(
      [
        { x: px(labelAt.gamma), y: py(labelAt.apparent), text: text.t('fig.doing.apparent'), spots: along('apparent', apparentUp) },
        { x: px(labelAt.gamma), y: py(labelAt.causal), text: text.t('fig.doing.causal'), spots: along('causal', !apparentUp) },
      ],
      sweepRoom.bounds,
      f,
      sweepRoom.reserved,
    );
    return [
      {
        label: 'fig.doing.barsLabel',
        options: {
          ...bm,
          width: f.width,
          height: divergingHeight,
          x: { domain: [lo, hi], label: null, ticks: [lo, lo / 2, 0, hi / 2, hi], tickFormat: (d: number) => signed(d, 0), ...axisStyle(f) },
          y: { domain: says.map((d) => d.key), axis: null, paddingInner: 0.55, paddingOuter: 0.35 },
          marks: [
            Plot.ruleX([0], { className: 'm-zero' }),
            ...says.map((d) =>
              Plot.barX([d], { x1: 0, x2: 'value', y: 'key', className: d.className, ...readout(() => nowRow, [0, 3, 4]) }),
            ),
            // Each row's name above its bar, from the left edge.
            ...says.map((d) => Plot.text([d], { y: 'key', x: lo, text: 'name', textAnchor: 'start', dy: -barHeight * 0.5 - line * 0.6, className: `m-label${d.key === 'done' ? ' m-done' : ''}` })),
            ...says.map((d) =>
              Plot.text([d], {
                y: 'key',
                ...(roomOutside(d.value) ? valueAt(d.value) : { x: d.value, dx: d.value >= 0 ? -6 : 6, textAnchor: d.value >= 0 ? ('end' as const) : ('start' as const) }),
                text: () => `${signed(d.value)} ${text.t('fig.doing.unitPoints').trim()}`,
                className: cls(`m-value${roomOutside(d.value) ? '' : ' m-value-inside'}${d.key === 'done' ? ' m-done' : ''}`, d.role),
              }),
            ),
            // Which way is which, under the axis.
            Plot.text([lo], { x: lo, frameAnchor: 'bottom', dy: line * 2, textAnchor: 'start', text: () => fewer, className: cls('m-note', 'ref') }),
            Plot.text([hi], { x: hi, frameAnchor: 'bottom', dy: line * (stackNotes ? 3 : 2), textAnchor: 'end', text: () => more, className: cls('m-note', 'ref') }),
          ],
        },
      },
      {
        label: 'fig.doing.sweepLabel',
        options: {
          ...sm,
          width: f.width,
          height,
          x: { domain: [0, 90], label: gammaLabel.label, labelAnchor: 'right', ticks: [0, 30, 60, 90], ...axisStyle(f) },
          y: { domain: [lo, hi], label: text.t('fig.doing.effectAxis'), labelAnchor: 'top', ticks: [lo, lo / 2, 0, hi / 2, hi], ...axisStyle(f) },
          marks: [
            Plot.ruleY([0], { className: 'm-zero' }),
            Plot.ruleX([state.gamma], { className: 'm-cursor' }),
            Plot.line(model.sweep, { x: 'gamma', y: 'apparent', className: cls('m-shift', 'warn') }),
            Plot.line(model.sweep, { x: 'gamma', y: 'causal', className: cls('m-path', 'main') }),
            // Each point of both lines reads out its row of the table: confounding and the two effects.
            Plot.dot(model.sweep, { x: 'gamma', y: 'apparent', ...HIT, ...readout((_, i) => i, [0, 3, 4]) }),
            Plot.dot(model.sweep, { x: 'gamma', y: 'causal', ...HIT, ...readout((_, i) => i, [0, 3, 4]) }),
            Plot.dot([now], { x: 'gamma', y: 'apparent', r: 4.5, className: 'm-shift-dot' }),
            Plot.dot([now], { x: 'gamma', y: 'causal', r: 4.5, className: cls('m-path-dot', 'main') }),
            Plot.text([labelAt], { x: 'gamma', y: 'apparent', text: () => text.t('fig.doing.apparent'), ...at(apparentName!), className: cls('m-label', 'warn') }),
            Plot.text([labelAt], { x: 'gamma', y: 'causal', text: () => text.t('fig.doing.causal'), ...at(causalName!), className: cls('m-label', 'main') }),
          ],
        },
      },
    ];
  },

  table: (model) => ({
    columns: [
      { label: 'fig.doing.colGamma', format: 'fixed', decimals: 0 },
      { label: 'fig.doing.colSeen', format: 'fixed', decimals: 1 },
      { label: 'fig.doing.colDone', format: 'fixed', decimals: 1 },
      { label: 'fig.doing.colApparent', format: 'fixed', decimals: 1 },
      { label: 'fig.doing.colCausal', format: 'fixed', decimals: 1 },
    ],
    rows: model.sweep.map((row) => [row.gamma, row.seen, row.done, row.apparent, row.causal]),
  }),

  status(model, _state, text) {
    const vars = { apparent: text.num(model.apparent, 1), causal: text.num(model.causal, 1), gap: text.num(Math.abs(model.seen - model.done), 1) };
    if (Math.sign(Math.round(model.apparent * 10)) * Math.sign(Math.round(model.causal * 10)) < 0) return { tone: 'warn', message: text.t('fig.doing.status.flip', vars) };
    if (Math.abs(model.seen - model.done) >= 1) return { tone: 'warn', message: text.t('fig.doing.status.gap', vars) };
    return { tone: 'ok', message: text.t('fig.doing.status.same', vars) };
  },

  summary(model, state, text) {
    return text.t('fig.doing.summary', {
      gamma: state.gamma,
      x: model.x,
      risk: text.num(model.risk, 0),
      seen: text.num(model.seen, 1),
      done: text.num(model.done, 1),
      apparent: text.num(model.apparent, 1),
      causal: text.num(model.causal, 1),
    });
  },
});
