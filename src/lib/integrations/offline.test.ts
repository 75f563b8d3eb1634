import { describe, expect, it } from 'vitest';
import { serviceWorker } from './offline';

describe('the service worker', () => {
  const source = serviceWorker(['/', '/404.html', '/en/'], 'abc');

  it('is valid JavaScript (a syntax error would silently leave the site without offline use)', () => {
    expect(() => new Function(source)).not.toThrow();
  });

  it('answers an unknown page with the 404 page and status 404, and trusts no redirect or error over the cache', () => {
    expect(source).toContain("status: 404");
    expect(source).toMatch(/response\.ok && !response\.redirected/);
  });

  it('reaches /en/ from /en', () => {
    const path = new Function('url', `${/const path = ([^;]+);/.exec(source)![1]!.replace(/^/, 'return ')}`) as (url: URL) => string;
    expect(path(new URL('https://x/en'))).toBe('/en/');
    expect(path(new URL('https://x/en/'))).toBe('/en/');
    expect(path(new URL('https://x/sw.js'))).toBe('/sw.js');
  });
});
