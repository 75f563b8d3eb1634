/**
 * The house chart style, in one place: every figure lays itself out with
 * these sizes and draws with these classes, so type, annotations and colours
 * read the same from chapter to chapter.
 *
 * Colour vocabulary (CSS custom properties in src/styles/global.css, set per
 * theme, so dark mode needs no re-render). A role means one thing everywhere:
 *
 * | class      | colour       | means                                                              |
 * | ---------- | ------------ | ------------------------------------------------------------------ |
 * | `k-main`   | blue         | the quantity the reader steers; what intervening shows (rung 2)    |
 * | `k-warn`   | brown        | out of balance; what correlation alone shows (rung 1)              |
 * | `k-rung3`  | purple       | imagining: the counterfactual answer (rung 3)                      |
 * | `k-safety` | red          | safety's share of a budget                                         |
 * | `k-data`   | green        | a measured value from a source                                     |
 * | `k-ref`    | grey         | references: the 45° line, chance, thresholds                       |
 * | `k-ink`    | text colour  | neutral values and labels                                          |
 *
 * Marks that are what-ifs rather than data are hollow or dashed, in the
 * colour of their role. Direct labels take their mark's role class, so a
 * label is coloured like its line; every chart text has a halo in the
 * figure's background colour (CSS `paint-order: stroke`), so it stays
 * legible where it crosses a mark.
 */
import { emWidth, wrap } from '../../utils/wrap';

/** The room a panel has: its CSS width (and height, on a slide) and the chart's base font size, all in CSS px. */
export interface Frame {
  width: number;
  /** Set where the height is given (a slide); otherwise a chart chooses its height from its width. */
  height?: number;
  font: number;
}

/** The build-time frame: a phone's panel (and, scaled, each of two panels side by side on a desktop). The browser re-renders at the real width. */
export const PAGE_FRAME: Frame = { width: 340, font: 12 };
/**
 * The second build-time frame of a page's figure: one panel's width in a chapter on a desktop (606 px from 1280 px
 * up). CSS shows this drawing where the panel is at least 30rem wide, so that a desktop reader sees, before the
 * figure wakes, the drawing it wakes to (or one near it), not a phone's drawing scaled up.
 */
export const WIDE_FRAME: Frame = { width: 606, font: 12 };
/** The build-time frame on a slide, which the projector scales; the live slide re-renders at its real size. */
export const SLIDE_FRAME: Frame = { width: 420, height: 300, font: 14 };

/** Sizes of chart text as multiples of the frame's base font (CSS sets the same ratios as ems). */
export const TYPE = { tick: 1, label: 1, note: 1, value: 7 / 6 } as const;

export type Role = 'main' | 'warn' | 'rung3' | 'safety' | 'data' | 'ref' | 'ink';

/** The class that colours a mark (and its direct label) by its role. */
export const role = (name: Role): string => `k-${name}`;

/** Joins a mark's own class (what it is, for slide builds) with its role class (what colour it is). */
export const cls = (mark: string, name: Role): string => `${mark} ${role(name)}`;

/** Height of one line of chart text. */
export const lineHeight = (frame: Frame, scale = 1): number => Math.ceil(frame.font * scale * 1.25);

/** Width of a text in px at the frame's font, roughly (for reserving room; the e2e test checks the real boxes). */
export const textWidth = (text: string, frame: Frame, scale = 1): number => Math.ceil(emWidth(text) * frame.font * scale);

/** The widest of several texts in px. */
export const widest = (texts: string[], frame: Frame, scale = 1): number => Math.max(0, ...texts.map((t) => textWidth(t, frame, scale)));

/** A panel's height for its width: about square on a phone, flatter when wide, or the given height (slides). */
export function heightFor(frame: Frame, ratio = 0.85, min = 260, max = 420): number {
  if (frame.height !== undefined) return Math.round(frame.height);
  return Math.round(Math.min(max, Math.max(min, frame.width * ratio)));
}

/**
 * Standard margins for a panel with axes on the left and bottom: room for the
 * widest y tick label, the y axis label above the plot, and the x ticks and
 * label below, with `right` px reserved for end labels and room for half the
 * last x tick label (`xEnd`), which is centred on the plot's right edge.
 */
