/**
 * Minutes a chapter takes to read, from its MDX source: prose only (no
 * front matter, markup, citation keys or figure tags), at a steady reading
 * pace — about 230 words a minute in English and 400 characters a minute in
 * Chinese — rounded up, never under one minute.
 */

const WORDS_PER_MINUTE = 230;
const HAN_PER_MINUTE = 400;

/** MDX source as the reader sees it: no front matter, tags, citation keys, heading ids or Markdown punctuation. */
function proseOf(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[@[^\]]*\]/g, ' ')
    .replace(/\[#[\w-]+\]/g, ' ')
    .replace(/[#*_>`|[\]()]/g, ' ');
}

/**
 * @example readingMinutes('word '.repeat(460), 'en') // 2
 * @example readingMinutes('字'.repeat(401), 'zh') // 2
 */
export function readingMinutes(mdx: string, lang: 'en' | 'zh'): number {
  const prose = proseOf(mdx);
  const han = (prose.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (prose.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
  const minutes = lang === 'zh' ? han / HAN_PER_MINUTE + words / WORDS_PER_MINUTE : words / WORDS_PER_MINUTE;
  return Math.max(1, Math.ceil(minutes));
}
