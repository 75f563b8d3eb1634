import * as Plot from '@observablehq/plot';
import events from '../../../content/data/lab-timeline.json';
import type { DictKey } from '../../i18n';
import type { ClaimKind } from '../../sources/claimKinds';
import { cls, frameOf, lineHeight, linear, readout, textWidth, wrapTo, type Frame } from './style';
import { defineFigure, type FigureText } from './types';

/**
 * What happened after the speech, as a dated list: the speech and the paper,
 * the laboratory's own reports under the law's name (self-assessed), and,
 * when the reader keeps them, others' work around it for context.
 * Data, not a model: content/data/lab-timeline.json.
 */

export interface TimelineEvent {
  id: string;
  /** ISO date, `YYYY-MM-DD`, or `YYYY-MM` where the source gives only the month. */
  date: string;
  precision: 'day' | 'month';
  /** Who speaks, as the fact row's kind. */
  who: ClaimKind;
  fact: string;
  source: string;
}

export interface Timeline {
  events: TimelineEvent[];
  /** Entries that are the laboratory reporting on its own work. */
  lab: number;
  /** Entries that are others' work, shown for context. */
  others: number;
}

const EVENTS = events as TimelineEvent[];
/** Others' work: the literature and other developers' data, around the laboratory's own line. */
const CONTEXT: ReadonlySet<ClaimKind> = new Set(['literature', 'data']);

const schema = {
  /** 1: others' work is shown beside the laboratory's; 0: only the speech, the paper and the laboratory. */
  tlOthers: { min: 0, max: 1, step: 1, default: 1 },
};

/** An event dated only to the month sorts at the middle of the month (4 July before "July", "December" after 8 December). */
const sortKey = (event: TimelineEvent): string => (event.precision === 'month' ? `${event.date}-15` : event.date);

/**
 * The events a state shows, in date order, with how many are self-reports and context.
 * @example labTimeline({ tlOthers: 0 }).others // 0
 */
export function labTimeline(state: { tlOthers: number }): Timeline {
  const shown = EVENTS.filter((event) => state.tlOthers === 1 || !CONTEXT.has(event.who)).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  return { events: shown, lab: shown.filter((event) => event.who === 'lab').length, others: shown.filter((event) => CONTEXT.has(event.who)).length };
}

/** "4 July 2024" / "2024 年 7 月 4 日", or the month alone where the source gives no day. */
function dateLabel(event: TimelineEvent, text: FigureText): string {
  const [year, month, day] = event.date.split('-').map(Number) as [number, number, number?];
  const monthName = text.t('fig.timeline.monthNames').split(' ')[month - 1] ?? String(month);
  return event.precision === 'day' ? text.t('fig.timeline.dateDay', { day: day ?? 1, month: monthName, year }) : text.t('fig.timeline.dateMonth', { month: monthName, year });
}

/** A date as a decimal year (a month-only date at mid-month, as in the sort). */
function timeOf(event: TimelineEvent): number {
  const [year, month, day] = sortKey(event).split('-').map(Number) as [number, number, number];
  return year + (month - 1) / 12 + (day - 1) / 365;
}

const whoLabel = (event: TimelineEvent, text: FigureText) => text.t(`kind.${event.who}` as DictKey);
const eventLabel = (event: TimelineEvent, text: FigureText) => text.t(`fig.timeline.event.${event.id}` as DictKey);
/** The short title the picture shows; the table and the summary carry the whole sentence. */
const shortLabel = (event: TimelineEvent, text: FigureText) => text.t(`fig.timeline.short.${event.id}` as DictKey);
const tone = (event: TimelineEvent) => (event.who === 'lab' ? 'm-tl-lab' : CONTEXT.has(event.who) ? 'm-measured' : 'm-tl-said');

