/**
 * Brings one figure to life: reads its state from the URL, re-renders it with
 * the same chart module the build used whenever a control moves, and writes
 * the state back into the URL. Text from the URL never reaches the page as
 * HTML: parsing yields numbers, and everything shown is set as text.
 */
import { loadFigure } from '../charts/registry';
import type { AnyFigure, FigureText } from '../charts/types';
import { isLang, type Dictionary } from '../i18n/index';
import { figureText, formatCell } from '../lib/figureText';
import { renderPanel } from '../lib/renderPanel';
import { parseState, snap, writeState, type StateOf, type StateSchema } from '../lib/urlState';

type State = StateOf<StateSchema>;

/** Seconds of quiet before the address bar is updated (browsers throttle history updates). */
const URL_DELAY_MS = 200;

function readStrings(root: HTMLElement): Partial<Dictionary> {
  try {
    const parsed: unknown = JSON.parse(root.querySelector('[data-strings]')?.textContent ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Partial<Dictionary>) : {};
  } catch {
    return {};
  }
}

function decimalsOf(step: number): number {
  return (String(step).split('.')[1] ?? '').length;
}

export interface LiveFigure {
  figure: AnyFigure;
  state: State;
  /** Re-renders the figure for a new state and reports how long it took (ms). */
  render(state: State): number;
}

export async function hydrateFigure(root: HTMLElement): Promise<LiveFigure> {
  const figure = await loadFigure(root.dataset.figure ?? '');
  const lang = isLang(root.dataset.lang) ? root.dataset.lang : 'en';
  const text: FigureText = figureText(lang, readStrings(root));
  const inputs = [...root.querySelectorAll<HTMLInputElement>('[data-controls] input[name]')];
  const summaryId = root.querySelector('[data-summary]')?.id ?? '';
  let urlTimer: ReturnType<typeof setTimeout> | undefined;

  const live: LiveFigure = { figure, state: parseState(figure.schema, new URLSearchParams(location.search)), render };

  function render(state: State): number {
    const start = performance.now();
    live.state = state;
    const model = figure.compute(state);
    const panels = figure.panels(model, state, text);
    root.querySelectorAll<HTMLElement>('[data-panel]').forEach((slot, i) => {
      const panel = panels[i];
      if (panel) slot.replaceChildren(renderPanel(panel.options, text.t(panel.label), summaryId));
    });
    const status = figure.status(model, state, text);
    const statusEl = root.querySelector<HTMLElement>('[data-status]');
    if (statusEl) {
      statusEl.textContent = status.message;
      statusEl.dataset.tone = status.tone;
    }
    const summary = root.querySelector('[data-summary]');
    if (summary) summary.textContent = figure.summary(model, state, text);
    const table = figure.table(model, text);
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
    for (const input of inputs) {
      const value = state[input.name];
      const param = figure.schema[input.name];
      const control = figure.controls.find((c) => c.key === input.name);
      if (value === undefined || !param || !control) continue;
      if (control.kind === 'toggle') {
        input.checked = value === 1;
        continue;
      }
      if (input.valueAsNumber !== value) input.value = String(value);
      const output = root.querySelector(`[data-output="${input.name}"]`);
      if (output) output.textContent = `${text.num(value, decimalsOf(param.step))}${control.unit ? text.t(control.unit) : ''}`;
    }
    return performance.now() - start;
  }

  function writeUrl(): void {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      const params = writeState(figure.schema, live.state, new URLSearchParams(location.search));
      const query = params.toString();
      history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
      writeCiteUrls();
    }, URL_DELAY_MS);
  }

  /** Points this figure's "cite this" at its current state: only its own parameters, and its anchor. */
  function writeCiteUrls(): void {
    const own = writeState(figure.schema, live.state, new URLSearchParams()).toString();
    const link = `${location.origin}${location.pathname}${own ? `?${own}` : ''}#${root.id}`;
    root.querySelectorAll<HTMLElement>('[data-cite-url]').forEach((span) => {
      span.textContent = span.dataset.citeUrl === 'tex' ? link.replace(/[#%&_]/g, (c) => `\\${c}`) : link;
    });
  }

  function stateFromControls(): State {
    const next: State = { ...live.state };
    for (const input of inputs) {
      const param = figure.schema[input.name];
      if (param) next[input.name] = input.type === 'checkbox' ? Number(input.checked) : (snap(param, input.valueAsNumber) ?? param.default);
    }
    return next;
  }

  root.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    render(stateFromControls());
    writeUrl();
  });
  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-preset]') : null;
    if (!button) return;
    const preset = new URLSearchParams(Object.entries(JSON.parse(button.dataset.preset ?? '{}') as Record<string, number>).map(([k, v]) => [k, String(v)]));
    render(parseState(figure.schema, preset));
    writeUrl();
  });

  if (root.dataset.touched !== undefined) {
    render(stateFromControls());
    writeUrl();
  } else render(live.state);
  writeCiteUrls();
  root.dataset.hydrated = '';
  return live;
}
