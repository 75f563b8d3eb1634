import * as Plot from '@observablehq/plot';
import { counterfactual, type Counterfactual } from '../models/confounding';
import { BASELINE, RISKY_SHARE, scmOf } from './doing';
import { axisStyle, cls, frameOf, heightFor, lineHeight, margins, readout, wrapTo, xAxisLabel, type Frame, type Role } from './style';
import { defineFigure } from './types';

/** How much riskier answers to risky prompts are, held at the seeing-versus-doing figure's default. */
export const RISK_EFFECT = 50;

const schema = {
  cfX: { min: 0, max: 1, step: 1, default: 0 },
  cfY: { min: 0, max: 1, step: 1, default: 1 },
  cfGamma: { min: 0, max: 90, step: 10, default: 80 },
  cfEffect: { min: -40, max: 20, step: 5, default: -20 },
};

export interface CounterfactualCase extends Counterfactual {
  x: 0 | 1;
  y: 0 | 1;
  xPrime: 0 | 1;
}

export function counterfactualCase(state: { cfX: number; cfY: number; cfGamma: number; cfEffect: number }): CounterfactualCase {
  const x: 0 | 1 = state.cfX === 1 ? 1 : 0;
  const y: 0 | 1 = state.cfY === 1 ? 1 : 0;
  const xPrime: 0 | 1 = x === 1 ? 0 : 1;
  return { x, y, xPrime, ...counterfactual(scmOf(state.cfGamma, RISK_EFFECT, state.cfEffect), x, y, xPrime) };
}

