import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { DictKey } from '../../i18n';
import { doing, riskGivenFeature, seeing } from '../models/confounding';
import { doingFigure, scmOf } from './doing';
import { cls, type Frame, frameOf, lineHeight, readout, TYPE, wrapTo } from './style';
import { defineFigure, type FigureText } from './types';

/**
 * The causal diagram of chapter 4's model (src/figures/models/confounding.ts, at the
 * "Seeing versus doing" figure's default setting): a risky prompt Z switches
 * the safety feature X on and makes an unsafe answer Y likelier; X acts on Y.
 * Observing X = x conditions on it, so the back-door path X ← Z → Y carries
 * the prompt's risk into the answer. do(X = x) cuts the arrow Z → X: Z keeps
 * its prior and only X's own effect reaches Y (the truncated factorisation).
 */

const schema = {
  /** 0: X is observed at 1; 1: X is set to 1 by hand, do(X = 1). */
  dagDo: { min: 0, max: 1, step: 1, default: 0 },
};

/** The value X is seen at or set to: the feature on, as the chapter's other figure opens. */
const X: 0 | 1 = 1;

/** The model the chapter's other figure opens on: its sliders' defaults. */
const SCM = scmOf(doingFigure.schema.gamma.default, doingFigure.schema.riskY.default, doingFigure.schema.effect.default);

export interface Dag {
  intervene: boolean;
  x: 0 | 1;
  /** P(Z = 1), in %: the share of risky prompts. */
  prior: number;
  /** P(Z = 1 | X = x), in %: how risky the prompts are among those where X is seen at x. */
  risk: number;
  /** P(Y = 1 | X = x) and P(Y = 1 | do(X = x)), in %. */
  seen: number;
  done: number;
}

export function causalDiagram(state: { dagDo: number }): Dag {
  return {
    intervene: state.dagDo === 1,
    x: X,
    prior: 100 * SCM.pz,
    risk: 100 * riskGivenFeature(SCM, X),
    seen: 100 * seeing(SCM, X),
    done: 100 * doing(SCM, X),
  };
}

interface Point {
  x: number;
  y: number;
}

/**
 * An arrow from one node to another as line points (px): its shaft, stopping `insetStart` and
 * `insetEnd` short of the two centres, and its open head, `head` px long, as a second part.
 * Drawn with Plot's line mark, which the browser's Plot has (its arrow mark and markers it does
 * not need: markers would also put ids in the page).
 */
function arrowPoints(from: Point, to: Point, insetStart: number, insetEnd: number, head: number): (Point & { part: string })[] {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const [ux, uy] = [(to.x - from.x) / length, (to.y - from.y) / length];
  const tip = { x: to.x - ux * insetEnd, y: to.y - uy * insetEnd };
  const barb = (side: number) => ({ x: tip.x - ux * head - uy * head * 0.6 * side, y: tip.y - uy * head + ux * head * 0.6 * side, part: 'head' });
  return [
    { x: from.x + ux * insetStart, y: from.y + uy * insetStart, part: 'shaft' },
    { ...tip, part: 'shaft' },
    barb(1),
    { ...tip, part: 'head' },
    barb(-1),
  ];
}

