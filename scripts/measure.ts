/**
 * Byte counts of what each built page ships: HTML, CSS, the JavaScript it
 * loads up front, the JavaScript a live figure pulls in, and the first screen.
 * Shared by the budget gate and the benchmark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { figureLoaders } from '../src/figures/charts/registry.ts';
import { builtPages, DIST, fileOf } from '../src/build/builtPages.ts';

export interface Size { raw: number; gzip: number; brotli: number }

/**
 * Raw, gzip -9 and brotli (quality 11) sizes. The compressed sizes are worked out when first read,
 * since brotli at quality 11 is slow and most rows need only one of them.
 */
export function sizeOf(content: string | Buffer): Size {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  let gzip: number | undefined;
  let brotli: number | undefined;
  return {
    raw: buffer.length,
    get gzip() {
      return (gzip ??= gzipSync(buffer, { level: 9 }).length);
    },
    get brotli() {
      return (brotli ??= brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
    },
  };
}

const sum = (sizes: Size[]): Size => sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });

const asset = (url: string): Buffer => readFileSync(join(DIST, url));

/** Every page shares the same CSS and script files: each is measured once. */
const assetSizes = new Map<string, Size>();
const assetSize = (url: string): Size => {
  let size = assetSizes.get(url);
  if (!size) assetSizes.set(url, (size = sizeOf(asset(url))));
  return size;
};

/** A figure's own chunk is named after its module (src/figures/charts/<id>.ts → <id>.<hash>.js). */
const figureOfChunk = (file: string): string | undefined => {
  const name = file.split('/').pop()!.split('.')[0]!;
  return name in figureLoaders ? name : undefined;
};

/**
 * A JS module and every module it imports, statically or dynamically: the
 * graph a page can load, leaving out the chunks of figures not on the page.
 */
function moduleGraph(entry: string, figuresOnPage: Set<string>, seen = new Set<string>()): Set<string> {
  const figure = figureOfChunk(entry);
  if (seen.has(entry) || (figure && !figuresOnPage.has(figure))) return seen;
  seen.add(entry);
  const code = asset(entry).toString();
  for (const match of code.matchAll(/(?:import\s*\(\s*|from\s*|import\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
    moduleGraph(new URL(match[1]!, `http://x${entry}`).pathname, figuresOnPage, seen);
  }
  return seen;
}

/** A script and the modules it imports statically: what loads before any of its code runs. */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = asset(entry).toString();
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
    staticGraph(new URL(match[1]!, `http://x${entry}`).pathname, seen);
  }
  return seen;
}

export interface PageMeasure {
  path: string;
  html: Size;
  css: Size;
  /** Scripts the page loads before any figure is near: external module scripts and their static imports. */
  jsInitial: Size;
  /** Inline executable script bytes (the theme script). */
  jsInline: Size;
  /** Everything the page loads for its live figures: loader, runtime, Plot and the figures' own chunks. */
  jsFigures: Size;
  /** The largest single chunk in the figure graph (the shared Plot chunk). */
  largestChunk: { file: string; size: Size } | null;
  /** HTML up to the first section heading or figure in <main>, plus all CSS. */
  firstScreen: Size;
  /** Web font files (woff2) the page's stylesheets declare: at most what it fetches, never in the first screen (not preloaded). */
  fonts: Size;
}

export function measurePage(path: string): PageMeasure {
  const html = readFileSync(fileOf(path), 'utf8');
  const cssFiles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
  const css = cssFiles.map((file) => asset(file));
  const scriptFiles = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const figuresOnPage = new Set([...html.matchAll(/data-figure="([\w-]+)"/g)].map((m) => m[1]!));
  const graph = new Set<string>();
  for (const file of scriptFiles) moduleGraph(file, figuresOnPage, graph);
  const chunks = [...graph].map((file) => ({ file, size: assetSize(file) }));
  const fontFiles = [...new Set(css.flatMap((file) => [...file.toString().matchAll(/url\(([^)]+\.woff2)\)/g)].map((m) => m[1]!.replace(/["']/g, ''))))];
  const mainStart = html.indexOf('<main');
  const foldCandidates = [html.indexOf('<h2', mainStart), html.indexOf('<figure', mainStart)].filter((i) => i > 0);
  const fold = foldCandidates.length ? Math.min(...foldCandidates) : html.length;
  return {
    path,
    html: sizeOf(html),
    css: sum(cssFiles.map(assetSize)),
    jsInitial: sum([...new Set(scriptFiles.flatMap((file) => [...staticGraph(file)]))].map(assetSize)),
    jsInline: sizeOf(inline.join('')),
    jsFigures: sum(chunks.map((c) => c.size)),
    largestChunk: chunks.sort((a, b) => b.size.brotli - a.size.brotli)[0] ?? null,
    firstScreen: sizeOf(Buffer.concat([Buffer.from(html.slice(0, fold)), ...css])),
    fonts: sum(fontFiles.map(assetSize)),
  };
}

export function measureSite(): PageMeasure[] {
  return builtPages().map(measurePage);
}

/** Prints one row per page. */
export function printMeasures(measures: PageMeasure[]): void {
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
  console.log('bytes per page, in KB: raw / gzip / brotli');
  console.log('page'.padEnd(26) + 'html'.padEnd(24) + 'css'.padEnd(24) + 'js up front'.padEnd(24) + 'js inline'.padEnd(12) + 'js for figures'.padEnd(24) + 'first screen (gzip)'.padEnd(22) + 'fonts');
  for (const m of measures) {
    const triple = (s: Size) => `${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}`.padEnd(24);
    console.log(m.path.padEnd(26) + triple(m.html) + triple(m.css) + triple(m.jsInitial) + kb(m.jsInline.raw).padEnd(12) + triple(m.jsFigures) + kb(m.firstScreen.gzip).padEnd(22) + kb(m.fonts.raw));
  }
}
