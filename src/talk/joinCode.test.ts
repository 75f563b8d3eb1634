import { describe, expect, it } from 'vitest';
import { joinCode, replaceJoinCode, shortAddress } from './joinCode';

describe('the join code of a title or end slide', () => {
  it('prints an address as a person types it', () => {
    expect(shortAddress('https://example.org/en/talk/')).toBe('example.org/en/talk');
    expect(shortAddress('http://192.168.1.20:4321/zh/')).toBe('192.168.1.20:4321/zh');
  });

  it('is an SVG QR code named by its address, and the address under it', async () => {
    const html = await joinCode('https://example.org/en/talk/', 'Scan to follow');
    expect(html).toMatch(/^<svg role="img" aria-label="Scan to follow: example.org\/en\/talk" class="join-qr" [^>]*viewBox="0 0 (\d+) \1"/);
    expect(html).toContain('<path');
    expect(html.endsWith('<p class="slide-url">example.org/en/talk</p>')).toBe(true);
  });

  it('a different address draws a different code', async () => {
    expect(await joinCode('https://example.org/en/', 'x')).not.toBe(await joinCode('https://example.org/zh/', 'x'));
  });

  it('replaces every join block of a page and nothing else', () => {
    const page = '<p>a</p><div class="slide-join" data-join><svg></svg><p class="slide-url">old</p></div><div data-x>keep</div><div class="slide-join" data-join></div>';
    expect(replaceJoinCode(page, 'NEW')).toBe('<p>a</p><div class="slide-join" data-join>NEW</div><div data-x>keep</div><div class="slide-join" data-join>NEW</div>');
  });
});