export const counterfactualFigure = defineFigure({
  id: 'counterfactual',
  title: 'fig.cf.title',
  headline: 'fig.cf.headline',
  caption: 'fig.cf.caption',
  method: 'fig.cf.method',
  modelled: true,
  equations: [
    String.raw`Z := 1[U_z < ${RISKY_SHARE}],\quad X := 1\big[U_x < \tfrac12 + \gamma (Z - \tfrac12)\big],\quad Y := 1\big[U_y < f(X, Z)\big],\quad f(x, z) = \operatorname{clamp}(${BASELINE} + ${RISK_EFFECT / 100}\,z + \beta_x x,\,0,\,1)`,
    String.raw`\text{abduction: } P(z \mid x, y) \propto P(z)\,P(x \mid z)\,P(y \mid x, z),\quad U_y \in [0, f(x,z)) \text{ if } y = 1,\ [f(x,z), 1) \text{ if } y = 0`,
    String.raw`\text{action: } X := x' \qquad \text{prediction: } P(Y_{x'}{=}1 \mid x, y) = \textstyle\sum_z P(z \mid x, y)\,P\big(U_y < f(x', z) \mid U_y \text{ as abduced}\big)`,
  ],
  assumptions: 'fig.cf.assumptions',
  schema,
  controls: [
    { key: 'cfX', label: 'fig.cf.cfX', kind: 'toggle' },
    { key: 'cfY', label: 'fig.cf.cfY', kind: 'toggle' },
    { key: 'cfGamma', label: 'fig.cf.cfGamma', unit: 'fig.cf.unitPercent' },
    { key: 'cfEffect', label: 'fig.cf.cfEffect', unit: 'fig.cf.unitPoints' },
  ],
  primaryControls: 2,
  presets: [
    { label: 'fig.cf.presetOffUnsafe', state: { cfX: 0, cfY: 1, cfGamma: 80, cfEffect: -20 } },
    { label: 'fig.cf.presetOnUnsafe', state: { cfX: 1, cfY: 1, cfGamma: 80, cfEffect: -20 } },
    { label: 'fig.cf.presetNoConfounding', state: { cfX: 0, cfY: 1, cfGamma: 0, cfEffect: -20 } },
  ],
  strings: [
    'fig.cf.rungsLabel', 'fig.cf.abductionLabel', 'fig.cf.rung1', 'fig.cf.rung2', 'fig.cf.rung3', 'fig.cf.probAxis', 'fig.cf.riskAxis',
    'fig.cf.prior', 'fig.cf.posterior', 'fig.cf.question.on', 'fig.cf.question.off', 'fig.cf.case', 'fig.cf.on', 'fig.cf.off', 'fig.cf.unsafe', 'fig.cf.safe',
    'fig.cf.summary', 'fig.cf.status', 'fig.cf.status.impossible',
  ],
  compute: (state) => counterfactualCase(state),

  panels(model: CounterfactualCase, _state, text, frame?: Frame) {
    const f = frameOf(frame, text.slide);
    const line = lineHeight(f);
    const rungs: { key: string; role: Role; label: string; value: number }[] = [
      { key: 'rung1', role: 'warn', label: text.t('fig.cf.rung1'), value: 100 * model.seen },
      { key: 'rung2', role: 'main', label: text.t('fig.cf.rung2'), value: 100 * model.done },
      { key: 'rung3', role: 'rung3', label: text.t('fig.cf.rung3'), value: 100 * model.imagined },
    ];
    const risk = [
      { label: text.t('fig.cf.prior'), value: 100 * model.prior },
      { label: text.t('fig.cf.posterior'), value: 100 * model.posterior },
    ];
    const height = heightFor(f, f.width >= 380 && !text.slide ? 1 : 0.75, 250, 400);
    // Category names wrap within their band; the axis label wraps within the panel; the bottom margin grows to hold both.
    const panel = (names: string[], axisLabel: string) => {
      const m = margins(f, ['100']);
      const band = (f.width - m.marginLeft - m.marginRight) / names.length;
      const tick = (name: string) => wrapTo(name, band - 6, f);
      const tickLines = Math.max(...names.map((n) => tick(n).split('\n').length));
      const xLabel = xAxisLabel(axisLabel, f);
      m.marginBottom += (tickLines - 1) * line + xLabel.extra;
      return { m, tick, xLabel: xLabel.label, inset: Math.max(6, band * 0.16) };
    };
    const left = panel(rungs.map((r) => r.label), text.t(model.xPrime === 1 ? 'fig.cf.question.on' : 'fig.cf.question.off'));
    const right = panel(risk.map((r) => r.label), text.t('fig.cf.case', caseVars(model, text)));
    return [
      {
        label: 'fig.cf.rungsLabel',
        options: {
          ...left.m,
          width: f.width,
          height,
          x: { domain: rungs.map((r) => r.label), label: left.xLabel, labelAnchor: 'center', tickSize: 0, tickFormat: left.tick, padding: 0 },
          y: { domain: [0, 100], label: text.t('fig.cf.probAxis'), labelAnchor: 'top', ticks: 5, grid: true, ...axisStyle(f) },
          marks: [
            // Rows 3 to 5 of the table are the three rungs' answers; rows 1 and 2 the risk before and after.
            ...rungs.map((r, i) => Plot.barY([r], { x: 'label', y: 'value', insetLeft: left.inset, insetRight: left.inset, className: cls(`m-bar-${r.key}`, r.role), ...readout(() => 2 + i) })),
            ...rungs.map((r) => Plot.text([r], { x: 'label', y: 'value', text: (d: { value: number }) => `${text.num(d.value, 1)}%`, dy: -line * 0.8, className: cls('m-value', r.role) })),
          ],
        },
      },
      {
        label: 'fig.cf.abductionLabel',
        options: {
          ...right.m,
          width: f.width,
          height,
          x: { domain: risk.map((r) => r.label), label: right.xLabel, labelAnchor: 'center', tickSize: 0, tickFormat: right.tick, padding: 0 },
          y: { domain: [0, 100], label: text.t('fig.cf.riskAxis'), labelAnchor: 'top', ticks: 5, grid: true, ...axisStyle(f) },
          marks: [
            Plot.barY(risk, { x: 'label', y: 'value', insetLeft: right.inset, insetRight: right.inset, className: 'm-bar-risk', ...readout((_, i) => i) }),
            Plot.text(risk, { x: 'label', y: 'value', text: (r: { value: number }) => `${text.num(r.value, 1)}%`, dy: -line * 0.8, className: cls('m-value', 'ink') }),
          ],
        },
      },
    ];
  },

  table: (model, text) => ({
    columns: [
      { label: 'fig.cf.colQuantity', format: 'text' },
      { label: 'fig.cf.colValue', format: 'fixed', decimals: 1 },
    ],
    rows: [
      [text.t('fig.cf.prior'), 100 * model.prior],
      [text.t('fig.cf.posterior'), 100 * model.posterior],
      [text.t('fig.cf.rung1'), 100 * model.seen],
      [text.t('fig.cf.rung2'), 100 * model.done],
      [text.t('fig.cf.rung3'), 100 * model.imagined],
    ],
  }),

  status(model, _state, text) {
    if (model.evidence === 0) return { tone: 'warn', message: text.t('fig.cf.status.impossible', caseVars(model, text)) };
    return {
      tone: Math.abs(model.imagined - model.done) > 0.01 ? 'warn' : 'ok',
      message: text.t('fig.cf.status', { ...caseVars(model, text), seen: text.num(100 * model.seen, 0), done: text.num(100 * model.done, 0), imagined: text.num(100 * model.imagined, 0) }),
    };
  },

  summary(model, state, text) {
    return text.t('fig.cf.summary', {
      ...caseVars(model, text),
      gamma: state.cfGamma,
      effect: state.cfEffect,
      prior: text.num(100 * model.prior, 0),
      posterior: text.num(100 * model.posterior, 1),
      seen: text.num(100 * model.seen, 1),
      done: text.num(100 * model.done, 1),
      imagined: text.num(100 * model.imagined, 1),
    });
  },
});

function caseVars(model: CounterfactualCase, text: { t: (key: 'fig.cf.on' | 'fig.cf.off' | 'fig.cf.unsafe' | 'fig.cf.safe') => string }) {
  return {
    feature: text.t(model.x === 1 ? 'fig.cf.on' : 'fig.cf.off'),
    other: text.t(model.xPrime === 1 ? 'fig.cf.on' : 'fig.cf.off'),
    answer: text.t(model.y === 1 ? 'fig.cf.unsafe' : 'fig.cf.safe'),
  };
}
