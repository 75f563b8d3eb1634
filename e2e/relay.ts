/** Starts `npm run present` (scripts/present.ts) on loopback for the follow-along specs and the benchmark. */
import { spawn, type ChildProcess } from 'node:child_process';

export const RELAY_PORT = Number(process.env.RELAY_PORT ?? 4428);
export const RELAY_ORIGIN = `http://127.0.0.1:${RELAY_PORT}`;
export const RELAY_TOKEN = 'test-presenter-token-0123456789';

/** The present server, started and answering; stop it with `stopRelay`. */
export async function startRelay(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/present.ts', '--port', String(RELAY_PORT), '--host', '127.0.0.1'], {
    env: { ...process.env, PRESENT_TOKEN: RELAY_TOKEN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${RELAY_ORIGIN}/en/talk/`)).ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error('scripts/present.ts did not start');
}

export function stopRelay(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
