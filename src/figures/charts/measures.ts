import * as Plot from '@observablehq/plot';
import data from '../../../content/data/share-measures.json';
import type { DictKey } from '../../i18n';
import { wrap } from '../../utils/wrap';
import { axisStyle, cls, frameOf, lineHeight, readout, textWidth, TYPE, type Frame } from './style';
import { defineFigure, type FigureText } from './types';

/**
 * Three ways to measure safety's share, on one linear axis beside Zhou's
 * "under 1%" and OpenAI's pledged 20% (fact M4), so that all three crowd the
 * left edge: InstructGPT's alignment compute (fact M1), DeepSeek-V3's
 * post-training GPU-hours (M7) and safety's share of AI research (M2). Data, not a model:
 * content/data/share-measures.json; where a source gives both amounts, the
 * share is computed from them.
 */

export interface Measure {
  id: string;
  fact: string;
  /** Percent. */
  share: number;
  /** Decimals to print: as precise as the source is. */
  decimals: number;
  sources: string[];
  picked: boolean;
}

const schema = {
  measure: { min: 1, max: 3, step: 1, default: 1 },
};

/** Zhou's headline estimate, drawn as the reference: "less than 1%". */
const ZHOU = 1;
/** OpenAI's pledge of 20% of its secured compute to superalignment (July 2023; fact M4): what was promised, drawn as a reference. */
const PLEDGE = 20;
const PLEDGE_KEY = 'openai2023superalignment';
/** Linear from zero, a little past the pledge: the three measures crowd the left edge, as small as they are. */
const DOMAIN: [number, number] = [0, 22];

export function shareMeasures(state: { measure: number }): Measure[] {
  return data.measures.map((entry, i) => {
    const m = entry as { id: string; fact: string; part?: number; whole?: number; share?: number; decimals: number; sources: string[] };
    return {
    id: m.id,
    fact: m.fact,
    share: m.part !== undefined && m.whole !== undefined ? (100 * m.part) / m.whole : (m.share ?? Number.NaN),
    decimals: m.decimals,
    sources: m.sources,
    picked: i + 1 === state.measure,
    };
  });
}

const name = (m: Measure, text: FigureText) => text.t(`fig.measures.name.${m.id}` as DictKey);
const value = (m: Measure, text: FigureText) => text.num(m.share, m.decimals);

