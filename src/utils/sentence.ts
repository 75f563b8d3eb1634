import type { Lang } from '../i18n/index';

/**
 * A claim marked inside a sentence, standing alone (in a slide's notes, on the
 * brief): a capital and a full stop, or the Chinese full stop.
 * @example asSentence('99% of the world’s compute goes to pretraining', 'en') // '99% of the world’s compute goes to pretraining.'
 * @example asSentence('目前世界上 99% 的算力用于模型预训练', 'zh') // '目前世界上 99% 的算力用于模型预训练。'
 */
export function asSentence(text: string, lang: Lang): string {
  if (lang === 'zh') return /[。？！”）]$/.test(text) ? text : `${text}。`;
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.?!”)]$/.test(capital) ? capital : `${capital}.`;
}
