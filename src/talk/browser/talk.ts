/**
 * Talk mode: turns the deck page into a full-screen presentation. Keys are
 * the ones presentation clickers send; every slide is an address
 * (`#<slide id>`); `?view=presenter` is the presenter view, kept in step with
 * the audience window over a BroadcastChannel, both ways. Figures are the
 * chapters' live figures: the figure runtime (and Plot) loads with the first
 * figure slide, and build steps hide parts of a figure or move its state.
 */
import type { LiveFigure } from '../../figures/browser/figureRuntime';
import type { Drawing } from './talkDrawing';
import type { Follow } from './talkFollow';
import type { PresenterView } from './talkPresenter';
import type { Stroke } from '../ink';
import { hiddenAt, stateAt, type BuildStep } from '../slideSteps';
import { fragmentId } from '../../sources/anchors';
import { parseState, writeState } from '../../utils/urlState';

type Message =
  | { type: 'go'; index: number; step: number }
  | { type: 'black'; on: boolean }
  | { type: 'state'; index: number; query: string }
  | { type: 'ink'; id: string; strokes: Stroke[] }
  | { type: 'hello' };

/** Keys that move on whatever has focus: what clickers send. */
const CLICKER_NEXT = new Set(['PageDown']);
const CLICKER_PREV = new Set(['PageUp']);
const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'n', 'N']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'p', 'P', 'Backspace']);

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

function readSteps(slide: HTMLElement): BuildStep[] {
  try {
    const parsed: unknown = JSON.parse(slide.dataset.steps ?? '[]');
    return Array.isArray(parsed) ? (parsed as BuildStep[]) : [];
  } catch {
    return [];
  }
}

/** Whether a key press belongs to the focused control (a slider's arrows, a button's space). */
function ownedByControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, select, textarea, button, summary, [contenteditable]') !== null;
}

