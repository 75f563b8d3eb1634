import { interpolate, type DictKey, type Dictionary, type Lang } from '../i18n/index';
import type { FigureText } from '../charts/types';

const locales: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };

/**
 * Localised text for a figure from a (possibly partial) dictionary: the full
 * one at build time, the figure's own strings in the browser.
 * @example figureText('en', { 'figure.reset': 'Reset' }).num(41.61, 1) // '41.6'
 */
export function figureText(lang: Lang, strings: Partial<Dictionary>): FigureText {
  const formats = new Map<number, Intl.NumberFormat>();
  return {
    t: (key: DictKey, vars) => interpolate(strings[key] ?? key, vars),
    num(value, decimals = 0) {
      let format = formats.get(decimals);
      if (!format) {
        format = new Intl.NumberFormat(locales[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
        formats.set(decimals, format);
      }
      // Avoid printing "-0" for values that round to zero.
      return format.format(Math.abs(value) < 0.5 * 10 ** -decimals ? 0 : value);
    },
  };
}
