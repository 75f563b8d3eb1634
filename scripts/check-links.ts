/**
 * No broken links gate: linkinator crawls the built site and checks every
 * internal link and #fragment; external links are not fetched (the site and
 * its tests make no outside requests) but must be well-formed https URLs.
 */
import { LinkChecker } from 'linkinator';
import { DIST } from '../src/build/builtPages.ts';
import { recordGate } from './report.ts';

/** The origin the build writes into canonical and alternate links (astro.config.mjs `site`). */
const SITE = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;
const PORT = 4399;

const checker = new LinkChecker();
const external = new Set<string>();
const result = await checker.check({
  path: DIST,
  recurse: true,
  checkFragments: true,
  port: PORT,
  // Absolute links to the site itself are checked against the build too.
  urlRewriteExpressions: [{ pattern: new RegExp(`^${SITE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: `http://localhost:${PORT}` }],
  linksToSkip: async (link) => {
    const url = new URL(link);
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') return false;
    external.add(link);
    return true;
  },
});
const failures = result.links
  .filter((link) => link.state === 'BROKEN')
  .map((link) => `${link.parent ?? '?'} → ${link.url} (${link.status ?? 'no status'}${link.failureDetails?.length ? `: ${JSON.stringify(link.failureDetails[0]).slice(0, 160)}` : ''})`);
for (const link of external) {
  try {
    const url = new URL(link);
    if (url.protocol !== 'https:' || !url.hostname.includes('.')) failures.push(`malformed external link: ${link}`);
  } catch {
    failures.push(`malformed external link: ${link}`);
  }
}
const checked = result.links.filter((link) => link.state === 'OK').length + external.size;
recordGate('links', { passed: checked - failures.length, failed: failures.length, failures });
