import * as Plot from '@observablehq/plot';
import { capabilitySafetyPath, HORIZON_YEARS, type CapabilitySafetyPath, type PathPoint } from '../models/capabilitySafetyPath';
import { defineFigure, type FigureText } from './types';

const schema = {
  split: { min: 1, max: 99, step: 1, default: 50 },
  swing: { min: -50, max: 50, step: 1, default: -30 },
  swingAt: { min: 0, max: HORIZON_YEARS - 1, step: 1, default: 8 },
  swingLen: { min: 0, max: HORIZON_YEARS, step: 1, default: 3 },
  eff: { min: 0.25, max: 4, step: 0.05, default: 1 },
  tol: { min: 1, max: 20, step: 1, default: 5 },
};

const PANEL = { width: 400, height: 380, marginLeft: 48, marginBottom: 40, marginTop: 24, marginRight: 16 } as const;

/** The tolerance wedge around 45° on the plane, as (x, y1, y2) samples from the origin to `extent`. */
function toleranceWedge(extent: number, tol: number): { x: number; y1: number; y2: number }[] {
  const low = Math.tan(((45 - tol) * Math.PI) / 180);
  const high = Math.tan(((45 + tol) * Math.PI) / 180);
  return [0, extent / high, extent].map((x) => ({ x, y1: x * low, y2: Math.min(extent, x * high) }));
}

function verdictText(model: CapabilitySafetyPath, tol: number, text: FigureText): string {
  return text.t(`fig.trajectory.verdict.${model.verdict}`, { years: HORIZON_YEARS, angle: text.num(model.longRunAngle, 1), tol });
}

