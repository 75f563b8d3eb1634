/**
 * The browser's Plot: what readers download is Plot and d3 without the parts
 * no figure of the site uses (README, "What the browser's Plot leaves out").
 * Each module in LEFT_OUT resolves, in the client build only, to a stand-in
 * with the same exports, each of which throws an error naming what is left
 * out and where to put it back (but `keep`, the real thing). The build that
 * draws the static SVGs keeps the whole of Plot. Nothing goes missing quietly:
 * - a figure that reaches for a left-out part throws in
 *   src/figures/charts/browserPlot.test.ts (every figure at its default, presets and
 *   controls' ends, through these stand-ins; the default SVG must equal the
 *   build's) and in e2e (every figure from a link, any error fails);
 * - a listed module the client build never imports (Plot renamed or dropped
 *   it) fails the build, so the list stays true to the Plot it trims.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

// Node's own loader, not the bundler's: the config's module runner is closed by the time modules load.
const require = createRequire(import.meta.url);

export interface LeftOut {
  /** A bare module name, or a file of Plot's own source (`@observablehq/plot/src/…`). */
  module: string;
  /** Exports that stay real: Plot calls them as it loads, or a figure draws with them. */
  keep?: string[];
  /** Why no figure needs it; the README's list says the same. */
  why: string;
}

export const LEFT_OUT: LeftOut[] = [
  { module: 'd3-geo', keep: ['geoTransform'], why: 'map projections and geographic paths: no figure draws a map (Plot calls geoTransform as it loads)' },
  {
    module: 'd3-shape',
    keep: ['line', 'area', 'curveLinear', 'curveStepBefore', 'symbolCircle', 'symbolDiamond'],
    why: 'curves and symbols no figure draws: lines are straight or step-before, dots are circles or diamonds',
  },
  { module: 'd3-scale-chromatic', why: 'colour schemes: marks are coloured by CSS classes, never by a colour scale' },
  { module: 'd3-time', why: 'calendar intervals: no figure has a time axis (years are plain numbers)' },
  { module: 'd3-time-format', why: 'date formats: no figure has a time axis' },
  { module: '@observablehq/plot/src/legends/ramp.js', why: 'colour-ramp legends: no figure has a legend (labels sit on the marks)' },
  { module: '@observablehq/plot/src/legends/swatches.js', why: 'swatch and symbol legends: no figure has a legend' },
  { module: '@observablehq/plot/src/marks/tip.js', why: 'the tip mark and the tip option: a figure’s values are in its labels and its data table' },
  { module: '@observablehq/plot/src/interactions/pointer.js', why: 'pointer interactions: they only drive tips' },
];

const PREFIX = '\0browser-plot:';
const PLOT_SOURCE = '@observablehq/plot/src/';

/** The file a listed module is, as the bundler resolves it. */
export function realFile(module: string): string {
  if (module.startsWith(PLOT_SOURCE)) return join(dirname(require.resolve('@observablehq/plot')), module.slice(PLOT_SOURCE.length));
  return require.resolve(module);
}

/**
 * The stand-in's source: the real module's exports but `keep`, each a proxy that throws when
 * called, constructed or read (a colour scheme is an array Plot indexes), naming what it stands for.
 */
export function standIn(entry: LeftOut): string {
  const file = realFile(entry.module);
  const names = Object.keys(require(file) as object);
  const keep = entry.keep ?? [];
  for (const name of keep) if (!names.includes(name)) throw new Error(`browserPlot: ${entry.module} has no export "${name}" to keep.`);
  const message = `is left out of the browser's Plot (${entry.module}: ${entry.why}). To use it, take it out of LEFT_OUT (or add it to the entry's keep) in src/figures/browserPlot.ts; see the README, "What the browser's Plot leaves out".`;
  return [
    `const refuse = (name) => { throw new Error(name + ${JSON.stringify(` ${message}`)}); };`,
    'const leftOut = (name) => new Proxy(function () {}, { apply: () => refuse(name), construct: () => refuse(name), get: () => refuse(name) });',
    ...(keep.length ? [`export { ${keep.join(', ')} } from ${JSON.stringify(file)};`] : []),
    ...names.filter((name) => !keep.includes(name)).map((name) => `export const ${name} = /* @__PURE__ */ leftOut(${JSON.stringify(name)});`),
  ].join('\n');
}

/**
 * The Vite plugin: in Astro's client build only (its server-side build draws
 * the static SVGs with all of Plot), or `everywhere` (the browser-Plot test).
 */
export function browserPlot({ everywhere = false }: { everywhere?: boolean } = {}): Plugin {
  const byFile = new Map(LEFT_OUT.map((entry) => [realFile(entry.module), entry]));
  const used = new Set<string>();
  let building = false;
  return {
    name: 'ai45:browser-plot',
    enforce: 'pre',
    applyToEnvironment: (environment) => everywhere || environment.name === 'client',
    configResolved(config) {
      building = config.command === 'build';
    },
    async resolveId(source, importer, options) {
      if (source.startsWith(PREFIX)) return source;
      // Only what Plot and d3 import is replaced: a stand-in's kept exports come from the real module.
      if (!importer?.includes('/node_modules/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const entry = resolved && byFile.get(resolved.id.split('?')[0]!);
      if (!entry) return null;
      used.add(entry.module);
      return PREFIX + entry.module;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const entry = LEFT_OUT.find((e) => e.module === id.slice(PREFIX.length));
      return entry ? standIn(entry) : null;
    },
    buildEnd(error) {
      if (!building || error) return;
      const unused = LEFT_OUT.filter((entry) => !used.has(entry.module)).map((entry) => entry.module);
      if (unused.length) this.error(`browserPlot: the client build never imports ${unused.join(', ')}; Plot changed, so update LEFT_OUT in src/figures/browserPlot.ts and the README.`);
    },
  };
}
