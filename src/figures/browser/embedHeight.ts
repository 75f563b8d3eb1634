/**
 * On an embed page: tells the page that frames it how tall the figure is, now
 * and whenever it changes (a control, a wider frame, an opened table), so the
 * host's frame fits it without a scroll bar (the embed code's listening lines
 * apply it). Only a height is sent, so any origin may receive it.
 */
import { EMBED_MESSAGE } from '../embed';

export function reportEmbedHeight(): void {
  const main = document.querySelector('main');
  if (!main || window.parent === window) return;
  const post = () => {
    const style = getComputedStyle(document.body);
    const height = Math.ceil(main.getBoundingClientRect().bottom + window.scrollY + parseFloat(style.marginBottom) + parseFloat(style.paddingBottom));
    window.parent.postMessage({ type: EMBED_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(main);
}
