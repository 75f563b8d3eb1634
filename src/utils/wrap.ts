/**
 * Line breaking for text drawn into SVG, which has no wrapping of its own:
 * social cards, a figure's text panel and its downloads. Pure, so the build
 * and the browser share it.
 */

/** Width of a character in ems, roughly: CJK and full-width forms are square, Latin about half. */
const charWidth = (ch: string): number => (/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : /[A-Zmw@%]/.test(ch) ? 0.78 : /[il.,:;'’|]/.test(ch) ? 0.32 : 0.62);

/**
 * Width of a line of text in ems, roughly.
 * @example emWidth('中文') // 2
 */
export const emWidth = (text: string): number => [...text].reduce((sum, ch) => sum + charWidth(ch), 0);

/**
 * Breaks text into lines no wider than `maxEm` ems: at spaces for English, anywhere for Chinese; at most `maxLines`, the last one ellipsised.
 * @example wrap('one two three', 7, 3) // ['one two', 'three']
 */
const NO_LINE_START = /^[）》」』】〕〉，。、；：！？…％)\]]/;
const NO_LINE_END = /[（《「『【〔〈(\[]+$/;

export function wrap(text: string, maxEm: number, maxLines: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const token of tokens) {
    const w = emWidth(token);
    if (/^\s+$/.test(token)) {
      if (line) {
        line += ' ';
        width += 0.3;
      }
      continue;
    }
    // Chinese line-breaking rules: closing punctuation never starts a line (it stays on the line before, a little
    // over), and an opening bracket never ends one (it moves down with what it opens).
    if (width + w > maxEm && line.trim() && !NO_LINE_START.test(token)) {
      const carried = NO_LINE_END.exec(line)?.[0] ?? '';
      const kept = line.slice(0, line.length - carried.length).trim();
      if (kept) {
        lines.push(kept);
        line = carried;
        width = emWidth(carried);
      }
    }
    line += token;
    width += w;
  }
  if (line.trim()) lines.push(line.trim());
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S$/, '')}…`;
    return kept;
  }
  return lines;
}

/**
 * Breaks text into lines no wider than `width` px at `size` px type, at spaces
 * for Latin text and anywhere in Chinese.
 * @example wrapText('one two three', 50, 10) // ['one two', 'three']
 */
export const wrapText = (text: string, width: number, size: number): string[] => wrap(text, width / size, Number.POSITIVE_INFINITY);
