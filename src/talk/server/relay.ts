/**
 * The follow-along relay of `npm run present`, in a process of its own:
 * src/talk/server/present.ts serves the site and hands each WebSocket upgrade on
 * /relay to this process (the socket itself, over IPC, with whether its
 * cookie makes it the presenter), so however hard the relay is pushed, the
 * site's process keeps answering, and if this one ever died the site would
 * stay up and start it again.
 *
 * Bounded by design, whatever followers do:
 * - a client's snapshot (role, state, stored ink) is sent once, in answer to
 *   its one hello; a second hello drops it;
 * - before anything is queued for a client, its unsent data is checked: past
 *   MAX_BUFFERED bytes or MAX_QUEUED messages it is dropped;
 * - messages are encoded once and the same bytes go to every client;
 * - stored ink is bounded in bytes (MAX_INK_BYTES, least recently drawn
 *   slide out first) as well as in slides;
 * - connections are capped in all and per address (present.ts's options);
 * - each client may send RATE messages a second; anything malformed drops it.
 */
import type { Socket } from 'node:net';
import type { IncomingMessage } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_MESSAGE, parseClientMessage } from '../relayProtocol.ts';

/** Stored ink, in bytes as sent: 32 slides at the largest message (64 KB) each. */
export const MAX_INK_BYTES = 2 * 1024 * 1024;
/** Slides with stored ink. */
export const MAX_INK_SLIDES = 500;
/** A client's unsent bytes before it is dropped: a full snapshot fits, with 1 MB to spare for the talk going on. */
export const MAX_BUFFERED = MAX_INK_BYTES + 1024 * 1024;
/** A client's unsent messages before it is dropped (each costs memory beyond its bytes). */
export const MAX_QUEUED = 1000;
/** Messages a client may send per second before it is dropped. */
export const RATE = 60;

export interface Handoff {
  t: 'socket';
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  head: string;
  drive: boolean;
}

const maxFollowers = Number(process.env.RELAY_MAX_CONNECTIONS ?? 3000);
const perAddress = Number(process.env.RELAY_PER_ADDRESS ?? 32);

const relay = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE, perMessageDeflate: false, clientTracking: false });
const clients = new Set<WebSocket>();
const byAddress = new Map<string, number>();
const queued = new WeakMap<WebSocket, number>();
const alive = new WeakSet<WebSocket>();

// The talk as it stands (each message already encoded): what a late joiner or a reconnecting follower gets.
const encode = (message: object) => Buffer.from(JSON.stringify(message));
const ROLE = { true: encode({ t: 'role', drive: true }), false: encode({ t: 'role', drive: false }) };
let state: Buffer | undefined;
const ink = new Map<string, Buffer>();
let inkBytes = 0;

/** Queues `data` for `client`, or drops the client when its unsent data is past the limits. */
function deliver(client: WebSocket, data: Buffer): void {
  if (client.readyState !== client.OPEN) return;
  const waiting = queued.get(client) ?? 0;
  if (client.bufferedAmount + data.length > MAX_BUFFERED || waiting >= MAX_QUEUED) {
    client.terminate();
    return;
  }
  queued.set(client, waiting + 1);
  client.send(data, { binary: false }, () => queued.set(client, (queued.get(client) ?? 1) - 1));
}

function storeInk(id: string, data: Buffer): void {
  const old = ink.get(id);
  if (old) {
    inkBytes -= old.length;
    ink.delete(id);
  }
  ink.set(id, data);
  inkBytes += data.length;
  while (inkBytes > MAX_INK_BYTES || ink.size > MAX_INK_SLIDES) {
    const [oldest, bytes] = ink.entries().next().value!;
    ink.delete(oldest);
    inkBytes -= bytes.length;
  }
}

function refuse(socket: Socket, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroySoon?.();
  setTimeout(() => socket.destroy(), 1000).unref();
}

function accept(handoff: Handoff, socket: Socket): void {
  const address = socket.remoteAddress ?? '?';
  const fromHere = byAddress.get(address) ?? 0;
  if (clients.size >= maxFollowers || fromHere >= perAddress) return refuse(socket, '503 Service Unavailable');
  byAddress.set(address, fromHere + 1);
  let counted = true;
  const release = () => {
    if (!counted) return;
    counted = false;
    const left = (byAddress.get(address) ?? 1) - 1;
    if (left > 0) byAddress.set(address, left);
    else byAddress.delete(address);
  };
  socket.once('close', release);
  const request = { method: handoff.method, url: handoff.url, headers: handoff.headers, socket } as unknown as IncomingMessage;
  relay.handleUpgrade(request, socket, Buffer.from(handoff.head, 'base64'), (client) => {
    clients.add(client);
    client.once('close', () => {
      clients.delete(client);
      release();
    });
    welcome(client, handoff.drive);
  });
}

function welcome(client: WebSocket, drive: boolean): void {
  alive.add(client);
  let greeted = false;
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
      // The snapshot, once per connection: a second hello is a flood.
      if (greeted) return drop();
      greeted = true;
      deliver(client, ROLE[`${drive}`]);
      if (state) deliver(client, state);
      for (const strokes of ink.values()) deliver(client, strokes);
      return;
    }
    // Only the presenter moves the talk: a follower that tries is dropped.
    if (!drive || !greeted) return drop();
    const encoded = encode(message);
    if (message.t === 'go') state = encode({ t: 'state', id: message.id, step: message.step });
    else storeInk(message.id, encoded);
    const out = message.t === 'go' ? state! : encoded;
    for (const other of clients) if (other !== client) deliver(other, out);
  });
}

// A client that stops answering pings is dropped; it reconnects when it can.
setInterval(() => {
  for (const client of clients) {
    if (!alive.has(client)) client.terminate();
    else {
      alive.delete(client);
      client.ping();
    }
  }
}, 15_000);

process.on('message', (handoff: Handoff, socket?: Socket) => {
  if (handoff?.t === 'socket' && socket) accept(handoff, socket);
});
process.on('disconnect', () => process.exit(0));