export function startTalk(): void {
  const main = document.querySelector<HTMLElement>('[data-talk]');
  if (!main) return;
  const root = document.documentElement;
  const slides = [...main.querySelectorAll<HTMLElement>('[data-slide]')];
  const strings = JSON.parse(main.querySelector('[data-talk-strings]')?.textContent ?? '{}') as Record<string, string>;
  const format = (template: string | undefined, vars: Record<string, number>) => (template ?? '').replace(/\{(\w+)\}/g, (_, key: string) => String(vars[key] ?? ''));
  const presenter = new URLSearchParams(location.search).get('view') === 'presenter';
  const steps = slides.map(readSteps);
  const live = new Map<number, Promise<LiveFigure>>();
  const announce = main.querySelector<HTMLElement>('[data-announce]')!;
  const gotoBox = main.querySelector<HTMLElement>('[data-goto]')!;
  const black = main.querySelector<HTMLElement>('[data-black]')!;
  const languageSwitch = main.querySelector<HTMLAnchorElement>('[data-lang-switch]');
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(main.dataset.channel ?? 'ai45-talk') : undefined;
  let index = -1;
  let step = 0;
  let typed = '';

  root.dataset.talk = presenter ? 'presenter' : 'present';

  const figureOf = (i: number) => slides[i]?.querySelector<HTMLElement>('[data-figure]') ?? null;

  /** The figure of slide `i`, brought to life once. */
  function liveFigure(i: number): Promise<LiveFigure> | undefined {
    const figure = figureOf(i);
    if (!figure) return undefined;
    if (!live.has(i)) {
      // The figure loader (on every page with figures) owns the lazy import of the figure runtime.
      const started = new Promise<Promise<LiveFigure>>((resolve) => figure.dispatchEvent(new CustomEvent('figure:hydrate', { detail: resolve, bubbles: true }))).then(async (hydrating) => {
        const figureLive = await hydrating;
        figure.addEventListener('figure:render', () => hideParts(i));
        // A control moved by hand travels to the other window.
        figure.addEventListener('input', () => post({ type: 'state', index: i, query: writeState(figureLive.figure.schema, figureLive.state, new URLSearchParams()).toString() }));
        return figureLive;
      });
      live.set(i, started);
    }
    return live.get(i);
  }

  /** Hides what later build steps of slide `i` reveal. */
  function hideParts(i: number): void {
    const figure = figureOf(i);
    if (!figure) return;
    const current = Number(slides[i]!.dataset.step ?? steps[i]!.length);
    const hidden = hiddenAt(steps[i]!, current);
    figure.querySelectorAll('.build-hidden').forEach((element) => element.classList.remove('build-hidden'));
    figure.querySelectorAll<HTMLElement>('[data-panel]').forEach((panel, p) => panel.classList.toggle('build-hidden', hidden.has(`panel-${p + 1}`)));
    for (const token of hidden) if (token.startsWith('m-')) figure.querySelectorAll(`.${token}`).forEach((element) => element.classList.add('build-hidden'));
    // The status line would tell what is still hidden.
    if (hidden.size > 0) figure.querySelector('[data-status]')?.classList.add('build-hidden');
  }

  function applyStep(i: number, s: number): void {
    slides[i]!.dataset.step = String(s);
    hideParts(i);
    const query = stateAt(slides[i]!.dataset.baseState ?? '', steps[i]!, s);
    void liveFigure(i)?.then((figure) => {
      if (Number(slides[i]!.dataset.step) !== s) return;
      figure.render(parseState(figure.figure.schema, new URLSearchParams(query)));
    });
  }

  function post(message: Message): void {
    channel?.postMessage(message);
  }

  function show(i: number, s: number, options: { broadcast?: boolean; warm?: boolean } = {}): void {
    const next = clamp(i, 0, slides.length - 1);
    const nextStep = clamp(s, 0, steps[next]!.length);
    const moved = next !== index;
    if (moved && index >= 0 && slides[index]!.contains(document.activeElement)) main!.focus({ preventScroll: true });
    slides.forEach((slide, k) => {
      slide.toggleAttribute('data-current', k === next);
      slide.toggleAttribute('data-next', presenter && k === next + 1);
      slide.inert = root.dataset.overview === undefined && k !== next;
    });
    index = next;
    step = nextStep;
    applyStep(next, nextStep);
    if (moved) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}#${slides[next]!.id}`);
      // The other language's deck has the same slide ids.
      if (languageSwitch) languageSwitch.hash = slides[next]!.id;
      announce.textContent = `${format(strings.slide, { n: next + 1, total: slides.length })}: ${slides[next]!.querySelector('h2')?.textContent ?? ''}`;
      // The next figure slides warm up while this one is on screen (not at load, which stays light).
      if (options.warm !== false) {
        void liveFigure(next + 1);
        void liveFigure(next + 2);
      }
    }
    presenterView?.update(index, step, steps[index]!.length);
    if (root.dataset.overview !== undefined) slides[next]!.focus();
    if (options.broadcast !== false) post({ type: 'go', index: next, step: nextStep });
    follow?.moved(slides[next]!.id, nextStep);
  }

  const forward = () => (step < steps[index]!.length ? show(index, step + 1) : show(index + 1, 0));
  // Going back into a slide shows it complete, as it was left.
  const backward = () => (step > 0 ? show(index, step - 1) : index > 0 ? show(index - 1, steps[index - 1]!.length) : undefined);

  function setBlack(on: boolean, broadcast = true): void {
    black.hidden = !on;
    if (broadcast) post({ type: 'black', on });
  }

  /** Overview: every slide a thumbnail to pick by click, or by Tab and Enter; what is inside a thumbnail is out of reach. */
  function setOverview(on: boolean): void {
    if (on) root.dataset.overview = '';
    else delete root.dataset.overview;
    slides.forEach((slide, k) => {
      slide.inert = !on && k !== index;
      slide.querySelector<HTMLElement>('.slide-body')!.inert = on;
      if (on) slide.tabIndex = 0;
      else slide.removeAttribute('tabindex');
    });
    if (on) {
      slides[index]!.scrollIntoView({ block: 'center' });
      slides[index]!.focus({ preventScroll: true });
    }
  }

  function toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void root.requestFullscreen?.().catch(() => undefined);
  }

  function openPresenter(): void {
    const url = `${location.pathname}?view=presenter#${slides[index]!.id}`;
    window.open(url, 'ai45-presenter', 'popup,width=1280,height=800');
  }

  // Presenter view: the next slide, the notes, a timer and pacing beside the current slide (its code loads only there).
  let presenterView: PresenterView | undefined;
  if (presenter) {
    void import('./talkPresenter').then(({ startPresenter }) => {
      presenterView = startPresenter(main.querySelector<HTMLElement>('[data-presenter]')!, slides, strings);
      presenterView.update(index, step, steps[index]!.length);
    });
  }

  // Drawing: its code loads on first use (D, the pen button, or ink from the other window).
  const toolbar = main.querySelector<HTMLElement>('[data-ink-tools]')!;
  let drawing: Promise<Drawing> | undefined;
  const loadDrawing = () =>
    (drawing ??= import('./talkDrawing').then(({ startDrawing }) =>
      startDrawing(slides, () => slides[index]!, toolbar, (id, strokes) => {
        post({ type: 'ink', id, strokes });
        follow?.drew(id, strokes);
      }),
    ));

  // Following the speaker: only when `npm run present` serves the deck (it marks it data-relay); a static host shows none of it.
  let follow: Follow | undefined;
  const relayPath = main.dataset.relay;
  if (relayPath?.startsWith('/') && !presenter) {
    void import('./talkFollow').then(({ startFollow }) => {
      follow = startFollow(relayPath, main.querySelector<HTMLElement>('[data-follow-bar]')!, {
        goTo(id, s) {
          const target = slides.findIndex((slide) => slide.id === id);
          if (target < 0) return;
          show(target, s);
          // On a phone the deck is a scroll of slides: bring the speaker's into view.
          if (matchMedia('(max-width: 40rem)').matches) slides[target]!.scrollIntoView({ block: 'center' });
        },
        ink: (id, strokes) => void loadDrawing().then((pen) => pen.set(id, strokes)),
      });
    });
  }
  main.querySelector('[data-pen]')?.addEventListener('click', () => void loadDrawing().then((pen) => pen.toggle()));

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key;
    const inControl = ownedByControl(event.target);
    // Escape ends drawing, even from the drawing toolbar.
    if (key === 'Escape' && root.dataset.drawing !== undefined) {
      void loadDrawing().then((pen) => pen.toggle(false));
      return;
    }
    if (/^\d$/.test(key) && !inControl) {
      typed = `${typed}${key}`.slice(-3);
      gotoBox.textContent = `${strings.goto ?? ''} ${typed}`;
      gotoBox.hidden = false;
      return;
    }
    if (key === 'Enter' && root.dataset.overview !== undefined && !typed) {
      event.preventDefault();
      const focused = slides.indexOf(document.activeElement as HTMLElement);
      setOverview(false);
      show(focused >= 0 ? focused : index, 0);
      return;
    }
    if (key === 'Enter' && typed) {
      event.preventDefault();
      show(Number(typed) - 1, 0);
      typed = '';
      gotoBox.hidden = true;
      return;
    }
    typed = '';
    gotoBox.hidden = true;
    if (CLICKER_NEXT.has(key) || (!inControl && NEXT.has(key) && !(key === ' ' && event.shiftKey))) {
      event.preventDefault();
      if (!black.hidden) setBlack(false);
      forward();
    } else if (CLICKER_PREV.has(key) || (!inControl && (PREV.has(key) || (key === ' ' && event.shiftKey)))) {
      event.preventDefault();
      backward();
    } else if (inControl) {
      return;
    } else if (key === 'Home') {
      event.preventDefault();
      show(0, 0);
    } else if (key === 'End') {
      event.preventDefault();
      show(slides.length - 1, steps[slides.length - 1]!.length);
    } else if (key === 'f' || key === 'F') {
      toggleFullscreen();
    } else if (key === 'b' || key === 'B' || key === '.') {
      setBlack(black.hasAttribute('hidden'));
    } else if (key === 'd' || key === 'D') {
      void loadDrawing().then((pen) => pen.toggle());
    } else if (key === 'Escape' || key === 'o' || key === 'O') {
      if (!black.hidden) setBlack(false);
      else setOverview(root.dataset.overview === undefined);
    } else if ((key === 's' || key === 'S') && !presenter) {
      openPresenter();
    } else if (key === 'c' || key === 'C') {
      // The audience window shows a figure's controls only on request.
      if (root.dataset.controls === undefined) root.dataset.controls = '';
      else delete root.dataset.controls;
    }
  });

  // In the overview a slide is picked by click; clicking a slide otherwise does nothing.
  main.addEventListener('click', (event) => {
    if (root.dataset.overview === undefined) return;
    const slide = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-slide]') : null;
    if (!slide) return;
    event.preventDefault();
    setOverview(false);
    show(slides.indexOf(slide), 0);
  });
  black.addEventListener('click', () => setBlack(false));

  channel?.addEventListener('message', (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.type === 'go') show(message.index, message.step, { broadcast: false });
    else if (message.type === 'black') setBlack(message.on, false);
    else if (message.type === 'hello') {
      post({ type: 'go', index, step });
      void drawing?.then((pen) => pen.each((id, strokes) => post({ type: 'ink', id, strokes })));
    }
    else if (message.type === 'ink') {
      void loadDrawing().then((pen) => pen.set(message.id, message.strokes));
      follow?.drew(message.id, message.strokes);
    }
    else if (message.type === 'state') {
      void liveFigure(message.index)?.then((figure) => figure.render(parseState(figure.figure.schema, new URLSearchParams(message.query))));
    }
  });

  window.addEventListener('hashchange', () => {
    const target = slides.findIndex((slide) => slide.id === fragmentId(location.hash));
    if (target >= 0 && target !== index) show(target, 0);
  });

  const start = slides.findIndex((slide) => slide.id === fragmentId(location.hash));
  show(Math.max(0, start), 0, { broadcast: false, warm: false });
  if (presenter) post({ type: 'hello' });
  keepOffline();
}

/**
 * One visit to a talk keeps the whole site (pages, figures, scripts) for use
 * with no network: the service worker the build writes (sw.js). Only the talk
 * asks for it, so readers of the chapters never download the whole site.
 */
function keepOffline(): void {
  const register = () => navigator.serviceWorker?.register('/sw.js').catch(() => undefined);
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
