/**
 * Read-outs for marks that carry numbers, one implementation for every figure.
 * A chart marks them with style.ts's `readout` (the SVG carries
 * `data-readout="row[:columns]"`); here each shows that row of the figure's
 * data table, formatted as the table formats it, in the figure's language:
 * - hover: the mark nearest the pointer (within reach) opens its read-out;
 * - tap: the same, for the mark nearest the finger;
 * - keyboard: a panel with read-outs takes focus (Tab), the arrow keys step
 *   through its marks, Home and End go to the ends, Escape closes; the text
 *   also goes to a polite live region, so a screen reader speaks it.
 * The read-out is drawn into the panel's SVG as chart text (its size, its
 * halo), kept inside the SVG's edges, and never on a talk slide's keys.
 */
import type { DataTable, FigureText } from '../charts/types';
import { lineHeight, textWidth, wrapTo } from '../charts/style';
import { formatCell } from '../figureText';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** How far (CSS px) from a mark the pointer may be and still open its read-out: a finger is wider than a cursor. */
const REACH = { mouse: 32, touch: 44 } as const;

/**
 * The lines of a read-out: "label: value" per column of the row a mark names.
 * @example readoutLines('2:0,3', table, text) // ['Year: 3', 'Safety: 1.50']
 */
export function readoutLines(spec: string, table: DataTable, text: FigureText): string[] {
  const [rowPart = '', columnPart] = spec.split(':');
  const row = table.rows[Number(rowPart)];
  if (!row) return [];
  const columns = columnPart ? columnPart.split(',').map(Number) : row.map((_, i) => i);
  return columns.flatMap((i) => {
    const column = table.columns[i];
    const value = row[i];
    return column && value !== undefined ? [text.t('figure.readoutItem', { label: text.t(column.label), value: formatCell(value, column, text) })] : [];
  });
}

