import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isInside, resolveStatic } from './staticFiles';

// dist/ with a page and a directory, and beside it what a presenter's folder may hold.
const dir = mkdtempSync(join(tmpdir(), 'static-files-'));
const root = join(dir, 'dist');
mkdirSync(join(root, 'en'), { recursive: true });
writeFileSync(join(root, '404.html'), 'not found');
writeFileSync(join(root, 'index.html'), 'home');
writeFileSync(join(root, 'en', 'index.html'), 'en');
writeFileSync(join(dir, 'dist-private.txt'), 'private');
mkdirSync(join(dir, 'dist.old'));
writeFileSync(join(dir, 'dist.old', 'secret.html'), 'secret');
symlinkSync(join(dir, 'dist-private.txt'), join(root, 'linked.txt'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('static files, as a host serves them', () => {
  it('serves pages and directories, and sends a directory without its slash to it', () => {
    expect(resolveStatic(root, '/')).toEqual({ status: 200, file: join(root, 'index.html'), pathname: '/' });
    expect(resolveStatic(root, '/en/?x=1')).toMatchObject({ status: 200, file: join(root, 'en', 'index.html') });
    expect(resolveStatic(root, '/en?x=1')).toEqual({ status: 301, location: '/en/?x=1' });
    expect(resolveStatic(root, '//en')).toEqual({ status: 301, location: '/en/' });
  });

  it('never serves outside the root: escaped dots and slashes, siblings sharing its name, links out of it', () => {
    for (const path of ['/..%2Fdist-private.txt', '/%2e%2e%2fdist-private.txt', '/..%2fdist.old%2fsecret.html', '/en/..%2f..%2fdist-private.txt', '/../dist-private.txt', '/%2e%2e/dist-private.txt', '/linked.txt']) {
      expect(resolveStatic(root, path), path).toEqual({ status: 404, file: join(root, '404.html') });
    }
    expect(isInside('/srv/dist', '/srv/dist-private.txt')).toBe(false);
    expect(isInside('/srv/dist', '/srv/dist')).toBe(true);
    expect(isInside('/srv/dist', '/srv/dist/..a')).toBe(true);
  });

  it('answers unknown paths, malformed escapes and NULs with the 404 page and status 404', () => {
    for (const path of ['/nope/', '/%ZZ', '/%E0%A4%A', '/%00', '/en/%00index.html']) expect(resolveStatic(root, path), path).toEqual({ status: 404, file: join(root, '404.html') });
  });
});
