import * as Plot from '@observablehq/plot';
import data from '../../content/data/trustworthy-matrix.json';
import type { DictKey } from '../i18n';
import { wrapText } from '../lib/exportFigure';
import { emWidth } from '../lib/wrap';
import { defineFigure, type FigureText } from './types';

/**
 * The position paper's framework as a matrix: the Causal Ladder's three layers
 * against its five levels of trustworthy AGI, each layer shaded by where Zhou
 * places the field. Choosing a cell shows what is sourced about its layer and
 * its level. Data, not a model: content/data/trustworthy-matrix.json.
 */

type Layer = (typeof data.layers)[number];

export interface MatrixCell {
  layer: number;
  level: number;
  layerId: string;
  levelId: string;
  stance: string;
  selected: boolean;
}

export interface Matrix {
  cells: MatrixCell[];
  layer: Layer;
  levelId: string;
}

const schema = {
  layer: { min: 1, max: 3, step: 1, default: 1 },
  level: { min: 1, max: 5, step: 1, default: 1 },
};

const LINE = 16;
const WIDTH = 720;
/** On a slide the text panel is drawn narrower, so the projector scales its type up to match the slide's. */
const SLIDE_DETAIL_WIDTH = 440;

export function trustworthyMatrix(state: { layer: number; level: number }): Matrix {
  const cells = data.layers.flatMap((layer, i) =>
    data.levels.map((levelId, j) => ({ layer: i + 1, level: j + 1, layerId: layer.id, levelId, stance: layer.stance, selected: i + 1 === state.layer && j + 1 === state.level })),
  );
  return { cells, layer: data.layers[state.layer - 1]!, levelId: data.levels[state.level - 1]! };
}

const layerName = (id: string, text: FigureText) => text.t(`fig.matrix.layer.${id}` as DictKey);
const levelName = (id: string, text: FigureText) => text.t(`fig.matrix.level.${id}` as DictKey);
const cited = (keys: string[], text: FigureText) => `[${keys.map((key) => text.cite(key)).join('; ')}]`;

/** The detail panel's paragraphs: heading, stance, techniques, open problems, each with its sources. */
function details(model: Matrix, state: { level: number }, text: FigureText): { text: string; className: string }[] {
  const { layer, levelId } = model;
  const paragraphs = [
    { text: `${layerName(layer.id, text)} × ${levelName(levelId, text)}`, className: 'm-value' },
    { text: text.t('fig.matrix.levelNote', { n: state.level }), className: 'm-note' },
    { text: `${text.t('fig.matrix.stanceHead')} ${text.t(`fig.matrix.stance.${layer.stance}` as DictKey)} ${cited(layer.stanceKeys, text)}`, className: 'm-label' },
    { text: `${text.t('fig.matrix.techniquesHead')} ${text.t(`fig.matrix.techniques.${layer.id}` as DictKey)} ${cited(layer.techniqueKeys, text)}`, className: 'm-label' },
    { text: `${text.t('fig.matrix.problemsHead')} ${text.t(`fig.matrix.problems.${layer.id}` as DictKey)} ${cited(layer.problemKeys, text)}`, className: 'm-label' },
    { text: text.t('fig.matrix.cellNote'), className: 'm-note' },
  ];
  // Chinese runs on after full-width punctuation, without the space the English template puts there.
  return paragraphs.map((p) => ({ ...p, text: p.text.replace(/([。：])\s+/g, '$1') }));
}

