/**
 * Starts `npm run present` (src/talk/server/present.ts) on loopback for the follow-along specs and the benchmark,
 * and opens relay connections as a browser would (with its Origin; the presenter with the cookie its
 * one-time link gives).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import WebSocket from 'ws';
import { PREVIEW_PORT } from './browser.ts';

/** Each helper's preview port plus 100 (the attack spec adds 101): two runs on one machine do not meet. */
export const RELAY_PORT = Number(process.env.RELAY_PORT ?? PREVIEW_PORT + 100);
export const RELAY_ORIGIN = `http://127.0.0.1:${RELAY_PORT}`;

export interface Relay {
  child: ChildProcess;
  port: number;
  origin: string;
  /** The presenter link the server printed last (one use: each use prints the next). */
  presenterLink(): Promise<string>;
  /** Everything the server printed. */
  output(): string;
}

export interface RelayOptions {
  port?: number | undefined;
  /** Extra arguments (`--max-followers 40`). */
  args?: string[] | undefined;
  /** The directory it runs in (its `dist/` is what it serves). */
  cwd?: string | undefined;
  script?: string | undefined;
}

/** The present server, started and answering; stop it with `stopRelay`. */
export async function startRelay(options: RelayOptions = {}): Promise<Relay> {
  const port = options.port ?? RELAY_PORT;
  const origin = `http://127.0.0.1:${port}`;
  const script = resolve(options.script ?? 'src/talk/server/present.ts');
  const child = spawn(process.execPath, [script, '--port', String(port), '--host', '127.0.0.1', ...(options.args ?? [])], {
    cwd: options.cwd ?? process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const relay: Relay = {
    child,
    port,
    origin,
    output: () => output,
    async presenterLink() {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const links = [...output.matchAll(/[Pp]resenter[^\n]*\n\s+(http\S+)/g)].map((m) => m[1]!);
        if (links.length) return links.at(-1)!;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('no presenter link printed');
    },
  };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/en/talk/`)).ok) return relay;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('src/talk/server/present.ts did not start');
}

export function stopRelay(relay: Relay | undefined): Promise<void> {
  const child = relay?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/** A relay connection as a browser on `relay`'s own page opens it; `from` picks the loopback address it comes from. */
export function openSocket(relay: Relay, options: { origin?: string | null; from?: string; cookie?: string } = {}): WebSocket {
  const headers: Record<string, string> = options.cookie ? { Cookie: options.cookie } : {};
  return new WebSocket(`ws://127.0.0.1:${relay.port}/relay`, {
    ...(options.origin === null ? {} : { origin: options.origin ?? relay.origin }),
    ...(options.from ? { localAddress: options.from } : {}),
    headers,
  });
}

/** Resolves when `socket` opens, rejects when it is refused or closed first. */
export function opened(socket: WebSocket): Promise<void> {
  return new Promise((done, fail) => {
    socket.once('open', () => done());
    socket.once('error', fail);
    socket.once('close', () => fail(new Error('closed')));
  });
}

/** The presenter's connection: the one-time link traded for its cookie, then a hello. */
export async function openDriver(relay: Relay): Promise<WebSocket> {
  const link = await relay.presenterLink();
  const response = await fetch(link, { redirect: 'manual' });
  const cookie = (response.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  // A server from before issue 31 had no cookie: its link carried the token (kept to show the attacks on it).
  const legacy = new URL(link).searchParams.get('token');
  if (!cookie && !legacy) throw new Error(`the presenter link ${link} gave no cookie (${response.status})`);
  const socket = openSocket(relay, { cookie });
  await opened(socket);
  const hello: { t: 'hello'; token?: string } = { t: 'hello' };
  if (legacy) hello.token = legacy;
  // Driving once the relay says so (its first message answers the hello).
  const role = new Promise<string>((done) => socket.once('message', (data) => done(String(data))));
  socket.send(JSON.stringify(hello));
  // Generous: it answers at once when well, and a loaded machine must not fail a correct relay.
  const answer = await Promise.race([role, new Promise<string>((done) => setTimeout(() => done('no answer'), 30_000))]);
  if (!answer.includes('"drive":true')) throw new Error(`the presenter's connection does not drive: ${answer} (link ${link}, ${response.status}, cookie ${cookie ? 'given' : 'none'})`);
  return socket;
}

/** The relay's own process (src/talk/server/relay.ts, a child of present.ts), or undefined. */
export function relayProcess(relay: Relay): number | undefined {
  try {
    const pid = relay.child.pid!;
    const kid = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)[0];
    return kid ? Number(kid) : undefined;
  } catch {
    return undefined;
  }
}

/** The resident memory (kB) of a process and all its descendants, from /proc. */
export function treeMemory(pid: number): number {
  let total = 0;
  const visit = (id: number) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${id}/task`)) {
        for (const kid of readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) visit(Number(kid));
      }
    } catch {
      // Gone meanwhile.
    }
  };
  visit(pid);
  return total;
}