function diagram(model: Dag, text: FigureText, frame: Frame | undefined, chosen: boolean): { label: DictKey; options: PlotOptions } {
  const f = frameOf(frame, text.slide);
  const line = lineHeight(f);
  const valueLine = lineHeight(f, TYPE.value);
  const pct = (v: number) => `${text.num(v, 1)}%`;
  // The diagram keeps a readable shape on a wide screen: nodes no further apart than about 50 ems.
  const w = Math.min(f.width, f.font * 50);
  const left = (f.width - w) / 2;
  const r = Math.round(f.font * 1.5);
  const column = w * 0.46;
  const xAt = left + column / 2;
  const yAt = left + w - column / 2;
  const zAt = f.width / 2;

  const zName = wrapTo(text.t('fig.dag.nodeZ'), w * 0.9, f);
  const zValue = wrapTo(text.t(model.intervene ? 'fig.dag.zDone' : 'fig.dag.zSeen', { risk: text.num(model.intervene ? model.prior : model.risk, 0), x: model.x }), w * 0.9, f);
  const xName = wrapTo(text.t('fig.dag.nodeX'), column, f);
  const xValue = wrapTo(text.t(model.intervene ? 'fig.dag.xDone' : 'fig.dag.xSeen', { x: model.x }), column, f);
  const yName = wrapTo(text.t('fig.dag.nodeY'), column, f);
  const yFormula = wrapTo(text.t(model.intervene ? 'fig.dag.yDone' : 'fig.dag.ySeen', { x: model.x }), column, f);
  const lines = (s: string) => s.split('\n').length;

  // The panel's own heading: which of the two states it draws.
  const heading = wrapTo(text.t(model.intervene ? 'fig.dag.presetDo' : 'fig.dag.presetSee'), w * 0.9, f);
  const top = 4 + lines(heading) * line + 6;
  const zRow = top + (lines(zName) + lines(zValue)) * line + 6 + r;
  const underNodes = r + 6 + Math.max((lines(xName) + lines(xValue)) * line, (lines(yName) + lines(yFormula)) * line + valueLine) + 6;
  // On a slide the height is given: the arrows between the rows take what the text leaves.
  const rise = f.height === undefined ? Math.max(r * 3.5, w * 0.5) : Math.max(r * 2.5, f.height - zRow - underNodes);
  const xyRow = zRow + rise;
  const below = xyRow + r + 6;
  const height = Math.ceil(xyRow + underNodes);

  const nodes = [
    { id: 'Z', x: zAt, y: zRow },
    { id: 'X', x: xAt, y: xyRow },
    { id: 'Y', x: yAt, y: xyRow },
  ];
  const [z, x, y] = nodes as [(typeof nodes)[number], (typeof nodes)[number], (typeof nodes)[number]];
  const arrow = (from: (typeof nodes)[number], to: (typeof nodes)[number], className: string) => Plot.line(arrowPoints(from, to, r + 3, r + 4, Math.max(8, f.font * 0.75)), { x: 'x', y: 'y', z: 'part', className });
  const intoX = { x: (z.x + x.x) / 2, y: (z.y + x.y) / 2 };
  // The arrow's label left of its middle, far enough that the slanting line clears the text's lower corner.
  const clear = Math.ceil((f.font * 0.6 * Math.abs(z.x - x.x)) / Math.max(1, x.y - z.y) + 6);
  // Tapping X switches between watching it and setting it.
  const toggle = () => `?dagDo=${model.intervene ? 0 : 1}`;
  const block = { textAnchor: 'middle', lineAnchor: 'top', lineHeight: 1.25 } as const;
  return {
      label: model.intervene ? 'fig.dag.plotLabelDo' : 'fig.dag.plotLabel',
      options: {
        width: f.width,
        height,
        margin: 0,
        x: { domain: [0, f.width], axis: null },
        y: { domain: [height, 0], axis: null },
        marks: [
          // The confounding path: Z into X (cut by do) and Z into Y; X's own effect on Y.
          arrow(z, x, model.intervene ? cls('m-diagonal m-cut', 'ref') : cls('m-path m-confounding', 'warn')),
          arrow(z, y, cls('m-path m-confounding', 'warn')),
          arrow(x, y, cls('m-path', 'main')),
          Plot.text([intoX], {
            x: 'x', y: 'y', dx: -clear, textAnchor: 'end',
            text: () => text.t(model.intervene ? 'fig.dag.cut' : 'fig.dag.confounding'),
            className: model.intervene ? cls('m-label m-cut', 'ref') : cls('m-note', 'warn'),
          }),
          Plot.dot(nodes, { x: 'x', y: 'y', r, href: (n: { id: string }) => (n.id === 'X' ? toggle() : null), className: cls('m-modelled m-node', 'ink'), ...readout((n: { id: string }) => ({ Z: 0, Y: 1 })[n.id] ?? 2) }),
          Plot.text(nodes, { x: 'x', y: 'y', text: 'id', className: cls('m-label', 'ink') }),
          Plot.text([{ x: f.width / 2 }], { x: 'x', y: 4, text: () => heading, ...block, className: chosen ? cls('m-label m-heading', model.intervene ? 'main' : 'warn') : cls('m-note m-heading', 'ink') }),
          Plot.text([z], { x: 'x', y: top, text: () => zName, ...block, className: cls('m-label', 'ink') }),
          Plot.text([z], { x: 'x', y: top + lines(zName) * line, text: () => zValue, ...block, className: cls('m-note', model.intervene ? 'main' : 'warn') }),
          Plot.text([x], { x: 'x', y: below, text: () => xName, ...block, className: cls('m-label', 'ink') }),
          Plot.text([x], { x: 'x', y: below + lines(xName) * line, text: () => xValue, ...block, className: cls('m-note', model.intervene ? 'main' : 'ink') }),
          Plot.text([y], { x: 'x', y: below, text: () => yName, ...block, className: cls('m-label', 'ink') }),
          Plot.text([y], { x: 'x', y: below + lines(yName) * line, text: () => yFormula, ...block, className: cls('m-note', 'ink') }),
          Plot.text([y], {
            x: 'x', y: below + (lines(yName) + lines(yFormula)) * line, text: () => pct(model.intervene ? model.done : model.seen), ...block,
            className: cls('m-value', model.intervene ? 'main' : 'warn'),
          }),
        ],
      },
    };
}

