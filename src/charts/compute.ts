import * as Plot from '@observablehq/plot';
import runs from '../../content/data/training-runs.json';
import { scientific } from '../lib/figureText';
import { computeSplit, type ComputeRow, type ComputeSplit, type TrainingRun } from '../models/computeShare';
import { wrap } from '../lib/wrap';
import { axisStyle, cls, frameOf, lineHeight, readout, textWidth, widest, wrapTo, type Frame } from './style';
import { defineFigure, type FigureText } from './types';

const RUNS = runs as TrainingRun[];
/** Epoch AI's threshold: GPT-4 (March 2023) was the first model trained with more than this. */
const GPT4_SCALE = 1e25;
const CELLS = 100;
const COLUMNS = 10;

const schema = {
  share: { min: 0.1, max: 50, step: 0.1, default: 1 },
  /** 1: logarithmic FLOP axis; 0: linear, where small shares all but vanish. */
  logScale: { min: 0, max: 1, step: 1, default: 1 },
};

const label = (row: ComputeRow, text: FigureText, share: number): string =>
  row.kind === 'modelled'
    ? text.t('fig.compute.whatIf', { share: text.num(share * 100, 1), run: text.t(row.id.startsWith('gpt3') ? 'fig.compute.runGpt3' : 'fig.compute.runLlama') })
    : text.t(`fig.compute.row.${row.id}` as 'fig.compute.row.gpt3-pretraining');

