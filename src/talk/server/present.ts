/**
 * `npm run present`: serves the built site (dist/) on the local network and
 * relays the speaker's slide, build step and drawings to everyone who opens
 * the talk, over WebSockets (`ws`) at /relay. It prints the address, a QR
 * code for it and a one-time presenter link: opening it gives that browser a
 * cookie (HttpOnly, SameSite=Lax, path /relay, for this run of the server
 * only) and takes it on to the deck, which then drives; every other deck
 * follows (in English or Chinese, since both decks share slide ids). A used
 * link is dead, and the next one is printed. The secret that drives never
 * sits in an address, a page or a script's reach.
 *
 * Two processes: this one serves files (src/build/staticFiles.ts, as
 * scripts/serve.ts does) and checks each WebSocket upgrade (its Origin must
 * be one of this server's own addresses), then hands the socket to the relay
 * (src/talk/server/relay.ts), which has its own limits and memory; the site keeps
 * answering whatever the relay goes through, and a relay that dies is
 * started again. Talk pages are served with `data-relay` on their deck (what
 * turns the follow interface on) and the title and end slides' QR code set
 * to this address.
 *
 * Usage: node src/talk/server/present.ts [--port 4321] [--host 0.0.0.0] [--dir dist]
 *   [--max-followers 3000] [--per-address 32]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { joinCode, replaceJoinCode } from '../joinCode.ts';
import { contentType, resolveStatic } from '../../build/staticFiles.ts';
import type { Handoff } from './relay.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '0.0.0.0' },
    dir: { type: 'string', default: 'dist' },
    // A hall of 2,000 with a device each, and room to spare; an address may bring a phone, a laptop and tabs.
    'max-followers': { type: 'string', default: '3000' },
    'per-address': { type: 'string', default: '32' },
  },
});
const port = Number(values.port);
const host = values.host;
const root = resolve(values.dir);

if (!existsSync(join(root, 'en', 'talk', 'index.html'))) {
  console.error(`No built site in ${root}: run \`npx astro build\` first.`);
  process.exit(1);
}

/** The machine's addresses (IPv4 first: the audience's phones get the first non-internal one). */
function addresses(): string[] {
  const all = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
  return [...all.filter((a) => a.family === 'IPv4' && !a.internal), ...all.filter((a) => a.family === 'IPv6' || a.internal)].map((a) => (a.family === 'IPv6' ? `[${a.address.replace(/%.*$/, '')}]` : a.address));
}
const wildcard = host === '0.0.0.0' || host === '::';
const origin = `http://${wildcard ? (addresses()[0] ?? 'localhost') : host}:${port}`;
/** The origins a deck served by this server has: a WebSocket from any other page is refused. */
const ownOrigins = new Set(
  [...(wildcard ? addresses() : [host]), ...(wildcard || /^(127\.|localhost$|\[?::1\]?$)/.test(host) ? ['localhost', '127.0.0.1', '[::1]'] : [])].map((name) => `http://${name}:${port}`.toLowerCase()),
);
/** A talk page as this server gives it: with the relay switched on and its own address in the QR codes. */
const talkPages = new Map<string, string>();
async function talkPage(file: string, path: string): Promise<string> {
  const cached = talkPages.get(file);
  if (cached) return cached;
  let html = readFileSync(file, 'utf8').replace(/(<main[^>]*\sdata-talk)(?=[\s>])/, '$1 data-relay="/relay"');
  const label = /data-join-label="([^"]*)"/.exec(html)?.[1] ?? '';
  html = replaceJoinCode(html, await joinCode(`${origin}${path}`, label.replace(/&amp;/g, '&')));
  talkPages.set(file, html);
  return html;
}

const COOKIE = 'ai45-presenter';
/** The link the presenter opens next (once), and the cookies it gave out, for this run only. */
let presenterCode = randomBytes(24).toString('base64url');
const presenterKeys = new Set<string>();
const sameSecret = (given: string, known: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(known);
  return a.length === b.length && timingSafeEqual(a, b);
};
const presenterLinks = () => `  ${origin}/present/${presenterCode}\n  ${origin}/present/${presenterCode}/zh   (中文)`;