export const measuresFigure = defineFigure({
  id: 'measures',
  title: 'fig.measures.title',
  headline: 'fig.measures.headline',
  caption: 'fig.measures.caption',
  method: 'fig.measures.method',
  modelled: false,
  equations: [],
  assumptions: 'fig.measures.assumptions',
  schema,
  controls: [{ key: 'measure', label: 'fig.measures.pick' }],
  presets: data.measures.map((m, i) => ({ label: `fig.measures.preset.${m.id}` as DictKey, state: { measure: i + 1 } })),
  strings: [
    'fig.measures.plotLabel', 'fig.measures.axis', 'fig.measures.zhou', 'fig.measures.pledge', 'fig.measures.band', 'fig.measures.summary',
    ...data.measures.flatMap((m) => [`fig.measures.name.${m.id}`, `fig.measures.caveat.${m.id}`] as DictKey[]),
  ],
  citations: [...new Set([...data.measures.flatMap((m) => m.sources), PLEDGE_KEY])],
  compute: (state) => shareMeasures(state),

  headlineVars: (model, text) => ({ max: text.num(Math.max(...model.map((m) => m.share)), 0) }),
  panels(model: Measure[], _state, text, frame?: Frame) {
    const f = frameOf(frame, text.slide);
    const line = lineHeight(f);
    // Each measure's name on its own line(s) above its dot; its value right of the dot, in a reserved margin.
    const marginLeft = Math.ceil(textWidth('0%', f) / 2) + 4;
    const marginRight = Math.max(...model.map((m) => textWidth(`${value(m, text)}%`, f, TYPE.value))) + 14;
    const names = model.map((m) => wrap(name(m, text), Math.max(10, (f.width - marginLeft - 6) / (f.font * 1.1)), Infinity).join('\n'));
    const nameLines = Math.max(...names.map((n) => n.split('\n').length));
    const rowHeight = line * (nameLines + (f.width >= 560 && !text.slide ? 3.5 : 1.7));
    // Two reference notes above the rows: Zhou's 1% on the first line, the pledge on the second.
    const marginTop = line * 3 + 4;
    const marginBottom = line * 2 + 10;
    const rows = model.map((m, idx) => ({ ...m, idx, label: names[idx]!, valueText: `${value(m, text)}%` }));
    type Row = (typeof rows)[number];
    const dotDy = rowHeight / 2 - line * 0.6;
    const pick = (m: Row) => `?measure=${m.idx + 1}`;
    const most = Math.max(...rows.map((m) => m.share));
    const pledgeText = text.t('fig.measures.pledge', { pledge: text.num(PLEDGE, 0), who: text.cite(PLEDGE_KEY) });
    const xAt = (share: number) => marginLeft + ((share - DOMAIN[0]) / (DOMAIN[1] - DOMAIN[0])) * (f.width - marginLeft - marginRight);
    const bandFits = xAt(most) + 4 + textWidth(text.t('fig.measures.band'), f) + 8 < xAt(PLEDGE) - 4 - textWidth(pledgeText, f, TYPE.label);
    return [
      {
        label: 'fig.measures.plotLabel',
        options: {
          width: f.width,
          height: f.height ?? Math.round(marginTop + marginBottom + rowHeight * rows.length),
          marginLeft,
          marginRight,
          marginTop,
          marginBottom,
          x: { type: 'linear', domain: DOMAIN, label: text.t('fig.measures.axis'), labelAnchor: 'right', ticks: [0, 5, 10, 15, 20], tickFormat: (d: number) => `${text.num(d, 0)}%`, ...axisStyle(f) },
          y: { axis: null, domain: [rows.length - 0.5, -0.5] },
          marks: [
            // Where all three measures sit: from zero to the largest of them.
            Plot.rectX([{ x1: 0, x2: most }], { x1: 'x1', x2: 'x2', className: 'm-crowd' }),
            // What the band is, on the pledge's line, at the band's right edge, where it clears the pledge's words.
            Plot.text(bandFits ? [most] : [], { x: (d: number) => d, frameAnchor: 'top', dy: -line * 1.2, dx: 4, textAnchor: 'start', text: () => text.t('fig.measures.band'), className: cls('m-note', 'data') }),
            Plot.ruleX([ZHOU], { className: cls('m-diagonal', 'ref') }),
            Plot.text([ZHOU], { x: (d: number) => d, frameAnchor: 'top', dy: -line * 2.4, dx: 4, textAnchor: 'start', text: () => text.t('fig.measures.zhou'), className: cls('m-note', 'ref') }),
            Plot.ruleX([PLEDGE], { className: cls('m-diagonal', 'ref') }),
            Plot.text([PLEDGE], { x: (d: number) => d, frameAnchor: 'top', dy: -line * 1.2, dx: -4, textAnchor: 'end', text: () => pledgeText, className: cls('m-label', 'ref') }),
            Plot.ruleY(rows, { y: 'idx', x1: DOMAIN[0], x2: DOMAIN[1], dy: dotDy, href: pick, className: 'm-lollipop' }),
            // A constant radius (a function would be a channel, which Plot scales down): the picked measure larger.
            Plot.dot(rows.filter((m) => !m.picked), { y: 'idx', x: 'share', r: 5.5, dy: dotDy, href: pick, className: cls('m-measured', 'data'), ...readout((m: Row) => m.idx) }),
            Plot.dot(rows.filter((m) => m.picked), { y: 'idx', x: 'share', r: 7.5, dy: dotDy, href: pick, className: cls('m-measured', 'data'), ...readout((m: Row) => m.idx) }),
            Plot.text(rows.filter((m) => !m.picked), { y: 'idx', x: DOMAIN[0], text: 'label', textAnchor: 'start', lineAnchor: 'bottom', lineHeight: 1.25, dy: rowHeight / 2 - line * 1.3, href: pick, className: 'm-note m-body' }),
            Plot.text(rows.filter((m) => m.picked), { y: 'idx', x: DOMAIN[0], text: 'label', textAnchor: 'start', lineAnchor: 'bottom', lineHeight: 1.25, dy: rowHeight / 2 - line * 1.3, className: 'm-label' }),
            Plot.text(rows, { y: 'idx', x: 'share', text: 'valueText', textAnchor: 'start', dx: 10, dy: dotDy, className: cls('m-value', 'ink') }),
          ],
        },
      },
    ];
  },

  table: (model, text) => ({
    columns: [
      { label: 'fig.measures.colMeasure', format: 'text' },
      { label: 'fig.measures.colShare', format: 'fixed', decimals: 2 },
      { label: 'fig.measures.colFact', format: 'text', link: 'fact' },
    ],
    rows: model.map((m) => [name(m, text), m.share, m.fact]),
  }),

  status(model, _state, text) {
    const picked = model.find((m) => m.picked) ?? model[0]!;
    return { tone: 'ok', message: text.t(`fig.measures.caveat.${picked.id}` as DictKey, { value: value(picked, text) }) };
  },

  summary(model, _state, text) {
    return text.t('fig.measures.summary', Object.fromEntries(model.map((m) => [m.id, value(m, text)])));
  },
});
