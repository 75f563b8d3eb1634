import * as Plot from '@observablehq/plot';
import runs from '../../content/data/training-runs.json';
import { scientific } from '../lib/figureText';
import { computeSplit, type ComputeRow, type ComputeSplit, type TrainingRun } from '../models/computeShare';
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

  panels(model: ComputeSplit, state, text) {
    const cells = Array.from({ length: CELLS }, (_, i) => ({ i, x: i % COLUMNS, y: Math.floor(i / COLUMNS), fill: Math.min(1, Math.max(0, state.share - i)) }));
    const rows = model.rows.map((row) => ({ ...row, name: label(row, text, model.share) }));
    const log = state.logScale === 1;
    const flops = rows.map((row) => row.flop);
    const xDomain: [number, number] = log ? [1e20, 1e26] : [0, Math.max(...flops, GPT4_SCALE) * 1.05];
    return [
      {
        label: 'fig.compute.waffleLabel',
        options: {
          width: 360,
          height: 400,
          marginTop: 8,
          marginBottom: 56,
          marginLeft: 8,
          marginRight: 8,
          x: { axis: null, domain: [0, COLUMNS] },
          y: { axis: null, domain: [COLUMNS, 0] },
          marks: [
            Plot.rect(cells, { x1: (d) => d.x + 0.06, x2: (d) => d.x + 0.94, y1: (d) => d.y + 0.06, y2: (d) => d.y + 0.94, className: 'm-cell' }),
            Plot.rect(cells.filter((d) => d.fill > 0), { x1: (d) => d.x + 0.06, x2: (d) => d.x + 0.06 + 0.88 * d.fill, y1: (d) => d.y + 0.06, y2: (d) => d.y + 0.94, className: 'm-cell-safety' }),
            Plot.text([text.t('fig.compute.safetyCells', { share: text.num(state.share, 1) })], { frameAnchor: 'bottom-left', dy: 22, className: 'm-value-safety' }),
            Plot.text([text.t('fig.compute.restCells', { rest: text.num(100 - state.share, 1) })], { frameAnchor: 'bottom-left', dy: 42, className: 'm-note' }),
          ],
        },
      },
      {
        label: 'fig.compute.flopLabel',
        options: {
          width: 360,
          height: 400,
          marginLeft: 14,
          marginRight: 64,
          marginTop: 30,
          marginBottom: 44,
          x: log
            ? { type: 'log', domain: xDomain, label: text.t('fig.compute.flopAxis'), tickFormat: (d: number) => scientific(d, 0).replace(/^1 × /, ''), ticks: 7 }
            : { type: 'linear', domain: xDomain, label: text.t('fig.compute.flopAxis'), tickFormat: (d: number) => (d === 0 ? '0' : scientific(d, 0)), ticks: 4 },
          y: { axis: null, domain: rows.map((row) => row.id), padding: 0.5 },
          marks: [
            Plot.ruleX([GPT4_SCALE], { className: 'm-diagonal' }),
            Plot.text([GPT4_SCALE], { x: (d: number) => d, frameAnchor: 'top', dy: -22, dx: -4, textAnchor: 'end', text: () => text.t('fig.compute.gpt4Scale'), className: 'm-note' }),
            Plot.ruleY(rows, { y: 'id', x1: xDomain[0], x2: (d: ComputeRow) => Math.max(d.flop, xDomain[0]), className: 'm-lollipop' }),
            Plot.dot(rows.filter((row) => row.kind === 'measured'), { y: 'id', x: 'flop', r: 5, className: 'm-measured' }),
            Plot.dot(rows.filter((row) => row.kind === 'modelled'), { y: 'id', x: (d: ComputeRow) => Math.max(d.flop, xDomain[0]), r: 5, className: 'm-modelled' }),
            Plot.text(rows, { y: 'id', x: xDomain[0], text: 'name', textAnchor: 'start', dy: -15, className: 'm-label' }),
            Plot.text(rows, { y: 'id', x: (d: ComputeRow) => Math.max(d.flop, xDomain[0]), text: (d: ComputeRow) => scientific(d.flop, 1), textAnchor: 'start', dx: 9, dy: 0, className: 'm-value' }),
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
