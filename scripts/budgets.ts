/**
 * Byte budget gate. The limits live in README.md (between the budgets
 * markers), so the numbers people read are the numbers CI enforces.
 */
import { readFileSync } from 'node:fs';
import { measureSite, printMeasures, type PageMeasure, type Size } from './measure.ts';
import { recordGate } from './report.ts';

type Metric = (m: PageMeasure) => number;

const METRICS: Record<string, Metric> = {
  'html.raw': (m) => m.html.raw,
  'html.gzip': (m) => m.html.gzip,
  'css.raw': (m) => m.css.raw,
  'css.brotli': (m) => m.css.brotli,
  'jsInitial.raw': (m) => m.jsInitial.raw,
  'jsInitial.brotli': (m) => m.jsInitial.brotli,
  'jsInline.raw': (m) => m.jsInline.raw,
  'jsFigures.raw': (m) => m.jsFigures.raw,
  'jsFigures.brotli': (m) => m.jsFigures.brotli,
  'plotChunk.brotli': (m) => m.largestChunk?.size.brotli ?? 0,
  'firstScreen.gzip': (m) => m.firstScreen.gzip,
  'fonts.raw': (m) => m.fonts.raw,
};

/** The talk's pages: a whole deck of slides with every figure, held to their own `talk.` budgets. */
export const isTalkPage = (path: string): boolean => /^\/(en|zh)\/talk\//.test(path);

/**
 * The limits that hold for one page: a `talk.<metric>` row replaces `<metric>` on talk pages.
 * @example limitsFor('/en/talk/', { 'html.raw': 1, 'talk.html.raw': 2 }) // { 'html.raw': 2 }
 */
export function limitsFor(path: string, budgets: Record<string, number>): Record<string, number> {
  const limits: Record<string, number> = {};
  for (const [key, limit] of Object.entries(budgets)) if (!key.startsWith('talk.')) limits[key] = limit;
  if (isTalkPage(path)) for (const [key, limit] of Object.entries(budgets)) if (key.startsWith('talk.')) limits[key.slice('talk.'.length)] = limit;
  return limits;
}

/**
 * Reads `| \`metric\` | limit | … |` rows between `<!-- budgets -->` and `<!-- /budgets -->`.
 * @example readBudgets('<!-- budgets -->\n| `css.raw` | 20 000 | … |\n<!-- /budgets -->') // { 'css.raw': 20000 }
 */
export function readBudgets(readme: string): Record<string, number> {
  const block = /<!-- budgets -->([\s\S]*?)<!-- \/budgets -->/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no <!-- budgets --> table.');
  const budgets: Record<string, number> = {};
  for (const match of block.matchAll(/^\|\s*`([\w.]+)`\s*\|\s*([\d\s]+)\|/gm)) {
    const key = match[1]!;
    if (!METRICS[key.replace(/^talk\./, '')]) throw new Error(`README budget "${key}" is not a known metric (${Object.keys(METRICS).join(', ')}).`);
    budgets[key] = Number(match[2]!.replace(/\s/g, ''));
  }
  return budgets;
}

if (import.meta.main) {
  const budgets = readBudgets(readFileSync('README.md', 'utf8'));
  const measures = measureSite();
  printMeasures(measures);
  const failures: string[] = [];
  let passed = 0;
  for (const m of measures) {
    for (const [key, limit] of Object.entries(limitsFor(m.path, budgets))) {
      const value = METRICS[key]!(m);
      if (value > limit) failures.push(`${m.path}: ${isTalkPage(m.path) && budgets[`talk.${key}`] ? 'talk.' : ''}${key} = ${value} bytes, over the budget of ${limit}`);
      else passed++;
    }
  }
  const worst = (key: string) => {
    const pages = measures.filter((m) => (key.startsWith('talk.') ? isTalkPage(m.path) : !isTalkPage(m.path) || budgets[`talk.${key}`] === undefined));
    return Math.max(...pages.map(METRICS[key.replace(/^talk\./, '')]!));
  };
  console.log('\nbudget'.padEnd(22) + 'limit'.padStart(9) + 'worst page'.padStart(12));
  for (const [key, limit] of Object.entries(budgets)) console.log(key.padEnd(21) + String(limit).padStart(9) + String(worst(key)).padStart(12));
  recordGate('budgets', { passed, failed: failures.length, failures });
}

export type { Size };
