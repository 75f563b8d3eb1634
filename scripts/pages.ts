/** The pages of the built site (dist/), as URL paths: the list every gate walks. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_astro' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Every built page as a URL path, sorted.
 * @example builtPages() // ['/', '/404.html', '/en/', '/en/45-degree-law/', …]
 */
export function builtPages(dist = DIST): string[] {
  return htmlFiles(dist)
    .map((file) => '/' + relative(dist, file).split(sep).join('/'))
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .sort();
}

/** The built file behind a URL path. */
export function fileOf(path: string, dist = DIST): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}