export function margins(frame: Frame, yTicks: string[], right = 0, xEnd = ''): { marginLeft: number; marginRight: number; marginTop: number; marginBottom: number } {
  const line = lineHeight(frame);
  return {
    marginLeft: Math.max(frame.font * 2, widest(yTicks, frame) + 12),
    marginRight: Math.max(Math.ceil(frame.font * 0.75), right, Math.ceil(textWidth(xEnd, frame) / 2) + 3),
    marginTop: line * 2,
    marginBottom: line * 2 + 10,
  };
}

/** Axis settings shared by every figure: short ticks, room between tick and label. */
export const axisStyle = (frame: Frame) => ({ tickSize: 4, tickPadding: Math.round(frame.font * 0.3) });

/** A linear scale from a domain to pixels, for placing labels before Plot draws. */
export function linear([d0, d1]: [number, number], [r0, r1]: [number, number]): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/**
 * The placement pass for labels along one axis (in px): each label keeps its
 * order and moves as little as it can so that no two are closer than `gap`,
 * staying within [min, max]. Returns the new positions in the input order.
 * @example dodge([100, 104, 200], 14, 0, 300) // [95, 109, 200]
 */
export function dodge(positions: number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const placed = order.map((o) => o.p);
  // Centre each cluster on its wish, then push apart downward, then pull back inside the range.
  for (let pass = 0; pass < 3; pass++) {
    for (let k = 1; k < placed.length; k++) {
      const overlap = placed[k - 1]! + gap - placed[k]!;
      if (overlap > 0) {
        placed[k - 1]! -= overlap / 2;
        placed[k]! += overlap / 2;
      }
    }
  }
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, min, k > 0 ? placed[k - 1]! + gap : -Infinity);
  for (let k = placed.length - 1; k >= 0; k--) placed[k] = Math.min(placed[k]!, max, k < placed.length - 1 ? placed[k + 1]! - gap : Infinity);
  const result = new Array<number>(positions.length);
  order.forEach((o, k) => (result[o.i] = Math.round(placed[k]! * 10) / 10));
  return result;
}

/** The frame a chart lays itself out in: the one given (the browser's measure), or the build-time default for a page or a slide. */
export const frameOf = (frame: Frame | undefined, slide = false): Frame => frame ?? (slide ? SLIDE_FRAME : PAGE_FRAME);

export type Anchor = 'start' | 'middle' | 'end';
/** One place a label may go: an offset from its point (px) and the side of the text that sits there. */
export type Spot = readonly [dx: number, dy: number, anchor: Anchor];

/** Spots for a label beside a point: left and right of it, above and below, `gap` px away. */
export const around = (gap: number, line: number): Spot[] => [
  [-gap, -line * 0.8, 'end'],
  [gap, -line * 0.8, 'start'],
  [-gap, line * 0.9, 'end'],
  [gap, line * 0.9, 'start'],
];

