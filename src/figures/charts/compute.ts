import * as Plot from '@observablehq/plot';
import runs from '../../../content/data/training-runs.json';
import { scientific } from '../figureText';
import { computeSplit, type ComputeRow, type ComputeSplit, type TrainingRun } from '../models/computeShare';
import { wrap } from '../../utils/wrap';
import { axisStyle, cls, frameOf, lineHeight, readout, textWidth, widest, wrapTo, type Frame } from './style';
import { defineFigure, type FigureText } from './types';

const RUNS = runs as TrainingRun[];

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
  headline: 'fig.compute.headline',
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
  ],
  strings: [
    'fig.compute.flopLabel', 'fig.compute.flopAxis', 'fig.compute.compareMore', 'fig.compute.compareLess',
    'fig.compute.whatIf', 'fig.compute.runGpt3', 'fig.compute.runLlama', 'fig.compute.row.gpt3-pretraining',
    'fig.compute.row.instructgpt-alignment', 'fig.compute.row.llama3-405b-pretraining',
    'fig.compute.summary', 'fig.compute.status.below', 'fig.compute.status.above', 'fig.compute.kind.measured', 'fig.compute.kind.modelled',
  ],
  citations: [...new Set(RUNS.map((run) => run.source))],
  compute: (state) => computeSplit(RUNS, state.share),

  panels(model: ComputeSplit, state, text, frame?: Frame) {
    const f = frameOf(frame, text.slide);
    const line = lineHeight(f);
    // The comparison that carries the headline comes first, on one axis: all of GPT-3's pretraining (2020,
    // measured) against the chosen share of one 2024 frontier run (a what-if); the other rows follow, quieter.
    const byId = (id: string) => model.rows.find((row) => row.id === id)!;
    const decisive = ['gpt3-pretraining', 'llama3-405b-pretraining-share'];
    const order = [...decisive, 'llama3-405b-pretraining', 'instructgpt-alignment', 'gpt3-pretraining-share'];
    const rows = order.map((id, idx) => {
      const row = byId(id);
      return { ...row, idx, name: label(row, text, model.share), key: decisive.includes(id) };
    });
    const log = state.logScale === 1;
    const flops = rows.map((row) => row.flop);
    const xDomain: [number, number] = log ? [1e20, 1e26] : [0, Math.max(...flops) * 1.05];
    const valueText = (d: ComputeRow) => scientific(d.flop, 1);
    const ratio = byId('llama3-405b-pretraining-share').flop / byId('gpt3-pretraining').flop;
    const compare = text.t(ratio >= 1 ? 'fig.compute.compareMore' : 'fig.compute.compareLess', { share: text.num(state.share, 1), ratio: text.num(ratio, ratio >= 10 ? 0 : 1) });

    // Each row's name above its line (wrapped to the panel), its value at the line's end, in a reserved right margin.
    const marginRight = widest(rows.map(valueText), f, 7 / 6) + 14;
    // Names are semibold: about a tenth wider than the estimate for regular text.
    const nameEm = Math.max(10, (f.width - Math.ceil(textWidth('10²⁰', f) / 2) - 10) / (f.font * 1.1));
    const names = rows.map((row) => wrap(row.name, nameEm, Infinity).join('\n'));
    const nameLines = Math.max(...names.map((n) => n.split('\n').length));
    // Rows breathe on a wide panel, where the box has the room.
    const rowHeight = line * (nameLines + (f.width >= 560 && !text.slide ? 3.6 : 1.6));
    // The comparison's note sits between the pair and the rest: a gap of its own lines.
    const compareText = wrapTo(compare, f.width - 8, f);
    const compareLines = compareText.split('\n').length;
    const gap = line * (compareLines + 0.8);
    const marginTop = line + 6;
    const marginBottom = line * 2 + 10;
    const height = f.height ?? Math.round(marginTop + marginBottom + rowHeight * rows.length + gap);
    // Rows after the pair move down by the gap: as a fraction of a row in y's units.
    const yOf = (idx: number) => idx + (idx >= decisive.length ? gap / rowHeight : 0);
    const plotRows = rows.map((row) => ({ ...row, y: yOf(row.idx) }));
    type Row = (typeof plotRows)[number];
    const lastY = yOf(rows.length - 1);
    const dy = rowHeight / 2 - line * 0.6;
    const atX = (d: ComputeRow) => Math.max(d.flop, xDomain[0]);
    return [
      {
        label: 'fig.compute.flopLabel',
        options: {
          width: f.width,
          height,
          marginLeft: Math.ceil(textWidth('10²⁰', f) / 2) + 4,
          marginRight,
          marginTop,
          marginBottom,
          x: log
            ? { type: 'log', domain: xDomain, label: text.t('fig.compute.flopAxis'), labelAnchor: 'right', tickFormat: (d: number) => scientific(d, 0).replace(/^1 × /, ''), ticks: f.width < 420 ? 4 : 7, ...axisStyle(f) }
            : { type: 'linear', domain: xDomain, label: text.t('fig.compute.flopAxis'), labelAnchor: 'right', tickFormat: (d: number) => (d === 0 ? '0' : scientific(d, 0)), ticks: f.width < 420 ? 2 : 4, ...axisStyle(f) },
          y: { axis: null, domain: [lastY + 0.5, -0.5] },
          marks: [
            // Plot's className names a mark, not a datum: one mark per class.
            ...(['measured', 'modelled'] as const).map((kind) =>
              Plot.ruleY(plotRows.filter((row) => row.key && row.kind === kind), { y: 'y', x1: xDomain[0], x2: atX, dy, className: cls('m-bar-line m-bar-key', kind === 'measured' ? 'data' : 'safety') }),
            ),
            Plot.ruleY(plotRows.filter((row) => !row.key), { y: 'y', x1: xDomain[0], x2: atX, dy, className: 'm-lollipop' }),
            // Dots of a fixed size (a constant radius, not a channel Plot would scale): larger for the pair.
            ...[true, false].flatMap((key) => [
              Plot.dot(plotRows.filter((row) => row.kind === 'measured' && row.key === key), { y: 'y', x: 'flop', r: key ? 7 : 4.5, dy, className: cls('m-measured', 'data'), ...readout((d: Row) => model.rows.indexOf(byId(d.id))) }),
              Plot.dot(plotRows.filter((row) => row.kind === 'modelled' && row.key === key), { y: 'y', x: atX, r: key ? 7 : 4.5, dy, className: cls('m-modelled', 'safety'), ...readout((d: Row) => model.rows.indexOf(byId(d.id))) }),
            ]),
            ...[true, false].flatMap((key) => [
              Plot.text(plotRows.filter((row) => row.key === key), { y: 'y', x: xDomain[0], text: (d: Row) => names[d.idx], textAnchor: 'start', lineAnchor: 'bottom', dy: rowHeight / 2 - line * 1.3, className: key ? 'm-label' : 'm-note' }),
              Plot.text(plotRows.filter((row) => row.key === key), { y: 'y', x: atX, text: valueText, textAnchor: 'start', dx: 10, dy, className: key ? 'm-value' : 'm-note' }),
            ]),
            // The comparison, said on the chart under the pair it compares.
            Plot.text([compareText], { y: decisive.length - 0.5, x: xDomain[0], textAnchor: 'start', lineAnchor: 'top', lineHeight: 1.25, dy: dy - line * 0.2, className: cls('m-label m-compare', 'safety') }),
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
      { label: 'fig.compute.colSource', format: 'text', link: 'ref' },
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
