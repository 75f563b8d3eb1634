/**
 * Brings one figure to life: reads its state from the URL, re-renders it with
 * the same chart module the build used whenever a control moves, and writes
 * the state back into the URL. Text from the URL never reaches the page as
 * HTML: parsing yields numbers, and everything shown is set as text.
 *
 * A slider drag or a held arrow key fires more input events than a phone can
 * draw: they are gathered into animation frames, one drawing per frame with
 * the latest state, and while the hand moves a frame draws only what shows
 * (the panels, the status, the values), without the invisible read-out marks,
 * the data table and the summary. When the hand has rested (URL_DELAY_MS),
 * the full drawing follows, and then the address bar: what is on screen when
 * the hand stops is exactly what a link to that state draws.
 */
import { loadFigure } from '../charts/registry';
import type { PlotOptions } from '@observablehq/plot';
import type { AnyFigure, DataTable, FigureText } from '../charts/types';
import { isLang, type Dictionary } from '../../i18n/index';
import { figureText, formatCell } from '../figureText';
import { renderPanel } from '../renderPanel';
import { attachReadouts } from './readouts';
import { morph } from './morph';
import { frameOf, type Frame } from '../charts/style';
import { parseState, snap, writeState, type StateOf, type StateSchema } from '../../utils/urlState';

type State = StateOf<StateSchema>;

/** Milliseconds of quiet before the full drawing and the address bar are updated (browsers throttle history updates). */
const URL_DELAY_MS = 200;
/**
 * Script a quick drawing may take and still be made in the frame that answers the control. Of the frame's 16.7 ms,
 * the control's handler, style, layout and paint take about 5 on a laptop, and one drawing can take twice another's
 * time: 6 leaves the margin (a laptop draws in 2–6 ms; a phone at 4× throttle in 10–30).
 */
const FRAME_SHARE_MS = 6;
/** Where the browser cannot tell whether an input waits: a step of a drawing longer than this pauses after it. */
const STEP_MS = 8;
const scheduling = (globalThis.navigator as { scheduling?: { isInputPending?(options?: { includeContinuous?: boolean }): boolean } } | undefined)?.scheduling;
/** Whether an input (a key, a tap, a pointer's move) waits while a drawing is made in steps. */
function inputWaits(stepMs: number): boolean {
  return scheduling?.isInputPending ? scheduling.isInputPending({ includeContinuous: true }) : stepMs > STEP_MS;
}
/** How long a preset takes to glide to its state. */
const ANIMATION_MS = 300;

/** The figure's strings and its citation labels (`$cites`), shipped by the build. */
function readStrings(root: HTMLElement): { strings: Partial<Dictionary>; cites: Record<string, string> } {
  try {
    const parsed: unknown = JSON.parse(root.querySelector('[data-strings]')?.textContent ?? '{}');
    if (!parsed || typeof parsed !== 'object') return { strings: {}, cites: {} };
    const { $cites, ...strings } = parsed as Partial<Dictionary> & { $cites?: Record<string, string> };
    return { strings, cites: $cites ?? {} };
  } catch {
    return { strings: {}, cites: {} };
  }
}

/**
 * The panel's Plot options without what only read-outs use: the invisible marks that widen a mark's
 * reach (style.ts's HIT, class `m-hit`) and the read-out channel (`title`) of the others. What is drawn
 * is the same; a mark Plot cannot copy is kept whole.
 */
function withoutReadouts(options: PlotOptions): PlotOptions {
  type Mark = { className?: string; channels?: Record<string, unknown> };
  const strip = (mark: unknown): unknown => {
    if (Array.isArray(mark)) return mark.map(strip).filter((m) => m !== undefined);
    if (!mark || typeof mark !== 'object') return mark;
    const { className, channels } = mark as Mark;
    if (className?.split(' ').includes('m-hit')) return undefined;
    if (!channels || !('title' in channels)) return mark;
    const copy = Object.assign(Object.create(Object.getPrototypeOf(mark) as object) as object, mark) as Mark;
    const { title: _, ...rest } = channels;
    copy.channels = rest;
    return copy;
  };
  return options.marks ? { ...options, marks: strip(options.marks) as NonNullable<PlotOptions['marks']> } : options;
}

