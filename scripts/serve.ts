/**
 * A static server for the built site that behaves like the hosts it is
 * deployed to, so the tests see what readers will: it applies `dist/_headers`
 * (security and cache headers, written by the build), answers unknown paths
 * with `404.html` and status 404, and redirects a directory without its slash
 * (`/en`) to `/en/`, as Netlify and Cloudflare Pages do.
 * Usage: node scripts/serve.ts [--port 4321] [--host localhost] [--dir dist]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeaders } from '../src/lib/headersFile.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
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

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: 'localhost' }, dir: { type: 'string', default: 'dist' } } });
const root = resolve(values.dir);
const headersFile = join(root, '_headers');
if (!existsSync(headersFile)) throw new Error(`${headersFile} is missing: build the site first (npx astro build).`);
const rules = parseHeaders(readFileSync(headersFile, 'utf8'));
const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '/404.html';
  }
  const file = normalize(join(root, pathname));
  // Never serve outside dist/.
  const inside = file === root || file.startsWith(root + sep);
  let status = 200;
  let served = inside && isFile(file) ? file : inside && isFile(join(file, 'index.html')) ? join(file, 'index.html') : '';
  if (served && served.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !pathname.endsWith('index.html')) {
    response.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
    return;
  }
  if (!served) {
    status = 404;
    served = join(root, '404.html');
  }
  const headerPath = status === 404 ? '/404.html' : pathname;
  const headers: Record<string, string> = { 'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream' };
  for (const [name, value] of headersFor(rules, headerPath)) headers[name] = value;
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : readFileSync(served));
});
server.listen(Number(values.port), values.host, () => console.log(`serving ${root} at http://${values.host}:${values.port}/ with its _headers`));
