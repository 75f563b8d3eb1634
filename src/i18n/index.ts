import { en, type DictKey, type Dictionary } from './en';
import { zh } from './zh';

export type { DictKey, Dictionary };

export const languages = ['en', 'zh'] as const;
export type Lang = (typeof languages)[number];

const dictionaries: Record<Lang, Dictionary> = { en, zh };

/** The BCP 47 tag for a page's `lang` attribute. */
export const htmlLang: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

/** The other language, for the language switch. */
export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * Fills `{name}` slots in a string.
 * @example interpolate('Chapter {n}', { n: 2 }) // 'Chapter 2'
 */
export function interpolate(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in vars ? String(vars[name]) : slot));
}

/**
 * Reads an interface string.
 * @example t('zh', 'chapter.label', { n: 2 }) // '第 2 章'
 */
export function t(lang: Lang, key: DictKey, vars?: Record<string, string | number>): string {
  return interpolate(dictionaries[lang][key], vars);
}

/** The strings for `keys` in one language, for shipping to a figure's script. */
export function pick(lang: Lang, keys: readonly DictKey[]): Partial<Dictionary> {
  return Object.fromEntries(keys.map((key) => [key, dictionaries[lang][key]]));
}
