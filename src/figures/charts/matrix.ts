import * as Plot from '@observablehq/plot';
import data from '../../../content/data/trustworthy-matrix.json';
import type { DictKey } from '../../i18n';
import { wrapText } from '../../utils/wrap';
import { cls, frameOf, lineHeight, textWidth, type Frame, type Role } from './style';
import { defineFigure, type FigureText } from './types';

/**
 * The position paper's framework, drawn as the ladder it is: three rungs that
 * climb upward, each with the techniques the sources place on it (fact P8)
 * and Zhou's placement of the field, and the five levels of trustworthy AGI
 * as a strip of cells on every rung (the secondary structure). The field's
 * placement is the one thing the data says per rung, so it is drawn once per
 * rung, as how full the rung's block is (filled, tinted, or an empty dashed
 * outline); the level cells are a neutral selector, all alike, since our
 * sources place the field on no level. Tapping a cell chooses it; the detail
 * panel shows what is sourced about its rung and level.
 * Data, not a model: content/data/trustworthy-matrix.json.
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

export function trustworthyMatrix(state: { layer: number; level: number }): Matrix {
  const cells = data.layers.flatMap((layer, i) =>
    data.levels.map((levelId, j) => ({ layer: i + 1, level: j + 1, layerId: layer.id, levelId, stance: layer.stance, selected: i + 1 === state.layer && j + 1 === state.level })),
  );
  return { cells, layer: data.layers[state.layer - 1]!, levelId: data.levels[state.level - 1]! };
}

const layerName = (id: string, text: FigureText) => text.t(`fig.matrix.layer.${id}` as DictKey);
const levelName = (id: string, text: FigureText) => text.t(`fig.matrix.level.${id}` as DictKey);
const cited = (keys: string[], text: FigureText) => `[${keys.map((key) => text.cite(key)).join('; ')}]`;

/** Chinese runs on after full-width punctuation, without the space the English template puts there. */
const tidy = (line: string) => line.replace(/([。：])\s+/g, '$1');

/** The detail panel's paragraphs: the cell, its level, then stance, techniques and open problems under their headings, each with its sources. */
function details(model: Matrix, state: { level: number }, text: FigureText): { head?: string; text: string; className: string }[] {
  const { layer, levelId } = model;
  return [
    { text: text.t('fig.matrix.cellTitle', { layer: layerName(layer.id, text), level: levelName(levelId, text), n: state.level }), className: 'm-value' },
    { head: text.t('fig.matrix.stanceHead'), text: `${text.t(`fig.matrix.stance.${layer.stance}` as DictKey)} ${cited(layer.stanceKeys, text)}`, className: 'm-body' },
    { head: text.t('fig.matrix.techniquesHead'), text: `${text.t(`fig.matrix.techniques.${layer.id}` as DictKey)} ${cited(layer.techniqueKeys, text)}`, className: 'm-body' },
    { head: text.t('fig.matrix.problemsHead'), text: `${text.t(`fig.matrix.problems.${layer.id}` as DictKey)} ${cited(layer.problemKeys, text)}`, className: 'm-body' },
    { text: text.t('fig.matrix.cellNote'), className: 'm-note' },
  ];
}

/** Each rung in the colour it has in every figure: rung 1 what correlation shows, rung 2 intervening, rung 3 imagining. */
const RUNG_ROLES: Role[] = ['warn', 'main', 'rung3'];

