/**
 * Finds runs of Chinese inside other-language text, so they can carry
 * lang="zh-Hans" (right font, line breaking and screen-reader voice).
 * A run starts and ends with a Han character or CJK punctuation and may hold
 * digits in between (人工智能45度平衡律 is one run).
 */
export const CHINESE_RUN = /\p{Script=Han}(?:[\p{Script=Han}\d\u3000-\u303f\uff00-\uffef“”·]*[\p{Script=Han}\u3001-\u303f\uff01-\uff5e”])?/gu;

/**
 * Wraps Chinese runs in an HTML string's text (not its tags) in <span lang="zh-Hans">.
 * @example markChineseRuns('<i>周伯文：AI</i>') // '<i><span lang="zh-Hans">周伯文：</span>AI</i>'
 */
export function markChineseRuns(html: string): string {
  return html.replace(/(<[^>]*>)|([^<]+)/g, (_, tag: string | undefined, text: string | undefined) =>
    tag ?? (text ?? '').replace(CHINESE_RUN, (run) => `<span lang="zh-Hans">${run}</span>`),
  );
}
