/**
 * The QR code and short address that a title or end slide shows the room, so
 * people can open the talk on their phones. Drawn as SVG by `qrcode` (a QR
 * encoder, not ours): at build time from SITE_URL, and by `npm run present`
 * for its address on the local network, which replaces the block in the pages it serves.
 */
import QRCode from 'qrcode';

/**
 * An address as a person types it: no scheme, no trailing slash.
 * @example shortAddress('https://example.org/en/talk/') // 'example.org/en/talk'
 */
export function shortAddress(url: string): string {
  return url.replace(/^[a-z]+:\/\//i, '').replace(/\/$/, '');
}

/** Escapes text for an HTML attribute or element. */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The inside of a slide's `[data-join]` block: the QR code of `url` and its short address, labelled in the page's language. */
export async function joinCode(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  const named = svg.replace('<svg ', `<svg role="img" aria-label="${escape(`${label}: ${shortAddress(url)}`)}" class="join-qr" `);
  return `${named}<p class="slide-url">${escape(shortAddress(url))}</p>`;
}

/** The `[data-join]` blocks of a built page with their inside replaced: how `npm run present` shows its own address. */
export function replaceJoinCode(html: string, inner: string): string {
  return html.replace(/(<div[^>]*\bdata-join\b[^>]*>)[\s\S]*?(<\/div>)/g, (_, open: string, close: string) => `${open}${inner}${close}`);
}