export const timelineFigure = defineFigure({
  id: 'timeline',
  title: 'fig.timeline.title',
  headline: 'fig.timeline.headline',
  caption: 'fig.timeline.caption',
  method: 'fig.timeline.method',
  modelled: false,
  tall: true,
  sourcesInTable: true,
  equations: [],
  assumptions: 'fig.timeline.assumptions',
  schema,
  controls: [{ key: 'tlOthers', label: 'fig.timeline.others', kind: 'toggle' }],
  presets: [
    { label: 'fig.timeline.presetAll', state: { tlOthers: 1 } },
    { label: 'fig.timeline.presetLab', state: { tlOthers: 0 } },
  ],
  strings: [
    'fig.timeline.listLabel', 'fig.timeline.monthNames', 'fig.timeline.dateDay', 'fig.timeline.dateMonth', 'fig.timeline.summary', 'fig.timeline.summaryOthers', 'fig.timeline.status', 'fig.timeline.labBand', 'fig.timeline.keyLead', 'fig.timeline.keySaid', 'fig.timeline.keyLab', 'fig.timeline.keyOthers',
    'kind.speech', 'kind.paper', 'kind.lab', 'kind.literature', 'kind.data',
    ...EVENTS.flatMap((event) => [`fig.timeline.event.${event.id}`, `fig.timeline.short.${event.id}`] as DictKey[]),
  ],
  citations: EVENTS.map((event) => event.source),
  compute: (state) => labTimeline(state),

  headlineVars: (model) => ({ lab: model.lab, n: model.events.length }),
  panels(model, _state, text, frame?: Frame) {
    // A real time axis, running down the page (so every title has a line's width): each entry's dot sits on the
    // rail at its date; its date, who and short title sit to the right, as near its date as the entry above
    // allows, joined to its dot by a leader. The laboratory's own reports are tinted, each on its row, under a
    // line that says what they share: the laboratory graded them itself.
    const f = frameOf(frame, text.slide);
    const line = lineHeight(f);
    const yearWidth = textWidth('2026', f) + 6;
    const railX = yearWidth + f.font * 0.6;
    // On a phone the gutter left of the titles is narrower, so that more titles take one line.
    const narrow = f.width < 420;
    const bandWidth = f.font * (narrow ? 1.1 : 1.6);
    const textX = railX + bandWidth + f.font * (narrow ? 0.5 : 1.2);
    const heads = model.events.map((event) => `${dateLabel(event, text)} · ${whoLabel(event, text)}`);
    // Wide enough, each entry is one row: its date and who in a column of their own, its title beside them (half
    // the height of the stacked entries, so the figure fits a laptop's screen); narrower, the title goes under them.
    const headColumn = Math.max(...heads.map((head) => textWidth(head, f))) + f.font * 1.5;
    const columns = !text.slide && f.width - textX - headColumn >= f.font * 22;
    const bodyX = columns ? textX + headColumn : textX;
    const blocks = model.events.map((event, row) => {
      const body = wrapTo(shortLabel(event, text), f.width - bodyX - 4, f, 2).split('\n');
      return { event, row, t: timeOf(event), head: heads[row]!, body, height: line * (columns ? body.length : 1 + body.length) };
    });
    // On a phone the entries sit closer, and the time scale gets less room than the stacked titles: the early,
    // sparse years then leave less empty rail, and the crowded ones follow on with their leaders.
    const gap = Math.round(line * (narrow ? 0.25 : 0.5));
    const stack = blocks.reduce((sum, block) => sum + block.height + gap, 0);
    const t0 = Math.floor(Math.min(...blocks.map((b) => b.t)) * 4) / 4;
    const t1 = Math.ceil(Math.max(...blocks.map((b) => b.t)) * 4) / 4;
    // A key over the rail: the dots sit at their dates, to scale, and their colour says who reports the entry.
    const tones = (['m-tl-said', 'm-tl-lab', 'm-measured'] as const).filter((className) => blocks.some((b) => tone(b.event) === className));
    const keyWords: Record<(typeof tones)[number], DictKey> = { 'm-tl-said': 'fig.timeline.keySaid', 'm-tl-lab': 'fig.timeline.keyLab', 'm-measured': 'fig.timeline.keyOthers' };
    const keyItems: { x: number; y: number; text: string; className: string }[] = [];
    const keyText: { x: number; y: number; text: string }[] = [{ x: 0, y: line, text: text.t('fig.timeline.keyLead') }];
    let kx = textWidth(keyText[0]!.text, f) + f.font;
    let ky = line;
    for (const className of tones) {
      const words = text.t(keyWords[className]);
      const width = f.font + textWidth(words, f);
      if (kx + width > f.width) (kx = f.font * 0.6), (ky += line);
      keyItems.push({ x: kx, y: ky - f.font * 0.35, text: words, className });
      keyText.push({ x: kx + f.font * 0.8, y: ky, text: words });
      kx += width + f.font * 1.2;
    }
    const top = ky + line * 1.2;
    const bottom = line;
    // The time scale gets at least the room the stacked titles need, so most titles sit at their own date.
    const span = Math.max(narrow ? stack * 0.7 : stack, f.height !== undefined ? f.height - top - bottom : 0, 260);
    const ty = linear([t0, t1], [top, top + span]);
    let next = top - line * 0.6;
    // The band's own line, above the laboratory's first entry: what its entries share, said once.
    const firstLab = blocks.findIndex((b) => b.event.who === 'lab');
    let bandTop = 0;
    const placed = blocks.map((block, i) => {
      if (i === firstLab) {
        bandTop = Math.max(ty(block.t) - line * 0.6, next);
        next = bandTop + line * 1.3;
      }
      const y = Math.max(ty(block.t) - line * 0.6, next);
      next = y + block.height + gap;
      return { ...block, dotY: ty(block.t), y };
    });
    const height = Math.ceil(Math.max(top + span, next) + bottom);
    const lab = placed.filter((b) => b.event.who === 'lab');
    const years = Array.from({ length: Math.floor(t1) - Math.ceil(t0) + 1 }, (_, i) => Math.ceil(t0) + i);
    const labText = text.t('fig.timeline.labBand', { lab: model.lab });
    const lines = placed.flatMap((b) => [
      { x: textX, y: b.y + line, text: b.head, className: cls(b.event.who === 'lab' ? 'm-label' : 'm-note', b.event.who === 'lab' ? 'warn' : 'ink') },
      ...b.body.map((words, i) => ({ x: bodyX, y: b.y + line * ((columns ? 1 : 2) + i), text: words, className: cls('m-label', 'ink') })),
    ]);
    const marks: Plot.Markish[] = [
      ...keyItems.map((item) => Plot.dot([item], { x: 'x', y: 'y', r: 5.5, className: item.className })),
      Plot.text(keyText, { x: 'x', y: 'y', text: 'text', textAnchor: 'start', lineAnchor: 'bottom', className: cls('m-note', 'ink') }),
      // The rail, a year tick and label at each new year.
      Plot.ruleX([railX], { y1: top - line * 0.5, y2: top + span + line * 0.5, className: 'm-lollipop' }),
      Plot.ruleY(years, { x1: railX - f.font * 0.4, x2: railX + f.font * 0.4, y: (year: number) => ty(year), className: 'm-lollipop' }),
      Plot.text(years, { x: railX - f.font * 0.6, y: (year: number) => ty(year), text: (year: number) => String(year), textAnchor: 'end', className: cls('m-note', 'ref') }),
    ];
    if (lab.length > 0) {
      // The laboratory's own entries, each on its own tint (a band over the whole stretch also covered others' work
      // between them, and read as if it were self-graded too), and the line that says what the tint means.
      const rows = [
        { x1: textX - f.font * 0.4, x2: f.width, y1: bandTop + line * 0.15, y2: bandTop + line * 1.2 },
        ...lab.map((b) => ({ x1: textX - f.font * 0.4, x2: f.width, y1: b.y + line * 0.15, y2: b.y + b.height + line * 0.2 })),
      ];
      marks.push(
        Plot.rect(rows, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', className: 'm-tl-band' }),
        // The band's words on its own first line, where the laboratory's entries begin.
        Plot.text([labText], { x: textX, y: bandTop + line, text: (d: string) => d, textAnchor: 'start', lineAnchor: 'bottom', className: cls('m-value', 'warn') }),
      );
    }
    marks.push(
      // Leaders from a dot at its date to its entry, where the entry had to move down.
      Plot.link(placed.filter((b) => Math.abs(b.y + line * 0.6 - b.dotY) > 2), { x1: railX, y1: 'dotY', x2: textX - 4, y2: (b: { y: number }) => b.y + line * 0.6, className: 'm-leader' }),
      // Others' dots first, so that where dates coincide Zhou's and the laboratory's stay on top.
      ...['m-measured', 'm-tl-said', 'm-tl-lab'].map((className) =>
        Plot.dot(placed.filter((b) => tone(b.event) === className), { x: railX, y: 'dotY', r: 5.5, className, ...readout((b: { row: number }) => b.row) }),
      ),
      ...[...new Set(lines.map((l) => l.className))].map((className) =>
        Plot.text(lines.filter((l) => l.className === className), { x: 'x', y: 'y', text: 'text', textAnchor: 'start', lineAnchor: 'bottom', className }),
      ),
    );
    return [
      {
        label: 'fig.timeline.listLabel',
        options: {
          width: f.width,
          height,
          margin: 0,
          x: { domain: [0, f.width], axis: null },
          // Time runs down: y in px from the top.
          y: { domain: [0, height], range: [0, height], axis: null },
          marks,
        },
      },
    ];
  },

  table: (model, text) => ({
    columns: [
      { label: 'fig.timeline.colDate', format: 'text' },
      { label: 'fig.timeline.colEvent', format: 'text' },
      { label: 'fig.timeline.colWho', format: 'text' },
      { label: 'fig.timeline.colSource', format: 'text' },
    ],
    rows: model.events.map((event) => [dateLabel(event, text), eventLabel(event, text), whoLabel(event, text), text.cite(event.source)]),
  }),

  status: (model, _state, text) => ({ tone: 'warn', message: text.t('fig.timeline.status', { lab: model.lab, n: model.events.length }) }),

  summary(model, _state, text) {
    const first = model.events[0]!;
    const last = model.events[model.events.length - 1]!;
    const summary = text.t('fig.timeline.summary', { n: model.events.length, first: dateLabel(first, text), last: dateLabel(last, text), lab: model.lab });
    return model.others > 0 ? `${summary}${text.t('fig.timeline.summaryOthers', { others: model.others })}` : summary;
  },
});
