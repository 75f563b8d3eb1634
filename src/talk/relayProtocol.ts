/**
 * The follow-along relay's messages (`npm run present`), one JSON object per
 * WebSocket message, checked on both ends: whatever does not parse as one of
 * these is dropped (the server then drops the client that sent it).
 *
 * Client → server: `hello` (once per connection; whether it drives is the
 * relay's to say, from the presenter's cookie, never in a message), and from
 * the driver only `go` (slide id and build step) and `ink` (a slide's strokes).
 * Server → client: `state` (the talk as it stands, on joining and after every
 * move) and `ink`; `role` tells a client whether it drives.
 */
import { parseStrokes, type Stroke } from './ink.ts';

/** The largest message either side accepts, in bytes: a slide's full ink fits. */
export const MAX_MESSAGE = 64 * 1024;

export type ClientMessage = { t: 'hello' } | { t: 'go'; id: string; step: number } | { t: 'ink'; id: string; strokes: Stroke[] };
export type ServerMessage = { t: 'state'; id: string; step: number } | { t: 'ink'; id: string; strokes: Stroke[] } | { t: 'role'; drive: boolean };

const SLIDE_ID = /^[a-z0-9-]{1,100}$/;
const isStep = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 50;

function object(raw: string): Record<string, unknown> | undefined {
  if (raw.length > MAX_MESSAGE) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Slide moves and ink, the same on both ends. */
function move(value: Record<string, unknown>): { t: 'go'; id: string; step: number } | { t: 'ink'; id: string; strokes: Stroke[] } | undefined {
  if (typeof value.id !== 'string' || !SLIDE_ID.test(value.id)) return undefined;
  if (value.t === 'go') return isStep(value.step) ? { t: 'go', id: value.id, step: value.step } : undefined;
  if (value.t === 'ink') {
    const strokes = parseStrokes(value.strokes);
    return strokes ? { t: 'ink', id: value.id, strokes } : undefined;
  }
  return undefined;
}

/**
 * A message from a browser, or undefined.
 * @example parseClientMessage('{"t":"go","id":"s-imbalance","step":1}') // { t: 'go', id: 's-imbalance', step: 1 }
 */
export function parseClientMessage(raw: string): ClientMessage | undefined {
  const value = object(raw);
  if (!value) return undefined;
  // A hello says nothing more: any field (an old client's token) makes it malformed.
  if (value.t === 'hello') return Object.keys(value).length === 1 ? { t: 'hello' } : undefined;
  return move(value);
}

/**
 * A message from the relay, or undefined.
 * @example parseServerMessage('{"t":"state","id":"title","step":0}') // { t: 'state', id: 'title', step: 0 }
 */
export function parseServerMessage(raw: string): ServerMessage | undefined {
  const value = object(raw);
  if (!value) return undefined;
  if (value.t === 'role') return typeof value.drive === 'boolean' ? { t: 'role', drive: value.drive } : undefined;
  if (value.t === 'state') {
    const go = move({ ...value, t: 'go' });
    return go?.t === 'go' ? { t: 'state', id: go.id, step: go.step } : undefined;
  }
  const ink = move(value);
  return ink?.t === 'ink' ? ink : undefined;
}