/** An SVG element with its attributes. */
function element(tag: string, attributes: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

/** A box in the SVG's own units. */
interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Readouts {
  /** After every render: makes the new panels with read-outs focusable. */
  refresh(): void;
}

export function attachReadouts(root: HTMLElement, text: FigureText, table: () => DataTable): Readouts {
  const live = document.createElement('p');
  live.className = 'sr-only';
  live.setAttribute('aria-live', 'polite');
  live.dataset.readoutLive = '';
  root.append(live);
  /** Which mark of each panel the keyboard is on, and the panels whose read-out the keyboard opened. */
  const active = new WeakMap<SVGSVGElement, number>();
  const byKeys = new WeakSet<SVGSVGElement>();

  /** A panel's marks in the order of their table rows (the keys step through them so), whatever order Plot drew them in. */
  const rowOf = (mark: SVGGraphicsElement) => Number.parseInt(mark.dataset.readout ?? '', 10) || 0;
  const marksOf = (svg: SVGSVGElement) => [...svg.querySelectorAll<SVGGraphicsElement>('[data-readout]')].sort((a, b) => rowOf(a) - rowOf(b));
  const panelOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGSVGElement>('[data-panel] svg') : null);

  /** A client-space box in the SVG's units (the SVG may be scaled to its box). */
  function toSvg(svg: SVGSVGElement, r: DOMRect): Rect {
    const frame = svg.getBoundingClientRect();
    const scale = frame.width / (svg.viewBox.baseVal?.width || frame.width) || 1;
    return { left: (r.left - frame.left) / scale, right: (r.right - frame.left) / scale, top: (r.top - frame.top) / scale, bottom: (r.bottom - frame.top) / scale };
  }

  /** The read-out open now (its panel and mark), so that a re-render (a tapped mark that sets the state) keeps it. */
  let open: { panel: number; spec: string } | undefined;
  const panels = () => [...root.querySelectorAll<SVGSVGElement>('[data-panel] svg')];

  function hide(svg: SVGSVGElement): void {
    svg.querySelector(':scope > .m-readout')?.remove();
    if (open?.panel === panels().indexOf(svg)) open = undefined;
  }

  function show(svg: SVGSVGElement, mark: SVGGraphicsElement, announce = true): void {
    hide(svg);
    open = { panel: panels().indexOf(svg), spec: mark.dataset.readout ?? '' };
    const font = Number.parseFloat(svg.getAttribute('font-size') ?? '') || 12;
    const frame = { width: svg.viewBox.baseVal?.width || svg.clientWidth, font };
    const height = svg.viewBox.baseVal?.height || svg.clientHeight;
    const lines = readoutLines(mark.dataset.readout ?? '', table(), text);
    if (lines.length === 0) return;
    // Each item wrapped to the panel (a source's name can be long), at most four lines.
    // The read-out is set semibold, about a tenth wider than wrapTo's estimate for regular text.
    const wrapped = lines.flatMap((line) => wrapTo(line, (frame.width - 16) / 1.15, frame, 4).split('\n'));
    const at = toSvg(svg, mark.getBoundingClientRect());
    const pad = 3;
    const ring = element('rect', { class: 'm-readout-ring', x: at.left - pad, y: at.top - pad, width: at.right - at.left + pad * 2, height: at.bottom - at.top + pad * 2, rx: mark.tagName === 'circle' ? (at.right - at.left) / 2 + pad : 2 });
    const box = element('rect', { rx: 3 });
    const words = element('text', {});
    const line = lineHeight(frame);
    words.append(...wrapped.map((content, i) => Object.assign(element('tspan', { x: 0, dy: i === 0 ? '0.9em' : line }), { textContent: content })));
    const group = element('g', { class: 'm-readout m-label', 'text-anchor': 'start', 'aria-hidden': 'true', 'pointer-events': 'none', 'data-for': mark.dataset.readout ?? '' });
    group.append(ring, box, words);
    svg.append(group);
    // Sized by the text as drawn; above the mark if there is room, else below, else beside it (a short
    // panel), always inside the SVG.
    const width = Math.max(...[...words.children].map((span) => (span as SVGTextContentElement).getComputedTextLength() || textWidth(span.textContent ?? '', frame))) + 12;
    const tall = wrapped.length * line + 8;
    const gap = 8;
    const fits = { above: at.top - gap - tall >= 1, below: at.bottom + gap + tall <= height - 1 };
    const beside = !fits.above && !fits.below;
    const right = at.right + gap + width <= frame.width - 1;
    const left = Math.max(1, Math.min(frame.width - width - 1, beside ? (right ? at.right + gap : at.left - gap - width) : (at.left + at.right - width) / 2));
    const top = Math.max(1, Math.min(height - tall - 1, beside ? (at.top + at.bottom - tall) / 2 : fits.above ? at.top - gap - tall : at.bottom + gap));
    for (const [name, value] of Object.entries({ x: left, y: top, width, height: tall })) box.setAttribute(name, String(value));
    words.setAttribute('transform', `translate(${left + 6},${top + 4})`);
    if (announce) live.textContent = lines.join('; ');
  }

  /** The mark nearest a client point, if one is within reach: distance to its box, so a bar counts all over. */
  function nearest(svg: SVGSVGElement, x: number, y: number, reach: number): SVGGraphicsElement | undefined {
    let best: SVGGraphicsElement | undefined;
    let bestDistance = reach;
    for (const mark of marksOf(svg)) {
      const r = mark.getBoundingClientRect();
      const distance = Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
      if (distance <= bestDistance) {
        best = mark;
        bestDistance = distance;
      }
    }
    return best;
  }

  function point(event: PointerEvent): void {
    const svg = panelOf(event.target);
    if (!svg) return;
    const mark = nearest(svg, event.clientX, event.clientY, event.pointerType === 'mouse' ? REACH.mouse : REACH.touch);
    if (mark) show(svg, mark);
    else hide(svg);
  }
  root.addEventListener('pointermove', (event) => {
    if (event.pointerType === 'mouse') point(event);
  });
  // A tap (or a click) opens the read-out of the mark under the finger; a tap away closes it.
  root.addEventListener('pointerdown', point);
  document.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof Node && root.contains(event.target))) root.querySelectorAll<SVGSVGElement>('[data-panel] svg').forEach(hide);
  });
  root.addEventListener('pointerout', (event) => {
    const svg = panelOf(event.target);
    if (svg && event.pointerType === 'mouse' && !svg.contains(event.relatedTarget as Node | null) && document.activeElement !== svg) hide(svg);
  });

  // Focus from the keyboard opens the read-out where the keys left it; a tap that focuses the chart opens its own.
  root.addEventListener('focusin', (event) => {
    const svg = panelOf(event.target);
    if (!svg?.matches(':focus-visible')) return;
    byKeys.add(svg);
    const marks = marksOf(svg);
    if (marks.length > 0) show(svg, marks[Math.min(active.get(svg) ?? 0, marks.length - 1)]!);
  });
  // Leaving by the keyboard closes what the keyboard opened; a tap's read-out stays (a tapped mark that
  // chooses a state re-renders the chart, which takes the focus with the old drawing).
  root.addEventListener('focusout', (event) => {
    const svg = panelOf(event.target);
    if (svg && byKeys.delete(svg)) hide(svg);
  });
  root.addEventListener('keydown', (event) => {
    const svg = panelOf(event.target);
    if (!svg || event.target !== svg || event.altKey || event.ctrlKey || event.metaKey) return;
    const marks = marksOf(svg);
    const now = active.get(svg) ?? 0;
    const step: Record<string, number> = { ArrowRight: now + 1, ArrowDown: now + 1, ArrowLeft: now - 1, ArrowUp: now - 1, Home: 0, End: marks.length - 1 };
    if (event.key === 'Escape') {
      hide(svg);
      return;
    }
    const next = step[event.key];
    if (next === undefined || marks.length === 0) return;
    event.preventDefault();
    const index = Math.max(0, Math.min(marks.length - 1, next));
    active.set(svg, index);
    byKeys.add(svg);
    show(svg, marks[index]!);
  });

  return {
    refresh() {
      const svg = open && panels()[open.panel];
      const mark = svg && marksOf(svg).find((m) => m.dataset.readout === open?.spec);
      if (svg && mark) show(svg, mark, false);
      else open = undefined;
      // On a slide the keys belong to the deck; hover and tap still answer.
      if (text.slide) return;
      for (const svg of root.querySelectorAll<SVGSVGElement>('[data-panel] svg')) {
        if (!svg.querySelector('[data-readout]') || svg.hasAttribute('tabindex')) continue;
        svg.setAttribute('tabindex', '0');
        svg.setAttribute('aria-label', `${svg.getAttribute('aria-label') ?? ''} ${text.t('figure.readoutHint')}`.trim());
      }
    },
  };
}
