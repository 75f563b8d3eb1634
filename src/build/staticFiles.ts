/**
 * How a request path maps to a file of the built site, as the hosts it is
 * deployed to answer it: one function for `scripts/serve.ts` (the tests'
 * server) and `src/talk/server/present.ts` (the talk on a venue network), so both
 * answer alike. Nothing outside the root is ever served: the decoded path is
 * joined to the root and must stay under it (checked with `path.relative`, so
 * `dist-private.txt` or `dist.old/` beside `dist/` are outside, and again on
 * the real path, so a link out of the root is too). An unknown path answers
 * the 404 page with status 404; so does a malformed escape (`/%ZZ`) or a NUL.
 * A directory without its slash (`/en`) is redirected to `/en/`.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export type Resolved = { status: 200; file: string; pathname: string } | { status: 301; location: string } | { status: 404; file: string };

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export const contentType = (file: string) => TYPES[extname(file)] ?? 'application/octet-stream';

/** Whether `file` is `root` or under it (both absolute, normalised). */
export function isInside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/**
 * The answer to a request for `rawUrl` (the request line's target) from the site in `root`.
 * @example resolveStatic('/srv/dist', '/..%2Fdist-private.txt') // { status: 404, file: '/srv/dist/404.html' }
 */
export function resolveStatic(rootDir: string, rawUrl: string): Resolved {
  const root = resolve(rootDir);
  const notFound: Resolved = { status: 404, file: join(root, '404.html') };
  // The request target as sent (origin-form): not through URL(), which would read `//en` as a host.
  const cut = rawUrl.search(/[?#]/);
  const rawPath = cut < 0 ? rawUrl : rawUrl.slice(0, cut);
  const search = cut >= 0 && rawUrl[cut] === '?' ? rawUrl.slice(cut).replace(/#.*$/, '') : '';
  if (!rawPath.startsWith('/')) return notFound;
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return notFound;
  }
  if (pathname.includes('\0')) return notFound;
  const file = join(root, pathname);
  if (!isInside(root, file)) return notFound;
  let served = isFile(file) ? file : isFile(join(file, 'index.html')) ? join(file, 'index.html') : '';
  if (!served) return notFound;
  // A link inside the build that points out of it is outside too.
  if (!isInside(realpathSync(root), realpathSync(served))) return notFound;
  if (served !== file && !pathname.endsWith('/')) return { status: 301, location: `/${rawPath.replace(/^\/+/, '')}/${search}` };
  return { status: 200, file: served, pathname };
}
