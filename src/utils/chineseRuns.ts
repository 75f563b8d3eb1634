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

/** ASCII punctuation and its full-width form in a Chinese sentence. */
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * Sets a Chinese sentence's punctuation full width, as Chinese text is set.
 * The report of the speech reached us with ASCII commas, colons and
 * parentheses in its Chinese sentences; quoting it, we keep its words and
 * restore its punctuation. A comma or colon between two digits (1,000; 3:1)
 * stays as it is.
 * @example fullWidthPunctuation('可信AGI(通用人工智能),要兼顾') // '可信AGI（通用人工智能），要兼顾'
 */
export function fullWidthPunctuation(text: string): string {
  return text.replace(/[,;:?!()]/g, (mark, at: number) => (/[,:]/.test(mark) && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '') ? mark : FULL_WIDTH[mark]!));
}
