import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE, parseClientMessage, parseServerMessage } from './relayProtocol';

describe('the follow-along relay’s messages', () => {
  it('reads a hello, a move and ink', () => {
    expect(parseClientMessage('{"t":"hello"}')).toEqual({ t: 'hello' });
    expect(parseClientMessage('{"t":"go","id":"s-imbalance-compute","step":2}')).toEqual({ t: 'go', id: 's-imbalance-compute', step: 2 });
    expect(parseClientMessage('{"t":"ink","id":"title","strokes":[{"tool":"pen","points":[1,2]}]}')).toEqual({ t: 'ink', id: 'title', strokes: [{ tool: 'pen', points: [1, 2] }] });
    expect(parseServerMessage('{"t":"state","id":"end","step":0}')).toEqual({ t: 'state', id: 'end', step: 0 });
    expect(parseServerMessage('{"t":"role","drive":true}')).toEqual({ t: 'role', drive: true });
  });

  it('drops anything else: not JSON, an unknown type, a slide id with markup, a step out of range, bad ink, too long', () => {
    for (const raw of ['nope', '[]', 'null', '{"t":"eval"}', '{"t":"go","id":"<script>","step":0}', '{"t":"go","id":"title","step":-1}', '{"t":"go","id":"title","step":1.5}', '{"t":"go","id":"title","step":51}', '{"t":"ink","id":"title","strokes":[{"tool":"pen","points":[1]}]}', '{"t":"hello","token":5}', '{"t":"hello","token":"abc"}', '{"t":"hello","pad":1}', `{"t":"go","id":"title","step":0,"pad":"${'x'.repeat(MAX_MESSAGE)}"}`]) {
      expect(parseClientMessage(raw), raw.slice(0, 60)).toBeUndefined();
    }
    expect(parseServerMessage('{"t":"role","drive":"yes"}')).toBeUndefined();
    expect(parseServerMessage('{"t":"go","id":"title","step":0}')).toBeUndefined();
  });
});
