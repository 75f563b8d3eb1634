import { describe, expect, it } from 'vitest';
import { keptOffline, serviceWorker, urlOf } from './offline';

describe('offline cache', () => {
  it('keeps pages, scripts, styles and images, not social cards, sitemaps or itself', () => {
    const files = ['index.html', 'en/talk/index.html', '404.html', '_astro/plot.abc.js', '_astro/site.css', 'favicon.svg', 'og/en/site.png', 'sitemap-0.xml', 'robots.txt', 'sw.js', 'pagefind/pagefind.js'];
    expect(files.filter(keptOffline).map(urlOf)).toEqual(['/', '/en/talk/', '/404.html', '/_astro/plot.abc.js', '/_astro/site.css', '/favicon.svg', '/pagefind/pagefind.js']);
  });

  it('writes a service worker that parses and names its files and version', () => {
    const source = serviceWorker(['/', '/en/'], 'abc123');
    expect(() => new Function(source)).not.toThrow();
    expect(source).toContain(`const CACHE = 'ai45-abc123';`);
    expect(source).toContain('const URLS = ["/","/en/"];');
  });

  it('answers an unknown page with the 404 page and status 404, and trusts no redirect or error over the cache', () => {
    const source = serviceWorker(['/', '/404.html'], 'abc123');
    expect(source).toContain('status: 404');
    expect(source).toMatch(/response\.ok && !response\.redirected/);
  });

  it('reaches /en/ from /en', () => {
    const source = serviceWorker(['/en/'], 'abc123');
    const path = new Function('url', `return ${/const path = ([^;]+);/.exec(source)![1]!}`) as (url: URL) => string;
    expect(path(new URL('https://x/en'))).toBe('/en/');
    expect(path(new URL('https://x/en/'))).toBe('/en/');
    expect(path(new URL('https://x/sw.js'))).toBe('/sw.js');
  });
});
