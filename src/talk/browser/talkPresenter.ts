/**
 * The presenter view's own parts (loaded only with `?view=presenter`): the
 * notes of the slide on screen, the slide position, a timer with pacing
 * against a planned length, and printing with or without speaker notes.
 */

export interface PresenterView {
  /** Shows slide `index` at build step `step` (of `steps`). */
  update(index: number, step: number, steps: number): void;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Seconds as m:ss, or h:mm:ss past an hour. */
const clock = (seconds: number) => {
  const total = Math.floor(seconds);
  const hours = Math.floor(total / 3600);
  return `${hours ? `${hours}:${pad(Math.floor(total / 60) % 60)}` : Math.floor(total / 60)}:${pad(total % 60)}`;
};

/**
 * Where the talk stands against its plan: on slide `index` (from 0) of `count`, after `elapsed`
 * seconds, with `planned` seconds for the whole talk. Each slide has planned/count seconds; the
 * talk is behind once this slide has run past its share, ahead while it has not yet reached it.
 * @example pace(5, 10, 240, 600) // { perSlide: 60, tone: 'ahead', by: 60 }
 */
export function pace(index: number, count: number, elapsed: number, planned: number): { perSlide: number; tone: 'ahead' | 'behind' | 'on'; by: number } {
  const perSlide = planned / Math.max(1, count);
  if (elapsed > (index + 1) * perSlide) return { perSlide, tone: 'behind', by: elapsed - (index + 1) * perSlide };
  if (elapsed < index * perSlide) return { perSlide, tone: 'ahead', by: index * perSlide - elapsed };
  return { perSlide, tone: 'on', by: 0 };
}

export function startPresenter(panel: HTMLElement, slides: readonly HTMLElement[], strings: Record<string, string>): PresenterView {
  const format = (template: string | undefined, vars: Record<string, string | number>) => (template ?? '').replace(/\{(\w+)\}/g, (_, key: string) => String(vars[key] ?? ''));
  const nextSlot = panel.querySelector<HTMLElement>('[data-next-slot]')!;
  const notesSlot = panel.querySelector<HTMLElement>('[data-notes-slot]')!;
  const position = panel.querySelector<HTMLElement>('[data-position]')!;
  const timer = panel.querySelector<HTMLElement>('[data-timer]')!;
  const wallClock = panel.querySelector<HTMLElement>('[data-clock]')!;
  const toggle = panel.querySelector<HTMLButtonElement>('[data-timer-toggle]')!;
  const plannedInput = panel.querySelector<HTMLInputElement>('[data-planned]')!;
  const paceLine = panel.querySelector<HTMLElement>('[data-pace]')!;
  const root = document.documentElement;
  // The planned length is the presenter's, kept per deck across reloads.
  const storeKey = `ai45-planned:${location.pathname}`;
  let current = 0;
  let elapsed = 0;
  let since: number | undefined = Date.now();
  panel.hidden = false;
  try {
    const saved = Number(localStorage.getItem(storeKey));
    if (saved >= 1 && saved <= 600) plannedInput.value = String(saved);
  } catch {
    // Storage may be off; the planned length then starts from the deck's own.
  }

  const seconds = () => (elapsed + (since === undefined ? 0 : Date.now() - since)) / 1000;
  const tick = () => {
    timer.textContent = clock(seconds());
    const now = new Date();
    wallClock.textContent = `${pad(now.getHours())}:${pad(now.getMinutes())}`;
    const minutes = Number(plannedInput.value);
    if (!(minutes >= 1)) {
      paceLine.textContent = '';
      return;
    }
    const where = pace(current, slides.length, seconds(), minutes * 60);
    paceLine.dataset.tone = where.tone;
    paceLine.textContent = `${format(strings.perSlide, { time: clock(where.perSlide) })} · ${where.tone === 'on' ? strings.onTime : format(where.tone === 'ahead' ? strings.ahead : strings.behind, { time: clock(where.by) })}`;
  };
  toggle.addEventListener('click', () => {
    if (since === undefined) since = Date.now();
    else {
      elapsed += Date.now() - since;
      since = undefined;
    }
    toggle.textContent = (since === undefined ? toggle.dataset.resume : toggle.dataset.pause) ?? '';
    tick();
  });
  panel.querySelector('[data-timer-reset]')!.addEventListener('click', () => {
    elapsed = 0;
    if (since !== undefined) since = Date.now();
    tick();
  });
  plannedInput.addEventListener('input', () => {
    try {
      localStorage.setItem(storeKey, plannedInput.value);
    } catch {
      // Not kept across reloads, still used now.
    }
    tick();
  });
  // Printing from the presenter view: the hand-out, or each slide with its speaker notes under it.
  for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.addEventListener('click', () => {
      if (button.dataset.print === 'notes') root.dataset.printNotes = '';
      window.print();
    });
  }
  window.addEventListener('afterprint', () => delete root.dataset.printNotes);
  tick();
  setInterval(tick, 1000);

  return {
    update(index, step, steps) {
      current = index;
      notesSlot.replaceChildren(...[...(slides[index]!.parentElement?.querySelector('[data-notes]')?.children ?? [])].map((node) => node.cloneNode(true)));
      nextSlot.textContent = index + 1 < slides.length ? '' : (strings.last ?? '');
      position.textContent = `${format(strings.slide, { n: index + 1, total: slides.length })}${steps ? ` · ${format(strings.step, { n: step, total: steps })}` : ''}`;
      tick();
    },
  };
}
