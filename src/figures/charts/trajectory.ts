import * as Plot from '@observablehq/plot';
import { capabilitySafetyPath, HORIZON_YEARS, type CapabilitySafetyPath, type PathPoint } from '../models/capabilitySafetyPath';
import { around, at, axisStyle, cls, dodge, frameOf, heightFor, HIT, lineHeight, linear, margins, placeLabels, readout, TYPE, wrapTo, type Frame } from './style';
import { defineFigure, type FigureText } from './types';

const schema = {
  split: { min: 1, max: 99, step: 1, default: 50 },
  swing: { min: -50, max: 50, step: 1, default: -30 },
  swingAt: { min: 0, max: HORIZON_YEARS - 1, step: 1, default: 8 },
  swingLen: { min: 0, max: HORIZON_YEARS, step: 1, default: 3 },
  eff: { min: 0.25, max: 4, step: 0.05, default: 1 },
  tol: { min: 1, max: 20, step: 1, default: 5 },
};

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
  thumbnail: 'fig.trajectory.angleLabel',
  headline: 'fig.trajectory.headline',
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

  panels(model: CapabilitySafetyPath, state, text, frame?: Frame) {
    const f = frameOf(frame, text.slide);
    const last = model.points[model.points.length - 1]!;
    const line = lineHeight(f);
    // Fixed axes: 30 units holds every path with κ ≤ 1; a more efficient safety stretches them in steps of 10.
    const extent = Math.max(HORIZON_YEARS, Math.ceil(Math.max(last.capability, last.safety) / 10) * 10);
    // The plane is square, so 45° looks like 45°; its axes sit a little below zero, so a path along an axis stays in view.
    const lift = Math.round(f.font * 0.9);
    const planeTicks = [...new Set([0, 10, 20, 30, extent])];
    const m = margins(f, planeTicks.map(String), 0, String(extent));
    const side = Math.max(120, Math.min(f.width - m.marginLeft - m.marginRight, (f.height ?? Infinity) - m.marginTop - m.marginBottom - lift));
    const plane = { ...m, width: side + m.marginLeft + m.marginRight, height: side + lift + m.marginTop + m.marginBottom };
    const angleLabel = `Θ ${text.num(model.longRunAngle, 1)}°`;
    const ppx = linear([0, extent], [m.marginLeft, m.marginLeft + side]);
    const ppy = linear([0, extent], [m.marginTop + side, m.marginTop]);
    // The notes wrap to about half the plane; the placement pass puts the path's angle first, then each note where it is free.
    const noteWidth = side * 0.55;
    const below = wrapTo(text.t('fig.trajectory.below'), noteWidth, f);
    const above = wrapTo(text.t('fig.trajectory.above'), noteWidth, f);
    const line45 = text.t('fig.trajectory.line45');
    const noteHeight = (note: string) => note.split('\n').length * line;
    const longest = (note: string) => note.split('\n').reduce((a, b) => (a.length > b.length ? a : b));
    const [endSpot, belowSpot, aboveSpot, lineSpot] = placeLabels(
      [
        { x: ppx(last.capability), y: ppy(last.safety), text: angleLabel, scale: TYPE.value, spots: around(7, line) },
        { x: ppx(extent), y: ppy(extent * 0.2), text: longest(below), lines: below.split('\n').length, spots: [[0, 0, 'end'], [0, -line * 2.5, 'end'], [0, line * 2, 'end'], [0, -line * 5, 'end']] },
        { x: ppx(0), y: ppy(extent) + noteHeight(above) / 2, text: longest(above), lines: above.split('\n').length, spots: [[4, 0, 'start'], [4, line * 3, 'start'], [4, line * 6, 'start']] },
        { x: ppx(extent * 0.86), y: ppy(extent * 0.86), text: line45, spots: [[-6, line * 0.7, 'end'], [6, line * 2, 'start'], [-side * 0.3, line * 0.7 + side * 0.3, 'end']] },
      ],
      { left: m.marginLeft, right: m.marginLeft + side, top: m.marginTop - line, bottom: m.marginTop + side + lift },
      f,
    );

    const angleHeight = heightFor(f, 0.75, 240, 360);
    const am = margins(f, ['90'], 0, '30');
    const angleY = linear([0, 90], [angleHeight - am.marginBottom - lift, am.marginTop]);
    // End labels of the two angle lines: above or below their line, then spread so they never touch.
    const finalStep = last.stepAngle;
    const pathAbove = model.longRunAngle >= finalStep;
    const wish = [angleY(model.longRunAngle) + (pathAbove ? -line * 0.6 : line * 0.9), angleY(finalStep) + (pathAbove ? line * 0.9 : -line * 0.6)];
    const [pathY, stepY] = dodge(wish, line, am.marginTop + line * 0.5, angleHeight - am.marginBottom - lift - line * 0.6);
    const band = [
      { year: 0, low: 45 - state.tol, high: 45 + state.tol },
      { year: HORIZON_YEARS, low: 45 - state.tol, high: 45 + state.tol },
    ];
    return [
      {
        label: 'fig.trajectory.planeLabel',
        options: {
          ...plane,
          x: { domain: [0, extent], label: text.t('fig.trajectory.capability'), labelAnchor: 'right', ticks: planeTicks, ...axisStyle(f) },
          y: { domain: [0, extent], label: text.t('fig.trajectory.safety'), labelAnchor: 'top', ticks: planeTicks, insetBottom: lift, ...axisStyle(f) },
          marks: [
            Plot.areaY(toleranceWedge(extent, state.tol), { x: 'x', y1: 'y1', y2: 'y2', className: 'm-band' }),
            Plot.line([[0, 0], [extent, extent]], { className: cls('m-diagonal', 'ref') }),
            Plot.text([[extent, extent * 0.2]], { text: [below], ...at(belowSpot!), lineHeight: 1.25, className: cls('m-note', 'warn') }),
            Plot.text([[0, extent]], { text: [above], ...at(aboveSpot!), dy: aboveSpot![1] + noteHeight(above) / 2, lineHeight: 1.25, className: 'm-note' }),
            Plot.text([[extent * 0.86, extent * 0.86]], { text: [line45], ...at(lineSpot!), className: cls('m-note', 'ref') }),
            Plot.line(model.points, { x: 'capability', y: 'safety', className: cls('m-path', 'main') }),
            Plot.dot([last], { x: 'capability', y: 'safety', r: 4, className: cls('m-path-dot', 'main') }),
            // Each year's point reads out its row of the table: year, capability, safety, the path's angle.
            Plot.dot(model.points.slice(1), { x: 'capability', y: 'safety', ...HIT, ...readout((_, i) => i, [0, 2, 3, 5]) }),
            Plot.text([last], {
              x: 'capability',
              y: 'safety',
              text: () => angleLabel,
              ...at(endSpot!),
              className: cls('m-value', 'main'),
            }),
          ],
        },
      },
      {
        label: 'fig.trajectory.angleLabel',
        options: {
          ...am,
          width: f.width,
          height: angleHeight,
          x: { domain: [0, HORIZON_YEARS], label: text.t('fig.trajectory.year'), labelAnchor: 'right', ticks: [0, 10, 20, 30], ...axisStyle(f) },
          y: { domain: [0, 90], label: text.t('fig.trajectory.degrees'), labelAnchor: 'top', ticks: [0, 45, 90], insetBottom: lift, ...axisStyle(f) },
          marks: [
            Plot.areaY(band, { x: 'year', y1: 'low', y2: 'high', className: 'm-band' }),
            Plot.ruleY([45], { className: cls('m-diagonal', 'ref') }),
            Plot.line(model.points, { x: 'year', y: 'stepAngle', curve: 'step-before', className: cls('m-stepline', 'warn') }),
            Plot.dot(model.points.slice(1), {
              x: 'year',
              y: 'stepAngle',
              r: 2.5,
              symbol: 'diamond',
              filter: (p: PathPoint) => Math.abs(p.stepAngle - 45) > state.tol,
              className: cls('m-step-off', 'warn'),
            }),
            Plot.line(model.points, { x: 'year', y: 'pathAngle', className: cls('m-path', 'main') }),
            Plot.dot(model.points.slice(1), { x: 'year', y: 'pathAngle', ...HIT, ...readout((_, i) => i, [0, 1, 4, 5]) }),
            Plot.text([last], { x: 'year', y: 'pathAngle', text: () => text.t('fig.trajectory.pathSeries'), dy: pathY! - angleY(model.longRunAngle), textAnchor: 'end', className: cls('m-label', 'main') }),
            Plot.text([last], { x: 'year', y: 'stepAngle', text: () => text.t('fig.trajectory.stepSeries'), dy: stepY! - angleY(finalStep), textAnchor: 'end', className: cls('m-label m-series', 'warn') }),
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