export const matrixFigure = defineFigure({
  id: 'matrix',
  title: 'fig.matrix.title',
  caption: 'fig.matrix.caption',
  method: 'fig.matrix.method',
  modelled: false,
  equations: [],
  assumptions: 'fig.matrix.assumptions',
  schema,
  controls: [
    { key: 'layer', label: 'fig.matrix.layerControl' },
    { key: 'level', label: 'fig.matrix.levelControl' },
  ],
  presets: [
    { label: 'fig.matrix.presetToday', state: { layer: 1, level: 1 } },
    { label: 'fig.matrix.presetNext', state: { layer: 2, level: 2 } },
    { label: 'fig.matrix.presetTop', state: { layer: 3, level: 5 } },
  ],
  strings: [
    'fig.matrix.gridLabel', 'fig.matrix.detailLabel', 'fig.matrix.levelsAxis', 'fig.matrix.levelNote', 'fig.matrix.stanceHead', 'fig.matrix.techniquesHead',
    'fig.matrix.problemsHead', 'fig.matrix.cellNote', 'fig.matrix.status', 'fig.matrix.summary',
    'fig.matrix.layer.alignment', 'fig.matrix.layer.intervenable', 'fig.matrix.layer.reflectable',
    'fig.matrix.level.perception', 'fig.matrix.level.reasoning', 'fig.matrix.level.decision', 'fig.matrix.level.autonomy', 'fig.matrix.level.collaboration',
    'fig.matrix.stance.mostly', 'fig.matrix.stance.some', 'fig.matrix.stance.ahead',
    'fig.matrix.stanceShort.mostly', 'fig.matrix.stanceShort.some', 'fig.matrix.stanceShort.ahead',
    'fig.matrix.techniques.alignment', 'fig.matrix.techniques.intervenable', 'fig.matrix.techniques.reflectable',
    'fig.matrix.problems.alignment', 'fig.matrix.problems.intervenable', 'fig.matrix.problems.reflectable',
  ],
  layout: 'stack',
  citations: [...new Set(data.layers.flatMap((layer) => [...layer.stanceKeys, ...layer.techniqueKeys, ...layer.problemKeys]))],
  compute: (state) => trustworthyMatrix(state),

  panels(model, state, text) {
    const levels = data.levels.map((id) => levelName(id, text));
    const layers = data.layers.map((layer) => layerName(layer.id, text));
    const stanceLabels = data.layers.map((layer, i) => ({ y: layers[i]!, label: text.t(`fig.matrix.stanceShort.${layer.stance}` as DictKey) }));
    // Paragraphs wrapped here (Plot wraps only at spaces, and Chinese has none), one text mark per line.
    const detailWidth = text.slide ? SLIDE_DETAIL_WIDTH : WIDTH;
    let y = 0;
    const lines = details(model, state, text).flatMap((paragraph) => {
      const wrapped = wrapText(paragraph.text, detailWidth - 20, 12).map((line) => ({ line, y: (y += LINE), className: paragraph.className }));
      y += 7;
      return wrapped;
    });
    const detailHeight = y + 16;
    const byClass = (className: string) => lines.filter((l) => l.className === className);
    // On a slide the grid is drawn as narrow as its labels allow (names broken onto lines, each layer's
    // stance under its name rather than in a column of its own), so the projector scales it up.
    const rowLines = layers.map((name, i) => [...name.split(' '), stanceLabels[i]!.label]);
    const colLines = levels.map((name) => name.replace(/-/g, '-\n').split('\n'));
    const widest = (lines: string[][]) => Math.max(...lines.flat().map(emWidth)) * 12;
    const slideLeft = Math.ceil(widest(rowLines)) + 14;
    const slideColumn = Math.max(64, Math.ceil(widest(colLines)) + 14);
    const grid = text.slide
      ? { width: slideLeft + levels.length * slideColumn + 6, height: 290, marginLeft: slideLeft, marginRight: 6, marginTop: 64 }
      : { width: WIDTH, height: 250, marginLeft: 150, marginRight: 100, marginTop: 54 };
    const lineBroken = (names: string[], broken: string[][]) => (name: string) => broken[names.indexOf(name)]?.join('\n') ?? name;
    return [
      {
        label: 'fig.matrix.gridLabel',
        options: {
          ...grid,
          marginBottom: 12,
          x: { domain: levels, axis: text.slide ? null : 'top', label: text.t('fig.matrix.levelsAxis'), labelAnchor: 'left', tickSize: 0, padding: 0.06 },
          y: { domain: layers, axis: text.slide ? null : 'left', label: null, tickSize: 0, padding: 0.08 },
          marks: [
            // Line-broken labels need room between their lines, which only axis marks can be given.
            ...(text.slide
              ? [
                  Plot.axisX({ anchor: 'top', label: text.t('fig.matrix.levelsAxis'), labelAnchor: 'left', tickSize: 0, tickFormat: lineBroken(levels, colLines), lineHeight: 1.2 }),
                  Plot.axisY({ label: null, tickSize: 0, tickFormat: lineBroken(layers, rowLines), lineHeight: 1.25 }),
                ]
              : []),
            ...(['mostly', 'some', 'ahead'] as const).map((stance) =>
              Plot.cell(model.cells.filter((c) => c.stance === stance), { x: (c: MatrixCell) => levels[c.level - 1], y: (c: MatrixCell) => layers[c.layer - 1], className: `m-stance-${stance}` }),
            ),
            Plot.cell(model.cells.filter((c) => c.selected), { x: (c: MatrixCell) => levels[c.level - 1], y: (c: MatrixCell) => layers[c.layer - 1], className: 'm-selected' }),
            ...(text.slide ? [] : [Plot.text(stanceLabels, { x: () => levels[levels.length - 1], y: 'y', text: 'label', textAnchor: 'start', dx: 52, className: 'm-note' })]),
          ],
        },
      },
      {
        label: 'fig.matrix.detailLabel',
        options: {
          width: detailWidth,
          height: detailHeight,
          margin: 0,
          x: { domain: [0, detailWidth], axis: null },
          y: { domain: [0, detailHeight], axis: null },
          marks: ['m-value', 'm-label', 'm-note'].map((className) =>
            Plot.text(byClass(className), { x: 10, y: (l: { y: number }) => detailHeight - l.y, text: 'line', textAnchor: 'start', lineAnchor: 'bottom', fontSize: 12, className }),
          ),
        },
      },
    ];
  },

  table: (model, text) => ({
    columns: [
      { label: 'fig.matrix.colLayer', format: 'text' },
      { label: 'fig.matrix.colLevel', format: 'text' },
      { label: 'fig.matrix.colStance', format: 'text' },
    ],
    rows: model.cells.map((cell) => [layerName(cell.layerId, text), levelName(cell.levelId, text), text.t(`fig.matrix.stanceShort.${cell.stance}` as DictKey)]),
  }),

  status: (model, _state, text) => ({
    tone: model.layer.stance === 'ahead' ? 'warn' : 'ok',
    message: text.t('fig.matrix.status', { layer: layerName(model.layer.id, text), level: levelName(model.levelId, text), stance: text.t(`fig.matrix.stance.${model.layer.stance}` as DictKey) }),
  }),

  summary: (model, state, text) =>
    text.t('fig.matrix.summary', {
      // Chinese sentences end in full-width punctuation and need no space between them.
      detail: details(model, state, text)
        .map((p) => p.text)
        .join(' ')
        .replace(/([。：])\s+/g, '$1'),
    }),
});
