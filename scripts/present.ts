/**
 * `npm run present`: serves the built site (dist/) on the local network and
 * relays the speaker's slide, build step and drawings to everyone who opens
 * the talk, over WebSockets (`ws`) at /relay. It prints the address, a QR
 * code for it and the presenter link with its token: the deck opened with
 * the token drives, every other one follows (in English or Chinese, since
 * both decks share slide ids). Followers are read-only; every message is
 * checked (src/lib/relayProtocol.ts) and size-limited, and a client that
 * sends anything else, or floods, is dropped. The token is never written
 * into a page. Talk pages are served with `data-relay` on their deck (what
 * turns the follow interface on) and the title and end slides' QR code set
 * to this address.
 *
 * Usage: node scripts/present.ts [--port 4321] [--host 0.0.0.0]
 * (PRESENT_TOKEN sets the token, for tests; it is random otherwise.)
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import QRCode from 'qrcode';
import { WebSocketServer, type WebSocket } from 'ws';
import { joinCode, replaceJoinCode } from '../src/lib/joinCode.ts';
import type { Stroke } from '../src/lib/ink.ts';
import { MAX_MESSAGE, parseClientMessage, type ServerMessage } from '../src/lib/relayProtocol.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const port = Number(option('port', '4321'));
const host = option('host', '0.0.0.0');
const root = resolve('dist');
const token = process.env.PRESENT_TOKEN || randomBytes(18).toString('base64url');
/** Messages a client may send per second before it is dropped. */
const RATE = 60;

if (!existsSync(join(root, 'en', 'talk', 'index.html'))) {
  console.error('No built site in dist/: run `npx astro build` first.');
  process.exit(1);
}

/** The machine's first address on the local network, for the audience's phones. */
function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const address of list ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  }
  return 'localhost';
}
const origin = `http://${host === '0.0.0.0' ? lanAddress() : host}:${port}`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

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

async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', origin);
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = '/';
  }
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) file = join(root, '404.html');
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const found = existsSync(file) && statSync(file).isFile();
  if (!found) file = join(root, '404.html');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const body = found && /^\/(en|zh)\/talk\//.test(url.pathname) && type.startsWith('text/html') ? await talkPage(file, url.pathname) : readFileSync(file);
  response.writeHead(found ? 200 : 404, { 'content-type': type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
  response.end(body);
}

const server = createServer((request, response) => {
  serve(request, response).catch(() => {
    response.writeHead(500);
    response.end();
  });
});

// The talk as it stands: what a late joiner or a reconnecting follower lands on.
const talk = { id: '', step: 0, ink: new Map<string, Stroke[]>() };
const drivers = new WeakSet<WebSocket>();
const alive = new WeakSet<WebSocket>();
const expected = Buffer.from(token);
const isToken = (given: string) => {
  const buffer = Buffer.from(given);
  return buffer.length === expected.length && timingSafeEqual(buffer, expected);
};

const relay = new WebSocketServer({ server, path: '/relay', maxPayload: MAX_MESSAGE });
const send = (client: WebSocket, message: ServerMessage) => client.readyState === client.OPEN && client.send(JSON.stringify(message));
const others = (sender: WebSocket, message: ServerMessage) => relay.clients.forEach((client) => client !== sender && send(client, message));

relay.on('connection', (client) => {
  alive.add(client);
  let count = 0;
  let window = Date.now();
  const drop = () => client.terminate();
  client.on('pong', () => alive.add(client));
  client.on('error', drop);
  client.on('message', (data, binary) => {
    const now = Date.now();
    if (now - window > 1000) {
      window = now;
      count = 0;
    }
    const message = binary ? undefined : parseClientMessage(data.toString());
    if (++count > RATE || !message) return drop();
    if (message.t === 'hello') {
      if (message.token !== undefined) {
        if (!isToken(message.token)) return drop();
        drivers.add(client);
      }
      send(client, { t: 'role', drive: drivers.has(client) });
      if (talk.id) send(client, { t: 'state', id: talk.id, step: talk.step });
      talk.ink.forEach((strokes, id) => send(client, { t: 'ink', id, strokes }));
      return;
    }
    // Only the token drives: a follower that tries is dropped.
    if (!drivers.has(client)) return drop();
    if (message.t === 'go') {
      talk.id = message.id;
      talk.step = message.step;
      others(client, { t: 'state', id: message.id, step: message.step });
    } else {
      talk.ink.set(message.id, message.strokes);
      if (talk.ink.size > 500) talk.ink.delete(talk.ink.keys().next().value!);
      others(client, message);
    }
  });
});

// A client that stops answering pings is dropped; it reconnects when it can.
const heartbeat = setInterval(() => {
  for (const client of relay.clients) {
    if (!alive.has(client)) client.terminate();
    else {
      alive.delete(client);
      client.ping();
    }
  }
}, 15_000);
relay.on('close', () => clearInterval(heartbeat));

server.listen(port, host, async () => {
  const audience = `${origin}/en/talk/`;
  console.log(`\nServing the talk on the local network at ${audience}  (中文：${origin}/zh/talk/)\n`);
  console.log(await QRCode.toString(audience, { type: 'terminal', small: true }));
  console.log(`Presenter (this link drives the deck; keep it to yourself):\n  ${origin}/en/talk/?token=${token}\n  ${origin}/zh/talk/?token=${token}\n`);
  console.log('Everyone on this network who opens the address follows your slides. Ctrl+C stops.');
});

const stop = () => {
  relay.clients.forEach((client) => client.terminate());
  relay.close();
  server.close(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