/** `/present/<code>[/zh]`: the one-time link, traded for the presenter's cookie. Anything else there is a 404. */
function present(path: string, response: ServerResponse): boolean {
  const match = /^\/present\/([\w-]{1,100})(\/zh)?\/?$/.exec(path);
  if (!match || !sameSecret(match[1]!, presenterCode)) return false;
  const key = randomBytes(32).toString('base64url');
  presenterKeys.add(key);
  presenterCode = randomBytes(24).toString('base64url');
  response.writeHead(303, {
    Location: match[2] ? '/zh/talk/' : '/en/talk/',
    'Set-Cookie': `${COOKIE}=${key}; Path=/relay; HttpOnly; SameSite=Lax`,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  response.end();
  console.log(`\nThe presenter link was used (that browser now drives). Another browser, once:\n${presenterLinks()}\n`);
  return true;
}

async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const target = request.url ?? '/';
  if (target.startsWith('/present/') && present(target.replace(/[?#].*$/, ''), response)) return;
  const found = resolveStatic(root, request.url ?? '/');
  if (found.status === 301) {
    response.writeHead(301, { Location: found.location }).end();
    return;
  }
  const talk = found.status === 200 && /^\/(en|zh)\/talk\//.test(found.pathname) && found.file.endsWith('.html');
  const body = talk ? await talkPage(found.file, found.pathname) : readFileSync(found.file);
  response.writeHead(found.status, { 'content-type': contentType(found.file), 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' });
  response.end(request.method === 'HEAD' ? undefined : body);
}

const server = createServer((request, response) => {
  serve(request, response).catch(() => {
    response.writeHead(500);
    response.end();
  });
});
// Slow or idle clients do not hold the site's connections for long.
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;

/** The relay's process: started again (after a pause) if it ever exits while the site runs. */
let relay: ChildProcess | undefined;
let stopping = false;
function startRelay(): void {
  const child = fork(new URL('./relay.ts', import.meta.url), [], {
    env: { ...process.env, RELAY_MAX_CONNECTIONS: values['max-followers'], RELAY_PER_ADDRESS: values['per-address'] },
    // Its own heap limit: a fault there cannot take the site's memory.
    execArgv: [...process.execArgv, '--max-old-space-size=512'],
    serialization: 'json',
  });
  relay = child;
  child.on('exit', (code, signal) => {
    if (relay === child) relay = undefined;
    if (!stopping) {
      console.error(`The relay stopped (${signal ?? code}); starting it again.`);
      setTimeout(startRelay, 1000);
    }
  });
}
startRelay();

/** Stops the socket's handle reading (Node has no public call: `pause()` leaves the handle reading into its buffer). */
function stopReading(socket: Socket): void {
  (socket as unknown as { _handle?: { readStop?(): number } })._handle?.readStop?.();
}

const refuse = (socket: Socket, status: string) => socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);

server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer): void => {
  socket.on('error', () => socket.destroy());
  if ((request.url ?? '/').replace(/\?.*$/, '') !== '/relay') {
    refuse(socket, '404 Not Found');
    return;
  }
  // Only this server's own pages: not another site in a follower's browser, not a page reached by a rebound name.
  if (!ownOrigins.has(String(request.headers.origin ?? '').toLowerCase())) {
    refuse(socket, '403 Forbidden');
    return;
  }
  if (!relay?.connected) {
    refuse(socket, '503 Service Unavailable');
    return;
  }
  // The presenter's cookie (SameSite=Lax: Chromium sometimes withheld a Strict one from a reloaded deck's WebSocket).
  const cookie = /(?:^|;\s*)ai45-presenter=([\w-]+)/.exec(request.headers.cookie ?? '')?.[1];
  const drive = cookie !== undefined && [...presenterKeys].some((key) => sameSecret(cookie, key));
  // This process must stop reading the socket before handing it over. Node closes its copy only when the relay
  // acknowledges it, and reads from it until then, throwing away what it reads: when this process was busy (the first
  // talk page, its QR code), a client's first message (the presenter's hello) arrived in that window and was lost,
  // so the presenter's deck never drove. What this side read but the HTTP parser did not use travels with `head`.
  const unread = socket.readableLength ? (socket.read() as Buffer | null) : null;
  stopReading(socket);
  const handoff: Handoff = { t: 'socket', method: request.method ?? 'GET', url: request.url ?? '/relay', headers: request.headers, head: (unread ? Buffer.concat([head, unread]) : head).toString('base64'), drive };
  relay.send(handoff, socket, (error) => {
    if (error) socket.destroy();
  });
});

server.listen(port, host, async () => {
  const audience = `${origin}/en/talk/`;
  console.log(`\nServing the talk on the local network at ${audience}  (中文：${origin}/zh/talk/)\n`);
  console.log(await QRCode.toString(audience, { type: 'terminal', small: true }));
  console.log(`Presenter link (opens the deck that drives; works once, then the next is printed here; keep it to yourself):\n${presenterLinks()}\n`);
  console.log('Everyone on this network who opens the address follows your slides. Ctrl+C stops.');
});

const stop = () => {
  stopping = true;
  relay?.kill();
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