export interface LabelRequest {
  /** The point the label belongs to, in px. */
  x: number;
  y: number;
  text: string;
  /** Its size relative to the base font (TYPE.value for values). */
  scale?: number;
  /** How many lines it has (its longest line is `text`), centred on its spot. */
  lines?: number;
  /** Where it may go, best first. */
  spots: readonly Spot[];
  /**
   * How much overlap (px², against the estimated boxes, which run wider than the text) a spot may have and still be
   * taken before the spots after it: for a name that should rather touch a neighbour than change sides. Default 0.5.
   */
  tolerance?: number;
  /** Marks this label should keep clear of (a line's segments), weighed at a third of a placed label: crossing a line is better than covering a label. */
  avoid?: readonly Box[];
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function boxOf(request: LabelRequest, [dx, dy, anchor]: Spot, frame: Frame): Box {
  const width = textWidth(request.text, frame, request.scale ?? 1);
  const height = lineHeight(frame, request.scale ?? 1) * (request.lines ?? 1);
  const x = request.x + dx;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const top = request.y + dy - height / 2;
  // A pixel of room all round, so placed labels never quite touch.
  return { left: left - 1, right: left + width + 1, top: top - 1, bottom: top + height + 1 };
}

/**
 * The placement pass for labels in a plane: in order of importance, each label
 * takes the first of its spots that stays inside `bounds` and touches no label
 * placed before it (nor any box in `reserved`, such as a legend); when none is
 * free, the spot that overlaps least. Returns the chosen spot per label.
 */
export function placeLabels(requests: LabelRequest[], bounds: Box, frame: Frame, reserved: Box[] = []): Spot[] {
  const placed: Box[] = [...reserved];
  const area = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  // How bad a spot is: the area outside the bounds and the area over labels already placed (0 is free).
  // Clipping is worse than touching: the area outside counts ten times.
  const cost = (box: Box) => 10 * ((box.right - box.left) * (box.bottom - box.top) - area(box, bounds)) + placed.reduce((sum, other) => sum + area(box, other), 0);
  return requests.map((request) => {
    let best = request.spots[0]!;
    let bestCost = Infinity;
    for (const spot of request.spots) {
      const box = boxOf(request, spot, frame);
      const c = cost(box) + (request.avoid ?? []).reduce((sum, other) => sum + area(box, other) / 3, 0);
      if (c < bestCost - 0.5) {
        best = spot;
        bestCost = c;
      }
      if (c <= (request.tolerance ?? 0.5)) break;
    }
    placed.push(boxOf(request, best, frame));
    return best;
  });
}

/**
 * Where labels may go in a panel with standard margins: anywhere right of the y ticks and above the
 * x ticks, the top margin included, except over the y axis label at its top left.
 */
export function labelRoom(frame: Frame, m: { marginLeft: number; marginBottom: number; marginTop: number }, width: number, height: number, yLabel: string): { bounds: Box; reserved: Box[] } {
  return {
    bounds: { left: m.marginLeft, right: width, top: 2, bottom: height - m.marginBottom },
    reserved: [{ left: 0, right: textWidth(yLabel, frame) + 8, top: 0, bottom: m.marginTop - 2 }],
  };
}

/** Plot text options for a placed label. */
export const at = ([dx, dy, anchor]: Spot) => ({ dx, dy, textAnchor: anchor });

/** A label broken onto lines (at most `maxLines`) that fit `widthPx`, joined with newlines as Plot draws them. */
/**
 * A chart label broken into lines for `widthPx`. A chart never cuts a label short with "…" (on a slide that
 * reads as a bug to the whole room): `maxLines` is how many lines the layout plans for, and a longer label takes more.
 */
export const wrapTo = (label: string, widthPx: number, frame: Frame, _maxLines = 2): string => wrap(label, Math.max(4, widthPx / frame.font), Infinity).join('\n');

/** The x-axis label wrapped to the panel's width, and the extra bottom margin its extra lines need. */
export function xAxisLabel(label: string, frame: Frame): { label: string; extra: number } {
  const wrapped = wrapTo(label, frame.width - 8, frame);
  return { label: wrapped, extra: (wrapped.split('\n').length - 1) * lineHeight(frame) };
}

/**
 * Gives a mark a read-out: each of its elements shows row `row(d, i)` of the figure's data table
 * (only `columns`, by index, when given), formatted as the table formats it, on hover, tap and
 * keyboard focus (src/figures/browser/readouts.ts). Carried in Plot's `title` channel and kept by
 * renderPanel as `data-readout`, so a chart stays plain Plot options.
 * @example Plot.dot(points, { x: 'year', y: 'angle', ...readout((_, i) => i, [0, 4]) })
 */
// Plot passes the mark's own datum; the chart knows its type, this helper does not.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const readout = (row: (d: any, i: number) => number, columns?: readonly number[]) => ({
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  title: (d: any, i: number) => `readout ${row(d, i)}${columns ? `:${columns.join(',')}` : ''}`,
});

/** Invisible dots that only carry read-outs: where a line has no dot of its own to point at. */
export const HIT = { r: 3, fill: 'none', stroke: 'none', className: 'm-hit' } as const;
