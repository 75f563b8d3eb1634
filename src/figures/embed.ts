/**
 * Embedding a figure in another site: the code a figure's "Embed" control
 * offers, and the message its embed page sends so that the host's frame fits
 * the figure. Pure strings, shared by the build, the embed page and the tests.
 */

/** The message type an embed page posts to its host with its height in CSS px. */
export const EMBED_MESSAGE = 'ai45-embed-height';

/**
 * The frame's height before the embed page reports its own: enough for the
 * tallest figure, controls, summary and links at phone width (390 px), so a
 * host that does not run the listening lines still shows the whole figure.
 */
export const EMBED_HEIGHT = 2000;

/**
 * The embed code around the figure's URL (which the page keeps at the figure's
 * current state): the `<iframe>`, then the few lines that let the frame take the
 * height the embed page reports. They trust only messages from that frame's own
 * window and clamp the height, so another frame cannot resize it.
 * @example embedCode('The trajectory explorer').before // '<iframe src="'
 */
export function embedCode(title: string): { before: string; after: string } {
  const escaped = title.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
  return {
    before: '<iframe src="',
    after:
      `" title="${escaped}" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy" data-ai45-embed></iframe>\n` +
      `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="${EMBED_MESSAGE}")return;` +
      `document.querySelectorAll("iframe[data-ai45-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.min(Math.max(+d.height||0,200),6000)+"px"})})</script>`,
  };
}
