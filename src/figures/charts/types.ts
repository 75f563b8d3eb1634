import type { PlotOptions } from '@observablehq/plot';
import type { DictKey } from '../../i18n';
import type { StateOf, StateSchema } from '../../utils/urlState';
import type { Frame } from './style';

/** Localised text for a figure: its strings and number formatting, the same at build time and in the browser. */
export interface FigureText {
  t(key: DictKey, vars?: Record<string, string | number>): string;
  /** Formats a number for the page's language with a fixed number of decimals. */
  num(value: number, decimals?: number): string;
  /** A work's short author–year label, for keys the figure lists in `citations`. */
  cite(key: string): string;
  /** True when the figure is drawn on a talk slide, where type must carry to the back of a room. */
  slide?: boolean;
}

/** A slider for a bounded number (with an optional unit after its value), or a checkbox for a 0/1 parameter. */
export type Control = { key: string; label: DictKey; kind?: 'range'; unit?: DictKey } | { key: string; label: DictKey; kind: 'toggle' };

export interface Preset {
  label: DictKey;
  state: Record<string, number>;
}

export interface TableColumn {
  label: DictKey;
  /** 'fixed' prints `decimals` places, 'sci' prints a × 10ⁿ, 'text' prints the cell as it is. */
  format: 'fixed' | 'sci' | 'text';
  decimals?: number;
  /** The cells name a work of the bibliography (`ref`) or a fact sheet row (`fact`): the CSV adds a column of links to them on the Sources page. */
  link?: 'ref' | 'fact';
}

export type Cell = number | string;

export interface DataTable {
  columns: TableColumn[];
  rows: Cell[][];
}

export interface Status {
  tone: 'ok' | 'warn';
  message: string;
}

/**
 * A figure is plain data in, Plot options out: the same module renders the
 * static SVG at build time and re-renders it in the browser.
 */
export interface FigureDefinition<S extends StateSchema, M> {
  id: string;
  title: DictKey;
  /**
   * The figure's one takeaway, as a sentence: it leads the figure (and its slide), and nothing
   * else in the box competes with it. Worded for the figure's default state; `headlineVars`
   * fills its numbers from the model at that state, so the sentence computes from the data.
   */
  headline: DictKey;
  headlineVars?(model: M, text: FigureText): Record<string, string | number>;
  caption: DictKey;
  /** The panel the gallery shows (its accessible label), where the first is not the one that carries the headline. */
  thumbnail?: DictKey;
  method: DictKey;
  /** True when the figure shows a model of ours rather than data. */
  modelled: boolean;
  /** The model's equations in TeX, shown under "Sources & method" and on the Sources page. */
  equations: string[];
  /** The model's assumptions, in words. */
  assumptions: DictKey;
  schema: S;
  controls: Control[];
  /** How many of the first controls stay in view (default 1); the others fold under "More settings". */
  primaryControls?: number;
  presets: Preset[];
  /** Every string the figure needs in the browser. */
  strings: readonly DictKey[];
  /** Bibliography keys the figure names in its text (labels made at build time by citation-js). */
  citations?: readonly string[];
  /**
   * 'stack' puts the panels one above the other at full width (wide panels full of text);
   * the summary then stays for screen readers only, since a text panel already shows it.
   */
  layout?: 'stack';
  /**
   * The chart is taller than a phone's screen (a long list of dated events): on a phone its presets and controls
   * come before it, and it does not stick under the header, where it would cover them.
   */
  tall?: boolean;
  /** Each table row names its own source: the figure's source line counts them and points to the table, rather than listing them all. */
  sourcesInTable?: boolean;
  compute(state: StateOf<S>): M;
  /**
   * One Plot options object per panel; each panel has an accessible label. `frame` is the room
   * a panel has, in CSS px (the browser measures it; the build uses a default), so the chart is
   * laid out for its real width and its text is drawn at its real size.
   */
  panels(model: M, state: StateOf<S>, text: FigureText, frame?: Frame): { label: DictKey; options: PlotOptions }[];
  table(model: M, text: FigureText): DataTable;
  summary(model: M, state: StateOf<S>, text: FigureText): string;
  status(model: M, state: StateOf<S>, text: FigureText): Status;
}

/** Any figure, for code that handles all of them alike. */
// The model type differs per figure; callers only pass it back to the same figure.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFigure = FigureDefinition<StateSchema, any>;

/** Declares a figure with its types checked. */
export const defineFigure = <S extends StateSchema, M>(figure: FigureDefinition<S, M>): FigureDefinition<S, M> => figure;
