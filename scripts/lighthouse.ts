/**
 * Lighthouse (mobile preset) against Debian Chromium and the served build, in
 * one Chrome for all pages.
 *
 * As a gate (`node scripts/lighthouse.ts`, run by `npm test`): the categories
 * whose audits pass or fail the same way on any machine — accessibility, best
 * practices, SEO — must score 100, and layout shift (CLS) must stay under
 * 0.1, on one page of each kind, the languages taking turns (axe and the
 * other gates cover every page in both). Nothing timed is a gate: a busy machine must not fail a
 * correct site.
 * The benchmark (`npm run bench`) calls `lighthouseRows` for every page with
 * the performance category too, and prints its score, LCP and TBT.
 * Usage: node scripts/lighthouse.ts [path-filter]
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser.ts';
import { readFileSync } from 'node:fs';
import { isSharePath } from '../src/sources/sharePages.ts';
import { builtPages, chapterSlugs, fileOf, langOf, pageKind, representatives } from '../src/build/builtPages.ts';
import { recordGate } from './report.ts';

const DETERMINISTIC = ['accessibility', 'best-practices', 'seo'];
const MAX_CLS = 0.1;

export interface LighthouseRow {
  path: string;
  /** Category id → score from 0 to 1. */
  scores: Record<string, number>;
  lcp: number;
  tbt: number;
  cls: number;
  kb: number;
  /** Binary audits that failed, for a failing category's message. */
  failing: string[];
}

/**
 * The pages Lighthouse looks at: all but the 404 page (a 404 status fails SEO
 * by design), embeds (a figure page without the header, and `noindex`) and a
 * chapter's own deck (the whole deck cut short).
 */
export function lighthousePages(filter = ''): string[] {
  return builtPages().filter((path) => path !== '/404.html' && !/^\/(en|zh)\/(embed\/|talk\/[^/]+\/)/.test(path) && path.includes(filter));
}

/** Runs Lighthouse on each page in turn in one Chrome, printing a row per page as it goes. */
export async function lighthouseRows(paths: string[], options: { performance: boolean }): Promise<LighthouseRow[]> {
  const categories = options.performance ? ['performance', ...DETERMINISTIC] : DETERMINISTIC;
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const rows: LighthouseRow[] = [];
  console.log('page'.padEnd(30) + categories.map((c) => c.slice(0, 4).padStart(6)).join('') + '   LCP ms  TBT ms    CLS    KB');
  try {
    for (const path of paths) {
      const result = await lighthouse(BASE_URL + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
        // Layout shift is measured with or without the performance category.
        onlyAudits: ['cumulative-layout-shift'],
        // The gate's audits need no screenshots and no quiet periods after load (the site's figures wait for the
        // reader, so nothing shifts or loads later); without them a page takes a quarter of the time. Throttling
        // stays simulated, which is applied after the fact: an unthrottled run ('provided') would make Lighthouse
        // wait 5.25 s of network and CPU quiet per page. The benchmark keeps Lighthouse's defaults for its timings.
        ...(options.performance
          ? {}
          : { disableFullPageScreenshot: true, skipAboutBlank: true, pauseAfterFcpMs: 0, pauseAfterLoadMs: 0, networkQuietThresholdMs: 0, cpuQuietThresholdMs: 0 }),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { audits } = result.lhr;
      const value = (id: string) => audits[id]?.numericValue ?? NaN;
      const row: LighthouseRow = {
        path,
        scores: Object.fromEntries(categories.map((id) => [id, result.lhr.categories[id]?.score ?? 0])),
        lcp: value('largest-contentful-paint'),
        tbt: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
        kb: value('total-byte-weight') / 1024,
        failing: Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id),
      };
      rows.push(row);
      const number = (n: number, digits: number, width: number) => (Number.isFinite(n) ? n.toFixed(digits) : '–').padStart(width);
      console.log(
        path.padEnd(30) + categories.map((id) => String(Math.round(row.scores[id]! * 100)).padStart(6)).join('') +
          number(row.lcp, 0, 9) + number(row.tbt, 0, 8) + number(row.cls, 3, 7) + number(row.kb, 1, 6),
      );
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

/**
 * The pages the gate audits: one of each kind, the languages taking turns between kinds (a kind's template is
 * one for both; axe in e2e/a11y.spec.ts checks every page of both), both landings (the root serves the English
 * one), and a share page where it sends the reader (its meta refresh target, with the fragment: the chapter as
 * a reader arrives at it, its arrival bar showing). Auditing the share page itself would race its redirect.
 */
export function gatePages(filter = ''): string[] {
  const pages = lighthousePages(filter);
  const chapters = chapterSlugs();
  const kinds = [...new Set(pages.filter((path) => !isSharePath(path)).map((path) => pageKind(path, chapters)))];
  const direct = representatives(pages.filter((path) => !isSharePath(path))).filter((path) => {
    const kind = pageKind(path, chapters);
    return kind === 'landing' || kind === 'root' || langOf(path) === (kinds.indexOf(kind) % 2 ? 'zh' : 'en');
  });
  const arrivals = (['en', 'zh'] as const).flatMap((lang) => {
    const share = pages.find((path) => path.startsWith(`/${lang}/`) && isSharePath(path) && !path.includes('/figures/'));
    const target = share && /http-equiv="refresh" content="0; url=([^"]+)"/.exec(readFileSync(fileOf(share), 'utf8'))?.[1];
    return target ? [target.replaceAll('&amp;', '&')] : [];
  });
  return [...direct, ...arrivals];
}

if (import.meta.main) {
  const rows = await lighthouseRows(gatePages(process.argv[2]), { performance: false });
  const failures: string[] = [];
  let passed = 0;
  for (const row of rows) {
    for (const id of DETERMINISTIC) {
      if (row.scores[id] === 1) passed++;
      else failures.push(`${row.path}: ${id} ${Math.round(row.scores[id]! * 100)} < 100 (failing audits: ${row.failing.join(', ') || 'none binary'})`);
    }
    if (row.cls < MAX_CLS) passed++;
    else failures.push(`${row.path}: layout shift (CLS) ${row.cls.toFixed(3)}, over ${MAX_CLS}`);
  }
  recordGate('lighthouse', { passed, failed: failures.length, failures });
}
