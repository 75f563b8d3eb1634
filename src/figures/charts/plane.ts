import * as Plot from '@observablehq/plot';
import { capabilitySafetyPath, HORIZON_YEARS, type CapabilitySafetyPath, type PathInputs } from '../models/capabilitySafetyPath';
import { around, at, axisStyle, cls, frameOf, HIT, lineHeight, linear, margins, placeLabels, readout, textWidth, TYPE, wrapTo, type Frame, type LabelRequest } from './style';
import { defineFigure, type FigureText } from './types';

/**
 * Chapter 2's picture, built as the chapter reads, one step at a time: the
 * plane's two axes; the 45° line; below it, where Zhou places us, with the
 * path the chapter's toy model draws at the speech's 1% share; the band,
 * in which the model's balanced path swings and stays. The paths are the
 * trajectory explorer's model (src/figures/models/capabilitySafetyPath.ts), not data.
 */

export const STEPS = 4;

const schema = {
  planeStep: { min: 1, max: STEPS, step: 1, default: STEPS },
};

/** The speech's share (under 1% to safety, taken as 1%), held every year: the trajectory explorer's "1% to safety". */
export const BELOW: PathInputs = { split: 1, swing: 0, swingAt: 8, swingLen: 3, eff: 1, tol: 5 };
/** A balanced split with a three-year dip: the trajectory explorer's default. */
const BALANCED: PathInputs = { split: 50, swing: -30, swingAt: 8, swingLen: 3, eff: 1, tol: 5 };
/** How high up the safety axis the band's note is pinned: left of the band, below the 45° line's note. */
const BAND_AT = 17;
/** Where along the diagonal its note is pinned: high, so the band's note has the corner below it. */
const LINE_AT = 22;
/** Every fifth year of a path goes into the table (and carries a read-out). */
const EVERY = 5;

export interface PlaneModel {
  step: number;
  below: CapabilitySafetyPath;
  balanced: CapabilitySafetyPath;
}

const cite = (text: FigureText) => text.cite('zhou2024waic');
/** The years the table lists: 0, 5, … 30. */
const tableYears = (path: CapabilitySafetyPath) => path.points.filter((p) => p.year % EVERY === 0);

/** The tolerance wedge around 45°, as (x, y1, y2) samples from the origin to `extent`. */
function wedge(extent: number, tol: number): { x: number; y1: number; y2: number }[] {
  const low = Math.tan(((45 - tol) * Math.PI) / 180);
  const high = Math.tan(((45 + tol) * Math.PI) / 180);
  return [0, extent / high, extent].map((x) => ({ x, y1: x * low, y2: Math.min(extent, x * high) }));
}

/** The numbers the status and summary name. */
const numbers = (model: PlaneModel, text: FigureText) => ({
  zhou: cite(text),
  below: text.num(model.below.longRunAngle, 1),
  balanced: text.num(model.balanced.longRunAngle, 1),
  tol: BALANCED.tol,
});

