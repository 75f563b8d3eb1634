import * as Plot from '@observablehq/plot';
import events from '../../content/data/lab-timeline.json';
import type { DictKey } from '../i18n';
import type { ClaimKind } from '../lib/claimKinds';
import { cls, frameOf, lineHeight, readout, wrapTo, type Frame } from './style';
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

/** Left of the text: the rail and its dots. */
const RAIL_X = 10;
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

const whoLabel = (event: TimelineEvent, text: FigureText) => text.t(`kind.${event.who}` as DictKey);
const eventLabel = (event: TimelineEvent, text: FigureText) => text.t(`fig.timeline.event.${event.id}` as DictKey);
/** The short title the picture shows; the table and the summary carry the whole sentence. */
const shortLabel = (event: TimelineEvent, text: FigureText) => text.t(`fig.timeline.short.${event.id}` as DictKey);
const tone = (event: TimelineEvent) => (event.who === 'lab' ? 'm-tl-lab' : CONTEXT.has(event.who) ? 'm-measured' : 'm-tl-said');

export const timelineFigure = defineFigure({
  id: 'timeline',
  title: 'fig.timeline.title',
  caption: 'fig.timeline.caption',
  method: 'fig.timeline.method',
  modelled: false,
  equations: [],
  assumptions: 'fig.timeline.assumptions',
  schema,
  controls: [{ key: 'tlOthers', label: 'fig.timeline.others', kind: 'toggle' }],
  presets: [
    { label: 'fig.timeline.presetAll', state: { tlOthers: 1 } },
    { label: 'fig.timeline.presetLab', state: { tlOthers: 0 } },
  ],
  strings: [
    'fig.timeline.listLabel', 'fig.timeline.monthNames', 'fig.timeline.dateDay', 'fig.timeline.dateMonth', 'fig.timeline.summary', 'fig.timeline.summaryOthers', 'fig.timeline.status',
    'kind.speech', 'kind.paper', 'kind.lab', 'kind.literature', 'kind.data',
    ...EVENTS.flatMap((event) => [`fig.timeline.event.${event.id}`, `fig.timeline.short.${event.id}`] as DictKey[]),
  ],
  citations: EVENTS.map((event) => event.source),
  compute: (state) => labTimeline(state),

  panels(model, _state, text, frame?: Frame) {
    // One entry a row: when and who on the first line, a short title under it, short enough that the
    // whole list stays on a phone's screen beside its controls. Lines are wrapped here (Plot wraps only
    // at spaces, and Chinese has none), one text mark per line.
    const f = frameOf(frame, text.slide);
    const line = lineHeight(f);
    const textX = RAIL_X + f.font * 1.4;
    let y = 0;
    const dots: { y: number; className: string; row: number }[] = [];
    const lines = model.events.flatMap((event, row) => {
      const head = { line: `${dateLabel(event, text)} · ${whoLabel(event, text)}`, y: (y += line), className: cls('m-note', 'ink') };
      dots.push({ y: head.y, className: tone(event), row });
      const body = wrapTo(shortLabel(event, text), f.width - textX - f.font, f, 2).split('\n').map((words) => ({ line: words, y: (y += line), className: cls('m-label', 'ink') }));
      y += Math.round(line * 0.5);
      return [head, ...body];
    });
    const height = y + line;
    const flip = (value: number) => height - value + line * 0.35;
    return [
      {
        label: 'fig.timeline.listLabel',
        options: {
          width: f.width,
          height,
          margin: 0,
          x: { domain: [0, f.width], axis: null },
          y: { domain: [0, height], axis: null },
          marks: [
            Plot.ruleX([RAIL_X], { y1: flip(dots[0]?.y ?? 0), y2: flip(dots[dots.length - 1]?.y ?? 0), className: 'm-lollipop' }),
            ...['m-tl-said', 'm-tl-lab', 'm-measured'].map((className) => Plot.dot(dots.filter((dot) => dot.className === className), { x: RAIL_X, y: (dot: { y: number }) => flip(dot.y), r: 5, className, ...readout((dot: { row: number }) => dot.row) })),
            ...[cls('m-note', 'ink'), cls('m-label', 'ink')].map((className) =>
              Plot.text(lines.filter((l) => l.className === className), { x: textX, y: (l: { y: number }) => height - l.y, text: 'line', textAnchor: 'start', lineAnchor: 'bottom', className }),
            ),
          ],
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
