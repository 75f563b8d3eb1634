/**
 * Following the speaker (loaded only when `npm run present` serves the deck,
 * which marks it `data-relay`). The deck the relay says drives (the
 * presenter's browser, by the cookie its one-time link gave it) sends its
 * moves and drawings to the relay. Any other deck follows: it shows the speaker's slide, step and drawings, may look back on its own
 * and rejoin with one tap. Lost connections come back with growing waits.
 */
import { parseServerMessage, type ClientMessage } from '../relayProtocol';
import type { Stroke } from '../ink';

export interface FollowDeck {
  /** Shows slide `id` at `step`, as the speaker moved (not a move of this reader's). */
  goTo(id: string, step: number): void;
  /** Shows the speaker's strokes on slide `id`. */
  ink(id: string, strokes: Stroke[]): void;
}

export interface Follow {
  /** This deck moved to `id` at `step`: by the reader's own hand when `local`. */
  moved(id: string, step: number): void;
  /** This deck drew on slide `id`. */
  drew(id: string, strokes: Stroke[]): void;
}

export function startFollow(path: string, bar: HTMLElement, deck: FollowDeck): Follow {
  const root = document.documentElement;
  const status = bar.querySelector<HTMLElement>('[data-follow-status]')!;
  const rejoin = bar.querySelector<HTMLButtonElement>('[data-rejoin]')!;
  // Whether this deck drives is the relay's to say: the presenter's browser holds a cookie (HttpOnly, sent with
  // the WebSocket only) from its one-time link; no secret passes through this script, an address or storage.
  let socket: WebSocket | undefined;
  let wait = 500;
  let driving = false;
  let connected = false;
  let detached = false;
  let applying = false;
  let speaker: { id: string; step: number } | undefined;

  function render(): void {
    bar.hidden = false;
    root.dataset.follow = driving ? 'drive' : detached ? 'look-back' : 'follow';
    status.textContent = bar.dataset[!connected ? 'offline' : driving ? 'driving' : detached ? 'lookingBack' : 'following'] ?? '';
    rejoin.hidden = driving || !detached || !speaker;
  }

  function follow(): void {
    detached = false;
    if (speaker) apply(() => deck.goTo(speaker!.id, speaker!.step));
    render();
  }

  function apply(change: () => void): void {
    applying = true;
    try {
      change();
    } finally {
      applying = false;
    }
  }

  const sendMessage = (message: ClientMessage) => socket?.readyState === WebSocket.OPEN && socket.send(JSON.stringify(message));

  function connect(): void {
    socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`);
    socket.addEventListener('open', () => {
      wait = 500;
      connected = true;
      sendMessage({ t: 'hello' });
      render();
    });
    socket.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = typeof event.data === 'string' ? parseServerMessage(event.data) : undefined;
      if (!message) return;
      if (message.t === 'role') driving = message.drive;
      else if (message.t === 'state') {
        speaker = { id: message.id, step: message.step };
        if (!detached || driving) apply(() => deck.goTo(message.id, message.step));
      } else apply(() => deck.ink(message.id, message.strokes));
      render();
    });
    socket.addEventListener('close', () => {
      connected = false;
      render();
      // Back off, with a little jitter so a room of phones does not reconnect at once.
      setTimeout(connect, wait + Math.random() * wait * 0.5);
      wait = Math.min(wait * 2, 10_000);
    });
  }

  rejoin.addEventListener('click', follow);
  connect();
  render();

  return {
    moved(id, step) {
      if (applying) return;
      if (driving) sendMessage({ t: 'go', id, step });
      else if (speaker && (speaker.id !== id || speaker.step !== step)) {
        detached = true;
        render();
      }
    },
    drew(id, strokes) {
      if (driving && !applying) sendMessage({ t: 'ink', id, strokes });
    },
  };
}
