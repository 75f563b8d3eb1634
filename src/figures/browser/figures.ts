/**
 * The only script a chapter loads up front. It waits until a figure comes
 * into view, or is touched, before fetching the figure runtime (and with it
 * the shared Plot chunk), so reading costs no JavaScript beyond this file.
 * A figure already on screen when the page opens shows its static SVG, which
 * is exactly its default state, and comes alive when the reader points at or
 * touches it (or at once when the link carries a state for it), so that
 * opening a page never waits on the chart library.
 */

import { fragmentId, redirectFragment } from '../../sources/anchors';
import type { LiveFigure } from './figureRuntime';

const started = new WeakMap<Element, Promise<LiveFigure>>();

/**
 * Whether a finger or a mouse button is down, and what waits for it to lift. The live drawing replaces the
 * build-time one at the real width, which moves what is below it: made between a press and its release, it
 * moved the button under the hand, and the click (which needs both on the same element) was lost.
 */
let held = false;
const lifted: (() => void)[] = [];
function watchPointer(): void {
  document.addEventListener('pointerdown', () => (held = true), { capture: true, passive: true });
  const lift = () =>
    // After the click that the release dispatches in the same task.
    setTimeout(() => {
      held = false;
      for (const go of lifted.splice(0)) go();
    }, 0);
  for (const type of ['pointerup', 'pointercancel']) document.addEventListener(type, lift, { capture: true, passive: true });
}
/** Resolves once no pointer is down (at most a second: a release outside the window is never reported). */
const released = (): Promise<void> => (held ? new Promise((resolve) => { lifted.push(resolve); setTimeout(resolve, 1000); }) : Promise.resolve());

function hydrate(figure: HTMLElement): Promise<LiveFigure> {
  let live = started.get(figure);
  if (!live) {
    live = import('./figureRuntime').then(async ({ hydrateFigure }) => {
      await released();
      return hydrateFigure(figure);
    });
    started.set(figure, live);
  }
  return live;
}

/**
 * Other scripts (the talk) ask for a live figure with a `figure:hydrate` event whose detail
 * receives it: the figure runtime is imported lazily in this one place only, so the chapter's
 * script stays a single file.
 */
export function serveFigures(): void {
  document.addEventListener('figure:hydrate', (event) => {
    if (event.target instanceof HTMLElement && event instanceof CustomEvent && typeof event.detail === 'function') {
      (event.detail as (live: Promise<LiveFigure>) => void)(hydrate(event.target));
    }
  });
}

/** Whether the page's query sets any of this figure's parameters. */
function linkSetsState(figure: HTMLElement): boolean {
  const params = new URLSearchParams(location.search);
  // Every parameter the figure reads (a slider's, or one only its presets set), named on the figure.
  return (figure.dataset.params ?? '').split(' ').some((key) => params.has(key));
}

export function observeFigures(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('[data-figure]')];
  if (figures.length === 0) return;
  watchPointer();
  const observed = new WeakSet<Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const atLoad = !observed.has(entry.target);
        observed.add(entry.target);
        if (!entry.isIntersecting) continue;
        if (atLoad && !linkSetsState(entry.target as HTMLElement)) continue;
        observer.unobserve(entry.target);
        void hydrate(entry.target as HTMLElement);
      }
    },
    { rootMargin: '300px 0px' },
  );
  for (const figure of figures) {
    observer.observe(figure);
    keepEarlyClicks(figure);
    for (const type of ['pointerover', 'pointerdown', 'focusin', 'input']) {
      figure.addEventListener(
        type,
        (event) => {
          // A control moved before the runtime arrived: the runtime starts from the controls, not the URL.
          if (event.type === 'input') figure.dataset.touched = '';
          void hydrate(figure);
        },
        { passive: true },
      );
    }
  }
}