export const trajectory = defineFigure({
  id: 'trajectory',
  title: 'fig.trajectory.title',
  caption: 'fig.trajectory.caption',
  method: 'fig.trajectory.method',
  modelled: true,
  equations: [
    String.raw`s_t = \operatorname{clamp}\big(\text{split} + \text{swing}\cdot[\,t_0 \le t < t_0 + L\,],\ 0,\ 1\big)`,
    String.raw`C_{t+1} = C_t + (1 - s_t), \qquad S_{t+1} = S_t + \kappa\, s_t`,
    String.raw`\theta_t = \operatorname{atan2}(\kappa\, s_t,\ 1 - s_t), \qquad \Theta_t = \operatorname{atan2}(S_t,\ C_t)`,
  ],
  assumptions: 'fig.trajectory.assumptions',
  schema,
  controls: [
    { key: 'split', label: 'fig.trajectory.split', unit: 'fig.trajectory.unitPercent' },
    { key: 'swing', label: 'fig.trajectory.swing', unit: 'fig.trajectory.unitPoints' },
    { key: 'swingAt', label: 'fig.trajectory.swingAt', unit: 'fig.trajectory.unitYears' },
    { key: 'swingLen', label: 'fig.trajectory.swingLen', unit: 'fig.trajectory.unitYears' },
    { key: 'eff', label: 'fig.trajectory.eff', unit: 'fig.trajectory.unitTimes' },
    { key: 'tol', label: 'fig.trajectory.tol', unit: 'fig.trajectory.unitDegrees' },
  ],
  presets: [
    { label: 'fig.trajectory.presetDefault', state: { split: 50, swing: -30, swingAt: 8, swingLen: 3, eff: 1, tol: 5 } },
    { label: 'fig.trajectory.presetZhou', state: { split: 1, swing: 0, swingAt: 8, swingLen: 3, eff: 1, tol: 5 } },
    { label: 'fig.trajectory.presetAbove', state: { split: 70, swing: 0, swingAt: 8, swingLen: 3, eff: 1, tol: 5 } },
    { label: 'fig.trajectory.presetEfficient', state: { split: 25, swing: 20, swingAt: 12, swingLen: 4, eff: 3, tol: 5 } },
  ],
  strings: [
    'fig.trajectory.planeLabel', 'fig.trajectory.angleLabel', 'fig.trajectory.capability', 'fig.trajectory.safety',
    'fig.trajectory.year', 'fig.trajectory.degrees', 'fig.trajectory.line45', 'fig.trajectory.below',
    'fig.trajectory.above', 'fig.trajectory.stepSeries', 'fig.trajectory.pathSeries', 'fig.trajectory.summary',
    'fig.trajectory.verdict.balanced', 'fig.trajectory.verdict.below', 'fig.trajectory.verdict.above',
  ],
  compute: (state) => capabilitySafetyPath(state),

  panels(model: CapabilitySafetyPath, state, text) {
    const last = model.points[model.points.length - 1]!;
    const extent = Math.max(last.capability, last.safety, 1) * 1.04;
    const band = [
      { year: 0, low: 45 - state.tol, high: 45 + state.tol },
      { year: HORIZON_YEARS, low: 45 - state.tol, high: 45 + state.tol },
    ];
    return [
      {
        label: 'fig.trajectory.planeLabel',
        options: {
          ...PANEL,
          x: { domain: [0, extent], label: text.t('fig.trajectory.capability'), labelAnchor: 'right', ticks: 5 },
          y: { domain: [0, extent], label: text.t('fig.trajectory.safety'), labelAnchor: 'top', ticks: 5 },
          marks: [
            Plot.areaY(toleranceWedge(extent, state.tol), { x: 'x', y1: 'y1', y2: 'y2', className: 'm-band' }),
            Plot.line([[0, 0], [extent, extent]], { className: 'm-diagonal' }),
            Plot.text([[extent * 0.97, extent * 0.12]], { text: [text.t('fig.trajectory.below')], textAnchor: 'end', className: 'm-note' }),
            Plot.text([[extent * 0.03, extent * 0.92]], { text: [text.t('fig.trajectory.above')], textAnchor: 'start', className: 'm-note' }),
            Plot.text([[extent * 0.7, extent * 0.7]], { text: [text.t('fig.trajectory.line45')], rotate: -45, dy: -8, className: 'm-note' }),
            Plot.line(model.points, { x: 'capability', y: 'safety', className: 'm-path' }),
            Plot.dot(model.points.slice(1), {
              x: 'capability',
              y: 'safety',
              r: 3,
              symbol: 'diamond',
              filter: (p: PathPoint) => Math.abs(p.stepAngle - 45) > state.tol,
              className: 'm-step-off',
            }),
            Plot.text([last], {
              x: 'capability',
              y: 'safety',
              text: () => `${text.num(model.longRunAngle, 1)}°`,
              dx: 6,
              dy: -8,
              textAnchor: 'start',
              className: 'm-value',
            }),
          ],
        },
      },
      {
        label: 'fig.trajectory.angleLabel',
        options: {
          ...PANEL,
          x: { domain: [0, HORIZON_YEARS], label: text.t('fig.trajectory.year'), labelAnchor: 'right' },
          y: { domain: [0, 90], label: text.t('fig.trajectory.degrees'), labelAnchor: 'top', ticks: [0, 15, 30, 45, 60, 75, 90] },
          marks: [
            Plot.areaY(band, { x: 'year', y1: 'low', y2: 'high', className: 'm-band' }),
            Plot.ruleY([45], { className: 'm-diagonal' }),
            Plot.line(model.points, { x: 'year', y: 'stepAngle', curve: 'step-before', className: 'm-stepline' }),
            Plot.line(model.points, { x: 'year', y: 'pathAngle', className: 'm-path' }),
            Plot.text([last], { x: 'year', y: 'pathAngle', text: () => text.t('fig.trajectory.pathSeries'), dy: model.longRunAngle > model.finalStepAngle ? -10 : 12, textAnchor: 'end', className: 'm-value' }),
            Plot.text([model.points[Math.min(state.swingAt + 1, HORIZON_YEARS)]!], { x: 'year', y: 'stepAngle', text: () => text.t('fig.trajectory.stepSeries'), dy: -10, dx: 4, textAnchor: 'start', className: 'm-note m-series' }),
          ],
        },
      },
    ];
  },

  table: (model) => ({
    columns: [
      { label: 'fig.trajectory.colYear', format: 'fixed', decimals: 0 },
      { label: 'fig.trajectory.colShare', format: 'fixed', decimals: 0 },
      { label: 'fig.trajectory.colCapability', format: 'fixed', decimals: 2 },
      { label: 'fig.trajectory.colSafety', format: 'fixed', decimals: 2 },
      { label: 'fig.trajectory.colStep', format: 'fixed', decimals: 1 },
      { label: 'fig.trajectory.colPath', format: 'fixed', decimals: 1 },
    ],
    rows: model.points.slice(1).map((p) => [p.year, p.share * 100, p.capability, p.safety, p.stepAngle, p.pathAngle]),
  }),

  status: (model, state, text) => ({
    tone: model.verdict === 'balanced' ? 'ok' : 'warn',
    message: verdictText(model, state.tol, text),
  }),

  summary(model, state, text) {
    return text.t('fig.trajectory.summary', {
      split: state.split,
      swing: state.swing,
      swingAt: state.swingAt,
      swingLen: state.swingLen,
      eff: text.num(state.eff, 2),
      widest: text.num(model.widestSwing, 1),
      final: text.num(model.finalStepAngle, 1),
      verdict: verdictText(model, state.tol, text),
      balanced: text.num(model.balancedShare * 100, 0),
    });
  },
});
