/**
 * Warns loudly when the site is built without SITE_URL: every absolute
 * address the pages print (canonical links, citations, social cards) then
 * says localhost, the talk's title and end slides carry no QR code, and the
 * brief says on the page that it is a local build. A build for publishing
 * (DEPLOY=1, `npm run build:deploy`) without SITE_URL, or with a localhost
 * one, fails: a published page never cites localhost.
 */
import type { AstroIntegration } from 'astro';

/** The published origin, or undefined when the build does not know it. */
export const publishedSite = (): URL | undefined => (process.env.SITE_URL ? new URL(process.env.SITE_URL) : undefined);

export function siteUrlWarning(): AstroIntegration {
  return {
    name: 'ai45:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const site = publishedSite();
        if (process.env.DEPLOY && (!site || /^(localhost|127\.|\[::1\])/.test(site.hostname))) {
          throw new Error(`A build for publishing (DEPLOY is set) needs SITE_URL, the published origin (got ${site ? site.href : 'none'}): SITE_URL=https://your.domain DEPLOY=1 npx astro build`);
        }
        if (site) return;
        const rule = '!'.repeat(72);
        logger.warn(
          [
            rule,
            'SITE_URL is not set: canonical links, citations and social cards will say http://localhost:4321,',
            'and the talk slides will show no QR code or address. Deploying? Build with',
            '  SITE_URL=https://your.domain npx astro build',
            rule,
          ].join('\n'),
        );
      },
    },
  };
}
