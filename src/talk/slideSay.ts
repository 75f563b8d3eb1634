/**
 * Checks on what a slide shows the room: its `say:` line (and the big number
 * of a `number` slide) is a short form of the slide's own claims, so it must
 * stay short and may not bring a number the claims do not give.
 */

/** At most this many words (English) or characters, a Latin word counting as one (Chinese), about 20 English words. */
export const SAY_LIMIT = { en: 22, zh: 44 } as const;

/**
 * The length of a line as the room reads it: words in English; Han characters plus Latin words or numbers in Chinese.
 * @example sayLength('周伯文的估计：99% 的算力', 'zh') // 9
 */
export function sayLength(text: string, lang: 'en' | 'zh'): number {
  if (lang === 'en') return text.split(/\s+/).filter(Boolean).length;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[\p{Script=Latin}\d][\p{Script=Latin}\d.%°-]*/gu)?.length ?? 0;
  return han + latin;
}

/**
 * The numbers of `text` (digit runs with their decimal point or thousands commas, commas dropped)
 * that `source` does not contain.
 * @example numbersMissing('about 1.8% of it', 'RLHF was 1.6%, 1.8% with fine-tuning') // []
 * @example numbersMissing('a 25% share', 'a 20% share') // ['25']
 */
export function numbersMissing(text: string, source: string): string[] {
  const numbers = (value: string) => new Set((value.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,/g, '')));
  const given = numbers(source);
  return [...numbers(text)].filter((n) => !given.has(n));
}