export const planeFigure = defineFigure({
  id: 'plane',
  title: 'fig.plane.title',
  headline: 'fig.plane.headline',
  caption: 'fig.plane.caption',
  method: 'fig.plane.method',
  modelled: true,
  equations: [
    String.raw`C_{t+1} = C_t + (1 - s_t), \qquad S_{t+1} = S_t + s_t, \qquad \Theta_t = \operatorname{atan2}(S_t,\ C_t)`,
  ],
  assumptions: 'fig.plane.assumptions',
  schema,
  controls: [{ key: 'planeStep', label: 'fig.plane.stepControl' }],
  presets: Array.from({ length: STEPS }, (_, i) => ({ label: `fig.plane.preset${i + 1}` as 'fig.plane.preset1', state: { planeStep: i + 1 } })),
  strings: [
    'fig.plane.planeLabel', 'fig.plane.capability', 'fig.plane.safety', 'fig.plane.units', 'fig.plane.line45', 'fig.plane.below', 'fig.plane.band',
    'fig.plane.status1', 'fig.plane.status2', 'fig.plane.status3', 'fig.plane.status4', 'fig.plane.part1', 'fig.plane.part2', 'fig.plane.part3', 'fig.plane.part4',
    'fig.plane.join', 'fig.plane.summary', 'fig.plane.pathBelow', 'fig.plane.pathBalanced', 'fig.plane.angleBelow', 'fig.plane.angleBalanced',
  ],
  citations: ['zhou2024waic'],
  compute: (state) => ({ step: state.planeStep, below: capabilitySafetyPath(BELOW), balanced: capabilitySafetyPath(BALANCED) }),

  headlineVars: (model, text) => ({ below: text.num(model.below.longRunAngle, 1) }),
  panels(model: PlaneModel, _state, text, frame?: Frame) {
    const f = frameOf(frame, text.slide);
    const line = lineHeight(f);
    const extent = HORIZON_YEARS;
    const ticks = [0, 10, 20, 30];
    // Square, like the trajectory explorer's plane, so 45° looks like 45°; lifted a little, so the 1% path sits above its axis.
    const lift = Math.round(f.font * 1.8);
    const m = margins(f, ticks.map(String), 0, String(extent));
    const side = Math.max(120, Math.min(f.width - m.marginLeft - m.marginRight, text.slide ? 460 : 420, (f.height ?? Infinity) - m.marginTop - m.marginBottom - lift));
    // On a wide panel the square sits in the middle, so the drawing is never scaled up with its text;
    // the axis labels stay with it (drawn as notes: Plot puts an axis label at the panel's edge).
    const spare = Math.floor(Math.max(0, (f.width - side - m.marginLeft - m.marginRight) / 2));
    const yLabelLeft = -m.marginLeft + 3;
    m.marginLeft += spare;
    m.marginRight += spare;
    const px = linear([0, extent], [m.marginLeft, m.marginLeft + side]);
    const py = linear([0, extent], [m.marginTop + side, m.marginTop]);
    const show = (step: number) => model.step >= step;
    const endOf = (path: CapabilitySafetyPath) => path.points[path.points.length - 1]!;
    const belowEnd = endOf(model.below);
    const balancedEnd = endOf(model.balanced);
    // Each path's angle says which path it is (a bare "Θ 41.6°" left a five-second reader asking what the blue line was).
    const angle = (path: CapabilitySafetyPath) => text.t(path === model.below ? 'fig.plane.angleBelow' : 'fig.plane.angleBalanced', { angle: text.num(path.longRunAngle, 1) });

    // Notes wrap to about half the plane; the placement pass takes them in the order the steps add them.
    const noteWidth = side * 0.55;
    const notes = {
      units: wrapTo(text.t('fig.plane.units'), side * 0.9, f),
      line45: wrapTo(text.t('fig.plane.line45'), noteWidth, f),
      below: wrapTo(text.t('fig.plane.below', { zhou: cite(text) }), noteWidth, f),
      band: wrapTo(text.t('fig.plane.band'), Math.max(side * 0.32, f.font * 9), f, 3),
    };
    const linesOf = (note: string) => note.split('\n');
    const longest = (note: string) => linesOf(note).reduce((a, b) => (a.length >= b.length ? a : b));
    const note = (x: number, y: number, content: string, spots: LabelRequest['spots']): LabelRequest => ({ x: px(x), y: py(y), text: longest(content), lines: linesOf(content).length, spots });
    const requests: LabelRequest[] = [
      note(extent / 2, extent * 0.55, notes.units, [[0, 0, 'middle'], [0, line * 3, 'middle'], [0, -line * 3, 'middle']]),
      note(LINE_AT, LINE_AT, notes.line45, [[-8, -line * 1.2, 'end'], [-8, -line * 2.6, 'end'], [8, line * 1.6, 'start']]),
      note(extent, extent * 0.25, notes.below, [[0, 0, 'end'], [0, -line * 2, 'end'], [0, line * 2, 'end']]),
      // The band's note sits in the plane's empty upper left corner, beside the band's upper edge.
      note(0, BAND_AT, notes.band, [[6, 0, 'start'], [6, -line * 2, 'start'], [6, line * 2, 'start']]),
      { x: px(belowEnd.capability), y: py(belowEnd.safety) - lift, text: angle(model.below), scale: TYPE.value, spots: [[0, -line * 1.1, 'end'], ...around(7, line)] },
      // The path climbs from the lower left: its angle goes to the right of its end first.
      { x: px(balancedEnd.capability), y: py(balancedEnd.safety), text: angle(model.balanced), scale: TYPE.value, spots: [[7, line * 0.9, 'start'], [7, -line * 0.8, 'start'], ...around(7, line)] },
    ];
    // Only what the step shows takes room: step 1 the units note, 2 the line, 3 the region below and its path, 4 the band and its path.
    const shown = [show(1) && !show(2), show(2), show(3), show(4), show(3), show(4)];
    const spots = placeLabels(
      requests.filter((_, i) => shown[i]),
      { left: m.marginLeft, right: m.marginLeft + side, top: m.marginTop - line, bottom: m.marginTop + side + lift },
      f,
      [{ left: spare, right: spare + textWidth(text.t('fig.plane.safety'), f) + 8, top: 0, bottom: m.marginTop - 2 }],
    );
    const spotOf = (i: number) => spots[shown.slice(0, i).filter(Boolean).length]!;
    // Plot centres a note's lines on its spot, as the placement pass assumed.
    const multiline = (spot: readonly [number, number, 'start' | 'middle' | 'end']) => ({ ...at(spot), lineHeight: 1.25 });
    const rows = (path: CapabilitySafetyPath) => tableYears(path);
    const belowRows = rows(model.below).length;
    const marks: Plot.Markish[] = [];
    if (show(4)) marks.push(Plot.areaY(wedge(extent, BALANCED.tol), { x: 'x', y1: 'y1', y2: 'y2', className: 'm-band' }));
    // The region below: up to the 45° line, or, once the band is drawn, up to the band's lower edge, so the two never overlap (no mixed colour).
    const belowTop = show(4) ? Math.tan(((45 - BALANCED.tol) * Math.PI) / 180) : 1;
    if (show(3)) marks.push(Plot.areaY([{ x: 0, y: 0 }, { x: extent, y: extent * belowTop }], { x: 'x', y1: 0, y2: 'y', className: 'm-share-area' }));
    if (show(2)) marks.push(Plot.line([[0, 0], [extent, extent]], { className: cls('m-diagonal', 'ref') }));
    if (show(1) && !show(2)) marks.push(Plot.text([[extent / 2, extent * 0.55]], { text: [notes.units], ...multiline(spotOf(0)), className: cls('m-note', 'ink') }));
    if (show(2)) marks.push(Plot.text([[LINE_AT, LINE_AT]], { text: [notes.line45], ...multiline(spotOf(1)), className: cls('m-note', 'ref') }));
    if (show(3)) {
      marks.push(
        Plot.text([[extent, extent * 0.25]], { text: [notes.below], ...multiline(spotOf(2)), className: cls('m-label', 'warn') }),
        // The decisive mark: the 1% path, thick, drawn just above the capability axis (the axis is lifted by `lift`).
        Plot.line(model.below.points, { x: 'capability', y: 'safety', className: cls('m-path m-path-decisive', 'warn') }),
        Plot.dot([belowEnd], { x: 'capability', y: 'safety', r: 5, className: cls('m-path-dot', 'warn') }),
        Plot.text([belowEnd], { x: 'capability', y: 'safety', text: () => angle(model.below), ...at(spotOf(4)), className: cls('m-value', 'warn') }),
        Plot.dot(rows(model.below), { x: 'capability', y: 'safety', ...HIT, ...readout((_, i) => i) }),
      );
    }
    if (show(4)) {
      marks.push(
        Plot.text([[0, BAND_AT]], { text: [notes.band], ...multiline(spotOf(3)), className: cls('m-note', 'ref') }),
        Plot.line(model.balanced.points, { x: 'capability', y: 'safety', className: cls('m-path', 'main') }),
        Plot.dot([balancedEnd], { x: 'capability', y: 'safety', r: 4, className: cls('m-path-dot', 'main') }),
        Plot.text([balancedEnd], { x: 'capability', y: 'safety', text: () => angle(model.balanced), ...at(spotOf(5)), className: cls('m-value', 'main') }),
        Plot.dot(rows(model.balanced), { x: 'capability', y: 'safety', ...HIT, ...readout((_, i) => belowRows + i) }),
      );
    }
    return [
      {
        label: 'fig.plane.planeLabel',
        options: {
          ...m,
          width: side + m.marginLeft + m.marginRight,
          height: side + lift + m.marginTop + m.marginBottom,
          x: { domain: [0, extent], label: null, ticks, ...axisStyle(f) },
          y: { domain: [0, extent], label: null, ticks, insetBottom: lift, ...axisStyle(f) },
          marks: [
            ...marks,
            Plot.text([text.t('fig.plane.capability')], { frameAnchor: 'bottom-right', dy: line * 2, textAnchor: 'end' }),
            Plot.text([text.t('fig.plane.safety')], { frameAnchor: 'top-left', dx: yLabelLeft, dy: -line * 1.5, textAnchor: 'start' }),
          ],
        },
      },
    ];
  },

  table: (model, text) => ({
    columns: [
      { label: 'fig.plane.colPath', format: 'text' },
      { label: 'fig.plane.colYear', format: 'fixed', decimals: 0 },
      { label: 'fig.plane.colCapability', format: 'fixed', decimals: 2 },
      { label: 'fig.plane.colSafety', format: 'fixed', decimals: 2 },
      { label: 'fig.plane.colAngle', format: 'fixed', decimals: 1 },
    ],
    rows: [
      ...tableYears(model.below).map((p) => [text.t('fig.plane.pathBelow'), p.year, p.capability, p.safety, p.pathAngle]),
      ...tableYears(model.balanced).map((p) => [text.t('fig.plane.pathBalanced'), p.year, p.capability, p.safety, p.pathAngle]),
    ],
  }),

  status: (model, _state, text) => ({
    tone: 'ok',
    message: text.t(`fig.plane.status${model.step}` as 'fig.plane.status1', { steps: STEPS, ...numbers(model, text) }),
  }),

  summary(model, _state, text) {
    const parts = Array.from({ length: model.step }, (_, i) => text.t(`fig.plane.part${i + 1}` as 'fig.plane.part1', numbers(model, text)));
    return text.t('fig.plane.summary', { step: model.step, steps: STEPS, parts: parts.join(text.t('fig.plane.join')) });
  },
});
