/**
 * Lighthouse gate: every built page, mobile preset, against Debian Chromium
 * and the local preview server. Accessibility, best practices and SEO must
 * score 100; performance at least 95. Prints LCP, TBT, CLS and bytes per page.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser.ts';
import { builtPages } from './pages.ts';
import { recordGate } from './report.ts';

const MINIMUM: Record<string, number> = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };

// An optional argument limits the run to pages whose path contains it (for a quick look); npm test runs them all.
// A figure's embed page is its figure page without the site's header, and a chapter's deck is the whole deck cut
// short: both are the same templates as pages scored here, so they are left out to keep the run short.
const sameTemplate = (path: string) => /^\/(en|zh)\/(embed\/|talk\/[^/]+\/)/.test(path);
const pages = builtPages().filter((path) => path !== '/404.html' && !sameTemplate(path) && path.includes(process.argv[2] ?? ''));
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const failures: string[] = [];
let passed = 0;
console.log('page'.padEnd(28) + 'perf  a11y  best  seo    LCP ms  TBT ms    CLS    KB');
try {
  for (const path of pages) {
    const result = await lighthouse(BASE_URL + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(MINIMUM) });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => categories[id]?.score ?? 0;
    const value = (id: string) => audits[id]?.numericValue ?? NaN;
    console.log(
      path.padEnd(28) +
        Object.keys(MINIMUM).map((id) => String(Math.round(score(id) * 100)).padStart(4)).join('  ') +
        value('largest-contentful-paint').toFixed(0).padStart(10) +
        value('total-blocking-time').toFixed(0).padStart(8) +
        value('cumulative-layout-shift').toFixed(3).padStart(7) +
        (value('total-byte-weight') / 1024).toFixed(1).padStart(6),
    );
    for (const [id, minimum] of Object.entries(MINIMUM)) {
      if (score(id) >= minimum) {
        passed++;
        continue;
      }
      const failing = Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
      failures.push(`${path}: ${id} ${Math.round(score(id) * 100)} < ${minimum * 100} (failing audits: ${failing.join(', ') || 'see metrics'})`);
    }
  }
} finally {
  chrome.kill();
}
recordGate('lighthouse', { passed, failed: failures.length, failures });