export const compute = defineFigure({
  id: 'compute',
  title: 'fig.compute.title',
  caption: 'fig.compute.caption',
  method: 'fig.compute.method',
  modelled: false,
  equations: [
    String.raw`\text{FLOP} = \text{petaflop/s-days} \times 10^{15}\,\tfrac{\text{FLOP}}{\text{s}} \times 86\,400\,\text{s}`,
    String.raw`\text{safety FLOP} = \text{share} \times \text{pretraining FLOP} \quad(\text{what-if})`,
    String.raw`\text{measured share} = \frac{4.9 + 60}{3\,640} \approx 1.8\%`,
  ],
  assumptions: 'fig.compute.assumptions',
  schema,
  controls: [
    { key: 'share', label: 'fig.compute.share', unit: 'fig.compute.unitPercent' },
    { key: 'logScale', label: 'fig.compute.logScale', kind: 'toggle' },
  ],
  presets: [
    { label: 'fig.compute.presetZhou', state: { share: 1, logScale: 1 } },
    { label: 'fig.compute.presetMeasured', state: { share: 1.8, logScale: 1 } },
    { label: 'fig.compute.presetDeepSeek', state: { share: 0.2, logScale: 1 } },
    { label: 'fig.compute.presetPledge', state: { share: 20, logScale: 1 } },
    { label: 'fig.compute.presetLinear', state: { share: 1, logScale: 0 } },
  ],
  strings: [
    'fig.compute.waffleLabel', 'fig.compute.flopLabel', 'fig.compute.safetyCells', 'fig.compute.restCells', 'fig.compute.flopAxis',
    'fig.compute.whatIf', 'fig.compute.runGpt3', 'fig.compute.runLlama', 'fig.compute.row.gpt3-pretraining',
    'fig.compute.row.instructgpt-alignment', 'fig.compute.row.llama3-405b-pretraining', 'fig.compute.gpt4Scale',
    'fig.compute.summary', 'fig.compute.status.below', 'fig.compute.status.above', 'fig.compute.kind.measured', 'fig.compute.kind.modelled',
  ],
  compute: (state) => computeSplit(RUNS, state.share),

  panels(model: ComputeSplit, state, text, frame?: Frame) {
    const f = frameOf(frame, text.slide);
    const line = lineHeight(f);
    const cells = Array.from({ length: CELLS }, (_, i) => ({ i, x: i % COLUMNS, y: Math.floor(i / COLUMNS), fill: Math.min(1, Math.max(0, state.share - i)) }));
    const rows = model.rows.map((row, idx) => ({ ...row, idx, name: label(row, text, model.share) }));
    const log = state.logScale === 1;
    const flops = rows.map((row) => row.flop);
    const xDomain: [number, number] = log ? [1e20, 1e26] : [0, Math.max(...flops, GPT4_SCALE) * 1.05];
    const valueText = (d: ComputeRow) => scientific(d.flop, 1);

    // The waffle: a square of 100 cells as wide as the panel allows (at most 300 px), its two labels under it.
    const safetyLabel = text.t('fig.compute.safetyCells', { share: text.num(state.share, 1) });
    const restLabel = wrapTo(text.t('fig.compute.restCells', { rest: text.num(100 - state.share, 1) }), f.width - 4, f);
    const restLines = restLabel.split('\n').length;
    const labelRoom = line * (2 + restLines) + 8;
    const side = Math.min(f.width, 300, f.height !== undefined ? f.height - labelRoom : Infinity);
    const waffleWidth = Math.min(f.width, Math.max(side, widest([safetyLabel], f, 7 / 6), ...restLabel.split('\n').map((l) => textWidth(l, f))) + 4);

    // The lollipops: each row's name above its line (wrapped to the panel), its value at the line's end, in a reserved right margin.
    const marginRight = widest(rows.map(valueText), f, 7 / 6) + 14;
    // Names are semibold: about a tenth wider than the estimate for regular text.
    const nameEm = Math.max(10, (f.width - Math.ceil(textWidth('10²⁰', f) / 2) - 10) / (f.font * 1.1));
    const names = rows.map((row) => wrap(row.name, nameEm, 2).join('\n'));
    const nameLines = Math.max(...names.map((n) => n.split('\n').length));
    const rowHeight = line * (nameLines + 1.6);
    const marginTop = line * 2 + 6;
    const marginBottom = line * 2 + 10;
    const lolliHeight = f.height ?? Math.round(marginTop + marginBottom + rowHeight * rows.length);
    const inner = f.width - Math.ceil(textWidth('10²⁰', f) / 2) - 4 - marginRight;
    const px = (v: number) => (log ? (Math.log10(v / xDomain[0]) / Math.log10(xDomain[1] / xDomain[0])) * inner : (v / xDomain[1]) * inner);
    const gpt4Label = text.t('fig.compute.gpt4Scale');
    const gpt4LeftOk = px(GPT4_SCALE) > textWidth(gpt4Label, f) + 4;
    return [
      {
        label: 'fig.compute.waffleLabel',
        options: {
          width: waffleWidth,
          height: side + labelRoom,
          marginTop: 0,
          marginBottom: labelRoom,
          marginLeft: 0,
          marginRight: waffleWidth - side,
          x: { axis: null, domain: [0, COLUMNS] },
          y: { axis: null, domain: [COLUMNS, 0] },
          marks: [
            Plot.rect(cells, { x1: (d) => d.x + 0.06, x2: (d) => d.x + 0.94, y1: (d) => d.y + 0.06, y2: (d) => d.y + 0.94, className: 'm-cell' }),
            Plot.rect(cells.filter((d) => d.fill > 0), { x1: (d) => d.x + 0.06, x2: (d) => d.x + 0.06 + 0.88 * d.fill, y1: (d) => d.y + 0.06, y2: (d) => d.y + 0.94, className: cls('m-cell-safety', 'safety') }),
            Plot.text([safetyLabel], { frameAnchor: 'bottom-left', dy: line * 1.4, className: cls('m-value m-value-safety', 'safety') }),
            Plot.text([restLabel], { frameAnchor: 'bottom-left', lineAnchor: 'top', dy: line * 2.1, lineHeight: 1.25, className: 'm-note' }),
          ],
        },
      },
      {
        label: 'fig.compute.flopLabel',
        options: {
          width: f.width,
          height: lolliHeight,
          marginLeft: Math.ceil(textWidth('10²⁰', f) / 2) + 4,
          marginRight,
          marginTop,
          marginBottom,
          x: log
            ? { type: 'log', domain: xDomain, label: text.t('fig.compute.flopAxis'), labelAnchor: 'right', tickFormat: (d: number) => scientific(d, 0).replace(/^1 × /, ''), ticks: f.width < 420 ? 4 : 7, ...axisStyle(f) }
            : { type: 'linear', domain: xDomain, label: text.t('fig.compute.flopAxis'), labelAnchor: 'right', tickFormat: (d: number) => (d === 0 ? '0' : scientific(d, 0)), ticks: f.width < 420 ? 2 : 4, ...axisStyle(f) },
          y: { axis: null, domain: [rows.length - 0.5, -0.5] },
          marks: [
            Plot.ruleX([GPT4_SCALE], { className: cls('m-diagonal', 'ref') }),
            Plot.text([GPT4_SCALE], { x: (d: number) => d, frameAnchor: 'top', dy: -line * 1.6, dx: gpt4LeftOk ? -4 : 4, textAnchor: gpt4LeftOk ? 'end' : 'start', text: () => gpt4Label, className: cls('m-note', 'ref') }),
            Plot.ruleY(rows, { y: 'idx', x1: xDomain[0], x2: (d: ComputeRow) => Math.max(d.flop, xDomain[0]), dy: rowHeight / 2 - line * 0.6, className: 'm-lollipop' }),
            Plot.dot(rows.filter((row) => row.kind === 'measured'), { y: 'idx', x: 'flop', r: 5, dy: rowHeight / 2 - line * 0.6, className: cls('m-measured', 'data'), ...readout((d: { idx: number }) => d.idx) }),
            Plot.dot(rows.filter((row) => row.kind === 'modelled'), { y: 'idx', x: (d: ComputeRow) => Math.max(d.flop, xDomain[0]), r: 5, dy: rowHeight / 2 - line * 0.6, className: cls('m-modelled', 'safety'), ...readout((d: { idx: number }) => d.idx) }),
            Plot.text(rows, { y: 'idx', x: xDomain[0], text: (_d: ComputeRow, i: number) => names[i], textAnchor: 'start', lineAnchor: 'bottom', dy: rowHeight / 2 - line * 1.3, className: 'm-label' }),
            Plot.text(rows, { y: 'idx', x: (d: ComputeRow) => Math.max(d.flop, xDomain[0]), text: valueText, textAnchor: 'start', dx: 9, dy: rowHeight / 2 - line * 0.6, className: 'm-value' }),
          ],
        },
      },
    ];
  },

  table: (model, text) => ({
    columns: [
      { label: 'fig.compute.colRow', format: 'text' },
      { label: 'fig.compute.colKind', format: 'text' },
      { label: 'fig.compute.colFlop', format: 'sci', decimals: 2 },
      { label: 'fig.compute.colSource', format: 'text' },
    ],
    rows: model.rows.map((row) => [label(row, text, model.share), text.t(`fig.compute.kind.${row.kind}`), row.flop, row.source]),
  }),

  status(model, state, text) {
    const measured = text.num(model.measuredShare * 100, 1);
    return model.share < model.measuredShare
      ? { tone: 'warn', message: text.t('fig.compute.status.below', { share: text.num(state.share, 1), measured }) }
      : { tone: 'ok', message: text.t('fig.compute.status.above', { share: text.num(state.share, 1), measured }) };
  },

  summary(model, state, text) {
    const flopOf = (id: string) => scientific(model.rows.find((row) => row.id === id)?.flop ?? NaN, 1);
    return text.t('fig.compute.summary', {
      share: text.num(state.share, 1),
      gpt3: flopOf('gpt3-pretraining-share'),
      llama: flopOf('llama3-405b-pretraining-share'),
      measured: flopOf('instructgpt-alignment'),
      measuredShare: text.num(model.measuredShare * 100, 1),
    });
  },
});
