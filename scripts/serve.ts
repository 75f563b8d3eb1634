/**
 * A static server for the built site that behaves like the hosts it is
 * deployed to, so the tests see what readers will: it applies `dist/_headers`
 * (security and cache headers, written by the build), answers unknown paths
 * with `404.html` and status 404, and redirects a directory without its slash
 * (`/en`) to `/en/`, as Netlify and Cloudflare Pages do. Paths resolve through
 * src/build/staticFiles.ts, as in `npm run present`.
 * Usage: node scripts/serve.ts [--port 4321] [--host localhost] [--dir dist]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeaders } from '../src/build/headersFile.ts';
import { contentType, resolveStatic } from '../src/build/staticFiles.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: 'localhost' }, dir: { type: 'string', default: 'dist' } } });
const root = resolve(values.dir);
const headersFile = join(root, '_headers');
if (!existsSync(headersFile)) throw new Error(`${headersFile} is missing: build the site first (npx astro build).`);
const rules = parseHeaders(readFileSync(headersFile, 'utf8'));

const server = createServer((request, response) => {
  // The same answer as `npm run present` gives (src/build/staticFiles.ts): nothing outside dist/, 404 for the rest.
  const found = resolveStatic(root, request.url ?? '/');
  if (found.status === 301) {
    response.writeHead(301, { Location: found.location }).end();
    return;
  }
  const headerPath = found.status === 404 ? '/404.html' : found.pathname;
  const headers: Record<string, string> = { 'Content-Type': contentType(found.file) };
  for (const [name, value] of headersFor(rules, headerPath)) headers[name] = value;
  response.writeHead(found.status, headers);
  response.end(request.method === 'HEAD' ? undefined : readFileSync(found.file));
});
server.listen(Number(values.port), values.host, () => console.log(`serving ${root} at http://${values.host}:${values.port}/ with its _headers`));
