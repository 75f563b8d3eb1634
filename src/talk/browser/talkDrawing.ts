/**
 * Drawing on slides (loaded on first use: the D key or the pen button): a pen,
 * a highlighter, an eraser and clear, by mouse, pen or touch. Strokes belong
 * to their slide, in the slide's own coordinates (0–1000 across and down), so
 * they scale with it and stay when the deck moves on and back; every change
 * is handed to `onChange` for the presenter view and followers.
 */
import { inkPath, parseStrokes, type Stroke, type Tool } from '../ink';

export interface Drawing {
  /** Turns drawing on or off on the slide on screen. */
  toggle(on?: boolean): void;
  /** Shows `strokes` on slide `id` (from the other window or the relay); anything that is not strokes is ignored. */
  set(id: string, strokes: unknown): void;
  /** Calls `visit` with every slide's strokes (for a window that opens late). */
  each(visit: (id: string, strokes: Stroke[]) => void): void;
  /** Whether drawing is on. */
  readonly active: boolean;
}

const SVG = 'http://www.w3.org/2000/svg';

export function startDrawing(slides: readonly HTMLElement[], current: () => HTMLElement, toolbar: HTMLElement, onChange: (id: string, strokes: Stroke[]) => void): Drawing {
  const root = document.documentElement;
  const ink = new Map<string, Stroke[]>();
  let tool: Tool = 'pen';
  let drawing: Stroke | undefined;

  /** The slide's ink layer, made once: an SVG over the whole slide. */
  function layer(slide: HTMLElement): SVGSVGElement {
    let svg = slide.querySelector<SVGSVGElement>(':scope > .ink');
    if (!svg) {
      svg = document.createElementNS(SVG, 'svg');
      svg.setAttribute('class', 'ink');
      svg.setAttribute('viewBox', '0 0 1000 1000');
      svg.setAttribute('preserveAspectRatio', 'none');
      svg.setAttribute('aria-hidden', 'true');
      slide.append(svg);
      svg.addEventListener('pointerdown', (event) => begin(slide, svg!, event));
    }
    return svg;
  }

  function draw(slide: HTMLElement): void {
    const svg = layer(slide);
    svg.replaceChildren(
      ...(ink.get(slide.id) ?? []).map((stroke, i) => {
        const path = document.createElementNS(SVG, 'path');
        path.setAttribute('d', inkPath(stroke.points));
        path.setAttribute('class', `ink-${stroke.tool}`);
        path.setAttribute('vector-effect', 'non-scaling-stroke');
        path.dataset.stroke = String(i);
        return path;
      }),
    );
  }

  const point = (svg: SVGSVGElement, event: PointerEvent): [number, number] => {
    const box = svg.getBoundingClientRect();
    return [Math.round(((event.clientX - box.left) / box.width) * 1000), Math.round(((event.clientY - box.top) / box.height) * 1000)];
  };

  function erase(slide: HTMLElement, event: PointerEvent): void {
    const hit = document.elementsFromPoint(event.clientX, event.clientY).find((element) => element instanceof SVGPathElement && element.dataset.stroke !== undefined) as SVGPathElement | undefined;
    if (!hit) return;
    const strokes = ink.get(slide.id) ?? [];
    strokes.splice(Number(hit.dataset.stroke), 1);
    draw(slide);
    onChange(slide.id, strokes);
  }

  function begin(slide: HTMLElement, svg: SVGSVGElement, event: PointerEvent): void {
    if (root.dataset.drawing === undefined) return;
    event.preventDefault();
    svg.setPointerCapture(event.pointerId);
    if (tool === 'eraser') {
      erase(slide, event);
      const move = (next: PointerEvent) => erase(slide, next);
      svg.addEventListener('pointermove', move);
      svg.addEventListener('pointerup', () => svg.removeEventListener('pointermove', move), { once: true });
      return;
    }
    drawing = { tool, points: point(svg, event) };
    const strokes = ink.get(slide.id) ?? [];
    ink.set(slide.id, strokes);
    strokes.push(drawing);
    draw(slide);
    const move = (next: PointerEvent) => {
      if (!drawing || drawing.points.length >= 2000) return;
      drawing.points.push(...point(svg, next));
      svg.lastElementChild?.setAttribute('d', inkPath(drawing.points));
    };
    svg.addEventListener('pointermove', move);
    svg.addEventListener(
      'pointerup',
      () => {
        svg.removeEventListener('pointermove', move);
        drawing = undefined;
        onChange(slide.id, strokes);
      },
      { once: true },
    );
  }

  function pick(next: Tool): void {
    tool = next;
    toolbar.querySelectorAll<HTMLButtonElement>('[data-tool]').forEach((button) => button.setAttribute('aria-pressed', String(button.dataset.tool === next)));
  }

  toolbar.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button') : null;
    if (!button) return;
    if (button.dataset.tool) pick(button.dataset.tool as Tool);
    else if (button.dataset.inkClear !== undefined) {
      const slide = current();
      ink.set(slide.id, []);
      draw(slide);
      onChange(slide.id, []);
    } else if (button.dataset.inkClose !== undefined) api.toggle(false);
  });
  for (const slide of slides) layer(slide);
  pick('pen');

  const api: Drawing = {
    toggle(on = root.dataset.drawing === undefined) {
      if (on) root.dataset.drawing = '';
      else delete root.dataset.drawing;
      toolbar.hidden = !on;
    },
    set(id, value) {
      const slide = slides.find((candidate) => candidate.id === id);
      const strokes = parseStrokes(value);
      if (!slide || !strokes) return;
      ink.set(id, strokes);
      draw(slide);
    },
    each(visit) {
      ink.forEach((strokes, id) => visit(id, strokes));
    },
    get active() {
      return root.dataset.drawing !== undefined;
    },
  };
  return api;
}