export const matrixFigure = defineFigure({
  id: 'matrix',
  title: 'fig.matrix.title',
  headline: 'fig.matrix.headline',
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
  primaryControls: 2,
  presets: [
    { label: 'fig.matrix.presetToday', state: { layer: 1, level: 1 } },
    { label: 'fig.matrix.presetNext', state: { layer: 2, level: 2 } },
    { label: 'fig.matrix.presetTop', state: { layer: 3, level: 5 } },
  ],
  strings: [
    'fig.matrix.gridLabel', 'fig.matrix.detailLabel', 'fig.matrix.levelsAxis', 'fig.matrix.cellTitle', 'fig.matrix.levelHint', 'fig.matrix.stanceHead', 'fig.matrix.techniquesHead',
    'fig.matrix.problemsHead', 'fig.matrix.cellNote', 'fig.matrix.status', 'fig.matrix.summary',
    'fig.matrix.layer.alignment', 'fig.matrix.layer.intervenable', 'fig.matrix.layer.reflectable',
    'fig.matrix.level.perception', 'fig.matrix.level.reasoning', 'fig.matrix.level.decision', 'fig.matrix.level.autonomy', 'fig.matrix.level.collaboration',
    'fig.matrix.stance.mostly', 'fig.matrix.stance.some', 'fig.matrix.stance.ahead',
    'fig.matrix.stanceShort.mostly', 'fig.matrix.stanceShort.some', 'fig.matrix.stanceShort.ahead',
    'fig.matrix.techniques.alignment', 'fig.matrix.techniques.intervenable', 'fig.matrix.techniques.reflectable',
    'fig.matrix.problems.alignment', 'fig.matrix.problems.intervenable', 'fig.matrix.problems.reflectable',
    'fig.matrix.rung', 'fig.matrix.p8.alignment', 'fig.matrix.p8.intervenable', 'fig.matrix.p8.reflectable', 'fig.matrix.levelKey', 'fig.matrix.climb',
  ],
  layout: 'stack',
  sourcesInTable: true,
  citations: [...new Set(data.layers.flatMap((layer) => [...layer.stanceKeys, ...layer.techniqueKeys, ...layer.problemKeys]))],
  compute: (state) => trustworthyMatrix(state),

  panels(model, state, text, frame?: Frame) {
    const f = frameOf(frame, text.slide);
    const line = lineHeight(f);
    const W = f.width;
    const pad = 6;
    // Wide: each rung's words on the left, its strip of five level cells on the right. Narrow: the strip under the words.
    // A level cell says its level's name where the five names fit (a number reads as a score), else its number and a key below.
    // The width estimate runs about a fifth wide for Latin text (the layout tests measure the real boxes); a name may break after a hyphen or at a space.
    const levelNames = data.levels.map((id) => levelName(id, text));
    const nameWidth = (name: string) => Math.ceil(textWidth(name, f) * (/^[\x20-\x7E]+$/.test(name) ? 0.8 : 1));
    const nameParts = (name: string, room: number): string[] => {
      if (nameWidth(name) <= room) return [name];
      const at = Math.max(name.lastIndexOf('-') + 1, name.lastIndexOf(' '));
      return at > 0 ? [name.slice(0, at).trim(), name.slice(at).trim()] : [name];
    };
    const nameCell = Math.max(...levelNames.map((name) => Math.max(...nameParts(name, 0).map(nameWidth)))) + 12;
    const numberCell = Math.max(36, Math.ceil(f.font * 3.2));
    // Side by side only where every rung's name fits left of its strip (at slide size it often does not).
    const nameRoom = Math.max(...data.layers.map((layer, i) => textWidth(`${text.t('fig.matrix.rung', { n: i + 1 })} · ${layerName(layer.id, text)}`, f, 7 / 6))) + 3 * pad + 24;
    const fits = (cellWidth: number) => W >= 5 * cellWidth + Math.max(280, nameRoom);
    const cell = fits(nameCell) ? nameCell : numberCell;
    const wide = fits(cell);
    const strip = wide ? 5 * cell : W - 2 * pad;
    const named = strip / 5 >= nameCell;
    const cellNames = levelNames.map((name) => nameParts(name, strip / 5 - 12));
    const textRoom = (wide ? W - strip - 3 * pad - 12 : W - 2 * pad - 12);
    const cellHeight = Math.max(28, Math.round(line * (named && cellNames.some((parts) => parts.length > 1) ? 2.3 : 1.9)));
    const wrapped = (value: string, room = textRoom) => wrapText(value, room, f.font);

    type Label = { x: number; y: number; text: string; className: string; anchor?: 'start' | 'end' | 'middle' };
    const labels: Label[] = [];
    const cells: (MatrixCell & { x1: number; x2: number; y1: number; y2: number })[] = [];
    const rungLines: { y: number; role: Role }[] = [];
    const blocks: { x1: number; x2: number; y1: number; y2: number; layer: number }[] = [];
    let y = pad + line;
    labels.push({ x: pad + 12, y, text: text.t('fig.matrix.climb'), className: 'm-note' });
    y += line * 0.6;
    // Top to bottom: rung 3 first, so the ladder climbs upward.
    for (let i = data.layers.length - 1; i >= 0; i--) {
      const layer = data.layers[i]!;
      const blockTop = y;
      y += line * 1.1;
      const name = `${text.t('fig.matrix.rung', { n: i + 1 })} · ${layerName(layer.id, text)}`;
      const stance = text.t(`fig.matrix.stanceShort.${layer.stance}` as DictKey);
      const together = textWidth(name, f, 7 / 6) + textWidth(stance, f) + 16 <= textRoom;
      labels.push({ x: pad + 12, y, text: name, className: `m-value m-rung-name ${`k-${RUNG_ROLES[i]}`}` });
      if (!together) y += line;
      labels.push({ x: together ? pad + 12 + textWidth(name, f, 7 / 6) + 12 : pad + 12, y, text: stance, className: 'm-note' });
      for (const techLine of wrapped(text.t(`fig.matrix.p8.${layer.id}` as DictKey))) {
        y += line;
        labels.push({ x: pad + 12, y, text: techLine, className: 'm-label' });
      }
      const stripTop = wide ? blockTop + line * 0.5 : y + line * 0.6;
      const stripLeft = wide ? W - pad - strip : pad;
      const width = strip / 5;
      for (const c of model.cells.filter((c) => c.layer === i + 1)) {
        cells.push({ ...c, x1: stripLeft + (c.level - 1) * width + 2, x2: stripLeft + c.level * width - 2, y1: stripTop, y2: stripTop + cellHeight });
        const parts = named ? cellNames[c.level - 1]! : [String(c.level)];
        parts.forEach((part, k) => labels.push({ x: stripLeft + (c.level - 0.5) * width, y: stripTop + cellHeight / 2 + f.font * 0.35 + (k - (parts.length - 1) / 2) * line * 0.95, text: part, className: 'm-note m-cell-number', anchor: 'middle' }));
      }
      y = Math.max(y, stripTop + cellHeight) + line * 0.7;
      // The rung's block, as full as the field's presence there: behind its words (and, narrow, its strip).
      blocks.push({ x1: pad + 4, x2: wide ? stripLeft - pad : W - pad - 4, y1: blockTop + line * 0.25, y2: y - line * 0.25, layer: i + 1 });
      rungLines.push({ y, role: RUNG_ROLES[i]! });
      y += line * 0.3;
    }
    const levels = data.levels.map((id, j) => `${j + 1} ${levelName(id, text)}`).join(' · ');
    for (const keyLine of wrapped(named ? text.t('fig.matrix.levelHint') : text.t('fig.matrix.levelKey', { levels }), W - 2 * pad - 4)) {
      y += line;
      labels.push({ x: pad, y, text: keyLine, className: 'm-note' });
    }
    const gridHeight = Math.ceil(y + pad + line * 0.4);

    // The detail panel: the chosen cell, its level, then each heading on its own line above its wrapped text.
    const detailWidth = W;
    const detailLines: { line: string; y: number; className: string }[] = [];
    let dy = 0;
    for (const paragraph of details(model, state, text)) {
      if (paragraph.head) detailLines.push({ line: tidy(paragraph.head), y: (dy += line), className: 'm-label' });
      for (const part of wrapText(tidy(paragraph.text), detailWidth - 24, f.font)) detailLines.push({ line: part, y: (dy += line), className: paragraph.className === 'm-body' ? 'm-note m-body' : paragraph.className });
      dy += line * 0.3;
    }
    const detailHeight = Math.ceil(dy + line);
    const px = { x: { domain: [0, W] as [number, number], axis: null }, y: { domain: [gridHeight, 0] as [number, number], axis: null } };
    return [
      {
        label: 'fig.matrix.gridLabel',
        options: {
          width: W,
          height: gridHeight,
          margin: 0,
          ...px,
          marks: [
            // The ladder: two rails and a rung under each block, in that rung's colour.
            Plot.ruleX([pad, W - pad], { y1: pad + line * 1.5, y2: rungLines[rungLines.length - 1]!.y, className: 'm-rail' }),
            ...rungLines.map((r) => Plot.ruleY([r.y], { x1: pad, x2: W - pad, className: cls('m-rung', r.role) })),
            // Each rung's block filled as far as the field is there (Zhou's placement): the one thing that varies by rung.
            ...data.layers.map((layer, i) => Plot.rect(blocks.filter((b) => b.layer === i + 1), { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', className: cls(`m-band-${layer.stance}`, RUNG_ROLES[i]!) })),
            // The level cells: a selector, alike on every rung (the sources place the field on no level).
            Plot.rect(cells, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', href: (c: MatrixCell) => `?layer=${c.layer}&level=${c.level}`, className: 'm-level' }),
            Plot.rect(cells.filter((c) => c.selected), { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', className: 'm-selected' }),
            // One text mark per kind of label, so each carries its class (Plot's className is per mark).
            ...[...new Set(labels.map((l) => `${l.anchor ?? 'start'}|${l.className}`))].map((kind) => {
              const [anchor, className] = kind.split('|') as ['start' | 'middle', string];
              return Plot.text(labels.filter((l) => `${l.anchor ?? 'start'}|${l.className}` === kind), { x: 'x', y: 'y', text: 'text', textAnchor: anchor, lineAnchor: 'bottom', className });
            }),
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
          y: { domain: [detailHeight, 0], axis: null },
          marks: ['m-value', 'm-label', 'm-note', 'm-note m-body'].map((className) =>
            Plot.text(detailLines.filter((l) => l.className === className), { x: 10, y: 'y', text: 'line', textAnchor: 'start', lineAnchor: 'bottom', className }),
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
      { label: 'fig.matrix.colSources', format: 'text' },
    ],
    rows: model.cells.map((cell) => {
      const layer = data.layers.find((l) => l.id === cell.layerId)!;
      const sources = [...new Set([...layer.stanceKeys, ...layer.techniqueKeys, ...layer.problemKeys])].map((key) => text.cite(key)).join('; ');
      return [layerName(cell.layerId, text), levelName(cell.levelId, text), text.t(`fig.matrix.stanceShort.${cell.stance}` as DictKey), sources];
    }),
  }),

  status: (model, _state, text) => ({
    tone: model.layer.stance === 'ahead' ? 'warn' : 'ok',
    message: text.t('fig.matrix.status', { layer: layerName(model.layer.id, text), level: levelName(model.levelId, text), stance: text.t(`fig.matrix.stance.${model.layer.stance}` as DictKey) }),
  }),

  summary: (model, state, text) =>
    text.t('fig.matrix.summary', {
      // Chinese sentences end in full-width punctuation and need no space between them.
      detail: tidy(
        details(model, state, text)
          .map((p) => (p.head ? `${p.head} ${p.text}` : p.text))
          .join(' '),
      ),
    }),
});