function decimalsOf(step: number): number {
  return (String(step).split('.')[1] ?? '').length;
}

export interface LiveFigure {
  figure: AnyFigure;
  state: State;
  /** Re-renders the figure for a new state, in full, and reports how long it took (ms). */
  render(state: State): number;
}

export async function hydrateFigure(root: HTMLElement): Promise<LiveFigure> {
  const figure = await loadFigure(root.dataset.figure ?? '');
  const lang = isLang(root.dataset.lang) ? root.dataset.lang : 'en';
  const shipped = readStrings(root);
  const text: FigureText = figureText(lang, shipped.strings, shipped.cites, root.classList.contains('figure-slide'));
  const inputs = [...root.querySelectorAll<HTMLInputElement>('[data-controls] input[data-param]')];
  // The parameter a control sets (its name, except on a slide, where names carry the slide).
  const paramOf = (input: HTMLInputElement) => input.dataset.param ?? '';
  const summaryId = root.querySelector('[data-summary]')?.id ?? '';
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  // A slide's figure carries its own state and leaves the address bar to the deck.
  const ownState = root.dataset.state;
  const live: LiveFigure = { figure, state: parseState(figure.schema, new URLSearchParams(ownState ?? location.search)), render };

  const presetButtons = [...root.querySelectorAll<HTMLElement>('[data-preset]')];
  const presetOf = (button: HTMLElement): Record<string, number> => {
    try {
      return JSON.parse(button.dataset.preset ?? '{}') as Record<string, number>;
    } catch {
      return {};
    }
  };
  // On a phone the secondary controls start folded, so the chart and its main control share the screen.
  const more = root.querySelector<HTMLDetailsElement>('[data-more]');
  if (more && matchMedia('(max-width: 40rem)').matches) more.open = false;
  const firstSlot = root.querySelector<HTMLElement>('[data-panel]');
  /** The room the panels have now (CSS px) and the chart text size the page's CSS sets; none while hidden. */
  function measure(): Frame | undefined {
    if (!firstSlot || firstSlot.clientWidth === 0) return undefined;
    const font = Number.parseFloat(getComputedStyle(firstSlot).fontSize) || 12;
    return { width: firstSlot.clientWidth, font, ...(text.slide ? { height: firstSlot.clientHeight } : {}) };
  }
  let drawnFor = '';
  /** The room last measured: a frame drawn while the hand moves reuses it (the ResizeObserver measures anew). */
  let room: Frame | undefined;
  /**
   * What a drawing costs here (ms of script): the slowest recent one, forgotten by a quarter a drawing. It says
   * whether the next quick drawing fits in a frame beside the control. A peak, not the last drawing: on a phone
   * drawings scatter around the frame's share, and one that fitted by luck must not pull the next into the frame.
   */
  let drawMs = 0;
  /** Whether what is on screen is a quick drawing, still waiting for its full one. */
  let quickOnScreen = false;
  /** The data table as last drawn: read-outs show its rows. */
  let table: DataTable = { columns: [], rows: [] };
  const readouts = attachReadouts(root, text, () => table);

  /** The last drawing's script time, summed over its steps. */
  let lastTook = 0;
  /**
   * Draws the figure for a state, at once. `quick` (while the hand moves): only what shows, in the room last
   * measured; the read-out marks, the data table, the summary and the read-outs wait for the full drawing.
   * Returns the drawing's script time (ms).
   */
  function render(state: State, quick = false): number {
    stopSteps();
    const steps = drawing(state, quick, false);
    while (!steps.next().done);
    return lastTook;
  }

  /**
   * The steps of a drawing. Made `inSteps` (a quick drawing on a phone), it may pause after the layout and after
   * each panel's Plot drawing, and go on in a task of its own: it pauses where an input is waiting, so that the
   * input waits for one step, not the whole drawing, and a drawing no input interrupts is made in one task. The
   * screen changes only at the last step, every panel at once.
   */
  function* drawing(state: State, quick: boolean, inSteps: boolean): Generator<void, void> {
    let busy = 0;
    const began = performance.now();
    let resumed = began;
    function* pause(): Generator<void, void> {
      if (!inSteps || !inputWaits(performance.now() - resumed)) return;
      busy += performance.now() - resumed;
      yield;
      resumed = performance.now();
    }
    live.state = state;
    quickOnScreen = quick;
    const model = figure.compute(state);
    const frame = (quick && room) || (room = measure()) || frameOf(undefined, text.slide);
    drawnFor = `${frame.width}×${frame.height ?? ''}@${frame.font}`;
    // The width it is drawn for, for whoever waits on a redraw after a resize (the layout tests).
    root.dataset.drawnFor = String(frame.width);
    const panels = figure.panels(model, state, text, frame);
    yield* pause();
    const slots = [...root.querySelectorAll<HTMLElement>('[data-panel]')];
    const drawn: (SVGSVGElement | undefined)[] = [];
    if (quick) {
      for (const [i, panel] of panels.entries()) {
        if (!slots[i]) continue;
        try {
          drawn[i] = renderPanel(withoutReadouts(panel.options), text.t(panel.label), summaryId, undefined, frame.font, false);
        } catch {
          // A mark the copy did not suit: drawn whole.
        }
        yield* pause();
      }
    }
    for (const [i, slot] of slots.entries()) {
      const panel = panels[i];
      if (!panel) continue;
      const svg = drawn[i];
      // A quick drawing changes the one on screen where it differs (morph.ts): the browser restyles only what changed.
      const onScreen = slot.firstElementChild;
      if (svg && onScreen && slot.childElementCount === 1) morph(onScreen, svg);
      else slot.replaceChildren(svg ?? renderPanel(panel.options, text.t(panel.label), summaryId, undefined, frame.font));
    }
    const status = figure.status(model, state, text);
    const statusEl = root.querySelector<HTMLElement>('[data-status]');
    if (statusEl && (statusEl.textContent !== status.message || statusEl.dataset.tone !== status.tone)) {
      statusEl.textContent = status.message;
      statusEl.dataset.tone = status.tone;
    }
    if (!quick) renderText(model, state);
    // A state asked for while this one was drawn in steps is the one the controls keep showing.
    showControls(asked ?? state);
    // On a slide, the talk hides what a build step leaves out after every drawing. `began`: when this drawing
    // began (a drawing made in steps can end after inputs that came while it was made, which it does not show).
    root.dispatchEvent(new CustomEvent('figure:render', { detail: { began } }));
    lastTook = busy + performance.now() - resumed;
    drawMs = Math.max(lastTook, drawMs * 0.75);
  }

  /** The summary, the data table and the read-outs: what a quick drawing leaves for the full one. */
  function renderText(model: unknown, state: State): void {
    const summary = root.querySelector('[data-summary]');
    if (summary) summary.textContent = figure.summary(model, state, text);
    table = figure.table(model, text);
    const body = root.querySelector('[data-table] tbody');
    body?.replaceChildren(
      ...table.rows.map((row) => {
        const tr = document.createElement('tr');
        for (const [i, value] of row.entries()) {
          const td = document.createElement('td');
          const column = table.columns[i];
          td.textContent = column ? formatCell(value, column, text) : String(value);
          tr.append(td);
        }
        return tr;
      }),
    );
    readouts.refresh();
  }

  /** The controls, their printed values and the pressed preset, for a state. */
  function showControls(state: State): void {
    for (const input of inputs) {
      const key = paramOf(input);
      const value = state[key];
      const param = figure.schema[key];
      const control = figure.controls.find((c) => c.key === key);
      if (value === undefined || !param || !control) continue;
      if (control.kind === 'toggle') {
        input.checked = value === 1;
        continue;
      }
      if (input.valueAsNumber !== value) input.value = String(value);
      const output = root.querySelector(`[data-output="${key}"]`);
      const printed = `${text.num(value, decimalsOf(param.step))}${control.unit ? text.t(control.unit) : ''}`;
      if (output && output.textContent !== printed) output.textContent = printed;
    }
    // The preset that matches the state shows as pressed (the one gliding, from the tap on).
    const pressed = gliding ?? state;
    for (const button of presetButtons) button.setAttribute('aria-pressed', String(Object.entries(presetOf(button)).every(([k, v]) => pressed[k] === v)));
  }

  /** The latest state asked for and not yet drawn, and its animation frame. */
  let asked: State | undefined;
  let frameRequest = 0;
  /** A quick drawing being made in steps, and whether its next step is posted. */
  let stepping: Generator<void, void> | undefined;
  let stepPosted = false;
  /** Abandons a drawing being made in steps (a drawing made at once replaces it). */
  function stopSteps(): void {
    stepping?.return();
    stepping = undefined;
  }
  /** Forgets a state still waiting for its frame (a preset or a tapped mark replaces it). */
  function dropAsked(): void {
    cancelAnimationFrame(frameRequest);
    frameRequest = 0;
    asked = undefined;
    stopSteps();
  }
  /** The tasks that draw once the frame showing the moved control is painted: a step each. */
  const afterPaint = new MessageChannel();
  function postStep(): void {
    if (stepPosted) return;
    stepPosted = true;
    afterPaint.port2.postMessage(0);
  }
  afterPaint.port1.onmessage = () => {
    stepPosted = false;
    if (!stepping) {
      const next = asked;
      asked = undefined;
      if (!next) return;
      stepping = drawing(next, true, true);
    }
    if (!stepping.next().done) return postStep();
    stepping = undefined;
    // A state asked for while it was drawn: drawn after the frame that shows this one.
    if (asked) requestDraw();
  };
  /**
   * Draws the latest state quickly, one drawing per frame however many inputs arrive. Where a drawing fits
   * in a frame with room to spare (a laptop), it is made in the next frame, with the control. Where it does
   * not (a phone: 10 to 30 ms of script at 4× throttle), the control, its printed value and the pressed
   * preset answer in the next frame alone, and the chart is drawn just after that frame is painted (tasks
   * posted from its animation frame, a step each) and shows in a frame after: the hand sees its move at
   * once, and a drawing never holds up the frame that answers it.
   */
  function drawSoon(state: State): void {
    asked = state;
    showControls(state);
    requestDraw();
  }
  function requestDraw(): void {
    if (frameRequest) return;
    frameRequest = requestAnimationFrame(() => {
      frameRequest = 0;
      if (drawMs > FRAME_SHARE_MS || stepping) return postStep();
      const next = asked;
      asked = undefined;
      if (next) render(next, true);
    });
  }

  let animation = 0;
  /** The state a preset glides to, while it glides: its button shows pressed from the tap on. */
  let gliding: State | undefined;
  function stopGlide(): void {
    cancelAnimationFrame(animation);
    gliding = undefined;
  }
  /**
   * A preset glides to its state (~300 ms). The frame that answers the tap shows the preset pressed and its
   * toggles switched, and nothing more, so it is never held up by a drawing; the sliders' values then move
   * through the states between, each drawn the way a moved slider's is (drawSoon: one drawing a frame, after
   * the frame on a phone), and the full drawing ends it. At once under prefers-reduced-motion.
   */
  function animateTo(target: State): void {
    stopGlide();
    dropAsked();
    const from = { ...live.state };
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
      render(target);
      settle();
      return;
    }
    const between = (eased: number): State => {
      const state: State = { ...target };
      for (const control of figure.controls) {
        const param = figure.schema[control.key];
        const a = from[control.key];
        const b = target[control.key];
        if (control.kind !== 'toggle' && param && a !== undefined && b !== undefined) state[control.key] = snap(param, a + (b - a) * eased) ?? b;
      }
      return state;
    };
    gliding = target;
    showControls(between(0));
    const start = performance.now();
    const frame = (now: number) => {
      const k = Math.min(1, (now - start) / ANIMATION_MS);
      if (k >= 1) {
        gliding = undefined;
        dropAsked();
        render(target);
        settle();
        return;
      }
      // A state the glide is already at (a coarse slider moves by whole steps) is not drawn again.
      const next = between(k < 0.5 ? 2 * k * k : 1 - (2 - 2 * k) ** 2 / 2);
      const last = asked ?? live.state;
      if (Object.keys(next).some((key) => next[key] !== last[key])) drawSoon(next);
      animation = requestAnimationFrame(frame);
    };
    animation = requestAnimationFrame(frame);
  }

  /**
   * Once the hand has rested: the full drawing (if a quick one is on screen, or a state is still waiting
   * for its frame), then the address bar and the figure's cite and embed links.
   */
  function settle(): void {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      const waiting = asked;
      dropAsked();
      if (waiting || quickOnScreen) render(waiting ?? live.state);
      if (ownState !== undefined) return;
      const params = writeState(figure.schema, live.state, new URLSearchParams(location.search));
      const query = params.toString();
      history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
      writeCiteUrls();
    }, URL_DELAY_MS);
  }

  /** This figure at its current state: only its own parameters, and its anchor. */
  function ownLink(): string {
    const own = writeState(figure.schema, live.state, new URLSearchParams()).toString();
    return `${location.origin}${location.pathname}${own ? `?${own}` : ''}#${root.id}`;
  }

  /** Points this figure's "cite this" and embed code at its current state. */
  function writeCiteUrls(): void {
    const link = ownLink();
    const own = writeState(figure.schema, live.state, new URLSearchParams()).toString();
    root.querySelectorAll<HTMLElement>('[data-embed-src]').forEach((span) => {
      span.textContent = `${location.origin}/${lang}/embed/${figure.id}/${own ? `?${own}` : ''}`;
    });
    root.querySelectorAll<HTMLElement>('[data-cite-url]').forEach((span) => {
      span.textContent = span.dataset.citeUrl === 'tex' ? link.replace(/[#%&_]/g, (c) => `\\${c}`) : link;
    });
  }

  function stateFromControls(): State {
    const next: State = { ...live.state };
    for (const input of inputs) {
      const param = figure.schema[paramOf(input)];
      if (param) next[paramOf(input)] = input.type === 'checkbox' ? Number(input.checked) : (snap(param, input.valueAsNumber) ?? param.default);
    }
    return next;
  }

  root.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    stopGlide();
    // The state is the one asked for at once (what the talk sends to the other window, what the link will carry);
    // the drawing catches up within a frame.
    live.state = stateFromControls();
    drawSoon(live.state);
    settle();
  });
  root.addEventListener('click', (event) => {
    const download = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-download]') : null;
    // The export code (SVG, PNG, CSV) is fetched on the first download, like the permalink menu.
    if (download) void import('./downloads').then(({ downloadFigure }) => downloadFigure(root, download.dataset.download ?? '', figure, live.state, text, ownLink()));
  });
  // A mark that names a state (a matrix cell): a click or tap sets it.
  root.addEventListener('click', (event) => {
    const mark = event.target instanceof Element ? event.target.closest('[data-panel] [data-set]') : null;
    if (!mark) return;
    const params = writeState(figure.schema, live.state, new URLSearchParams());
    for (const [key, value] of new URLSearchParams((mark.getAttribute('data-set') ?? '').replace(/ /g, '&'))) params.set(key, value);
    stopGlide();
    // Drawn as a moved slider is: the frame that answers the tap is not held up by the drawing.
    live.state = parseState(figure.schema, params);
    drawSoon(live.state);
    settle();
  });
  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-preset]') : null;
    if (!button) return;
    const preset = new URLSearchParams(Object.entries(presetOf(button)).map(([k, v]) => [k, String(v)]));
    animateTo(parseState(figure.schema, preset));
  });

  // Laid out for its real width: drawn again when the panel's size (or its text size) changes.
  if (firstSlot && 'ResizeObserver' in window) {
    let queued = false;
    new ResizeObserver(() => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        const frame = measure();
        if (frame && `${frame.width}×${frame.height ?? ''}@${frame.font}` !== drawnFor) {
          room = frame;
          render(live.state, quickOnScreen);
        }
      });
    }).observe(firstSlot);
  }

  if (root.dataset.touched !== undefined) {
    render(stateFromControls());
    settle();
  } else render(live.state);
  writeCiteUrls();
  root.dataset.hydrated = '';
  return live;
}