export const dagFigure = defineFigure<typeof schema, Dag>({
  id: 'dag',
  title: 'fig.dag.title',
  headline: 'fig.dag.headline',
  caption: 'fig.dag.caption',
  method: 'fig.dag.method',
  modelled: true,
  // Intervening drops X's own factor P(x | z): the arrow into X (the truncated factorisation).
  equations: [String.raw`P(z, x, y) = P(z)\,P(x \mid z)\,P(y \mid x, z) \quad\longrightarrow\quad P(z, y \mid do(X{=}x)) = P(z)\,P(y \mid x, z)`],
  assumptions: 'fig.dag.assumptions',
  schema,
  controls: [{ key: 'dagDo', label: 'fig.dag.doControl', kind: 'toggle' }],
  presets: [
    { label: 'fig.dag.presetSee', state: { dagDo: 0 } },
    { label: 'fig.dag.presetDo', state: { dagDo: 1 } },
  ],
  strings: [
    'fig.dag.plotLabel', 'fig.dag.plotLabelDo', 'fig.dag.presetSee', 'fig.dag.presetDo', 'fig.dag.nodeZ', 'fig.dag.nodeX', 'fig.dag.nodeY', 'fig.dag.zSeen', 'fig.dag.zDone', 'fig.dag.xSeen', 'fig.dag.xDone',
    'fig.dag.ySeen', 'fig.dag.yDone', 'fig.dag.confounding', 'fig.dag.cut', 'fig.dag.summary', 'fig.dag.summarySee', 'fig.dag.summaryDo',
    'fig.dag.status.see', 'fig.dag.status.do', 'fig.dag.rowZ', 'fig.dag.rowY', 'fig.dag.rowArrow', 'fig.dag.kept', 'fig.dag.cutCell',
  ],
  compute: (state) => causalDiagram(state),

  headlineVars: (model, text) => ({ seen: text.num(model.seen, 1), done: text.num(model.done, 1) }),
  // Both states side by side, watching and setting, so the picture shows the cut and both numbers at once
  // (the status line explains the one the reader chose, its heading in its colour).
  panels(model: Dag, _state, text, frame?: Frame) {
    return [false, true].map((intervene) => diagram({ ...model, intervene }, text, frame, intervene === model.intervene));
  },

  table: (model, text) => ({
    columns: [
      { label: 'fig.dag.colQuantity', format: 'text' },
      { label: 'fig.dag.colSee', format: 'fixed', decimals: 1 },
      { label: 'fig.dag.colDo', format: 'fixed', decimals: 1 },
    ],
    rows: [
      [text.t('fig.dag.rowZ'), model.risk, model.prior],
      [text.t('fig.dag.rowY'), model.seen, model.done],
      [text.t('fig.dag.rowArrow'), text.t('fig.dag.kept'), text.t('fig.dag.cutCell')],
    ],
  }),

  status(model, _state, text) {
    const vars = { x: model.x, risk: text.num(model.risk, 0), prior: text.num(model.prior, 0), seen: text.num(model.seen, 1), done: text.num(model.done, 1) };
    return model.intervene ? { tone: 'ok', message: text.t('fig.dag.status.do', vars) } : { tone: 'warn', message: text.t('fig.dag.status.see', vars) };
  },

  summary(model, _state, text) {
    const vars = { x: model.x, risk: text.num(model.risk, 0), prior: text.num(model.prior, 0), seen: text.num(model.seen, 1), done: text.num(model.done, 1) };
    return `${text.t('fig.dag.summary')} ${text.t(model.intervene ? 'fig.dag.summaryDo' : 'fig.dag.summarySee', vars)}`;
  },
});