/**
 * What a click (a tap, or Enter or Space on a button) asks of a figure whose runtime has not arrived:
 * a preset, a download, or a mark that names a state (a matrix cell, the causal diagram's X). The
 * runtime's own handlers are attached when it arrives, too late for the click that woke it: the
 * loader keeps what was asked and asks again, on the same button or on the same mark of the new
 * drawing, once the runtime is there. Toggles, sliders and the embed and cite menus work natively.
 * The listener stays after: it also hands a tap inside a mark's box, but not on its lines, to the mark.
 */
const ACTIONS = '[data-preset], [data-download], [data-panel] [data-set]';

function keepEarlyClicks(figure: HTMLElement): void {
  // What was asked, in order (a preset, then a download of the figure in that state).
  let asked: (() => void)[] | undefined;
  figure.addEventListener('click', (event) => {
    const at = event.target instanceof Element ? event.target : null;
    const target = at?.closest(ACTIONS);
    if (!target) {
      // A mark that names a state answers a tap anywhere in its box: a node drawn as a ring without fill
      // (the causal diagram's X) is otherwise hit only on its line, and its label lies over it.
      const { clientX: x, clientY: y } = event;
      const mark = [...(at?.closest('[data-panel] svg')?.querySelectorAll('[data-set]') ?? [])].find((m) => {
        const r = m.getBoundingClientRect();
        return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
      });
      mark?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return;
    }
    if (figure.dataset.hydrated !== undefined) return;
    // A button stays; a mark is drawn anew when the runtime takes over: it is found by the state it names.
    const set = target.getAttribute('data-set');
    (asked ??= []).push(() => (set === null ? target : figure.querySelector(`[data-panel] [data-set="${set}"]`))?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    if (asked.length === 1)
      void hydrate(figure).then(() => {
        for (const ask of asked!.splice(0)) ask();
      });
  });
}

/**
 * A link to an id that was renamed or removed lands where the page's anchor
 * redirects (content/redirects.json) say it went.
 */
export function followAnchorRedirects(): void {
  const node = document.querySelector('script[data-anchor-redirects]');
  if (!node) return;
  const { page, anchors } = JSON.parse(node.textContent ?? '{}') as { page: string; anchors: Record<string, string> };
  const follow = () => {
    const id = fragmentId(location.hash);
    const target = redirectFragment(page, id, anchors, (candidate) => document.getElementById(candidate) !== null);
    if (target) location.replace(target.startsWith('#') ? target : target.replace(/^\//, `/${document.documentElement.lang.startsWith('zh') ? 'zh' : 'en'}/`));
  };
  follow();
  window.addEventListener('hashchange', follow);
}

/**
 * Permalink controls (the ¶ links, section numbers and figure numbers) are
 * plain links; with JavaScript, a click opens their copy menu, whose module
 * is fetched only then.
 */
export function watchPermalinks(): void {
  document.addEventListener('click', (event) => {
    const control = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-permalink]') : null;
    if (!control || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void import('../../sources/browser/permalinks').then(({ openMenu }) => openMenu(control));
  });
}

/**
 * A page the service worker answered from its cache on a slow link, when the network's late answer was a newer
 * version (src/build/offline.ts): a small notice says so, with a button that reloads the page.
 */
export function noticeNewerVersion(): void {
  navigator.serviceWorker?.addEventListener('message', ({ data }) => {
    const strings = document.querySelector('script[data-loader-strings]');
    if (data !== 'ai45:newer' || !strings || document.querySelector('.newer-version')) return;
    const [newer, reload] = JSON.parse(strings.textContent!) as string[];
    const notice = document.body.appendChild(document.createElement('p'));
    const button = document.createElement('button');
    notice.className = 'newer-version';
    notice.setAttribute('role', 'status');
    button.textContent = reload!;
    button.onclick = () => location.reload();
    notice.append(`${newer} `, button);
  });
}

/** A chapter link made at an older version of a paragraph (`?v=<date>#<id>`): the notice loads only for such links. */
export function noticeOldVersion(): void {
  const version = new URLSearchParams(location.search).get('v');
  if (version && /^\d{4}-\d{2}-\d{2}$/.test(version)) void import('../../sources/browser/versionNotice').then(({ showVersionNotice }) => showVersionNotice(version));
}
