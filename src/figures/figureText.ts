import { interpolate, type DictKey, type Dictionary, type Lang } from '../i18n/index';
import type { Cell, FigureText, TableColumn } from './charts/types';

const locales: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };

/**
 * Localised text for a figure from a (possibly partial) dictionary: the full
 * one at build time, the figure's own strings in the browser.
 * @example figureText('en', { 'figure.reset': 'Reset' }).num(41.61, 1) // '41.6'
 */
export function figureText(lang: Lang, strings: Partial<Dictionary>, cites: Record<string, string> = {}, slide = false): FigureText {
  const formats = new Map<number, Intl.NumberFormat>();
  return {
    slide,
    t: (key: DictKey, vars) => interpolate(strings[key] ?? key, vars),
    cite: (key) => cites[key] ?? key,
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

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * A number as "m × 10ⁿ" with `digits` significant decimals.
 * @example scientific(3.145e23, 1) // '3.1 × 10²³'
 */
export function scientific(value: number, digits = 1): string {
  if (value === 0 || !Number.isFinite(value)) return String(value);
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  let mantissa = Number((value / 10 ** exponent).toFixed(digits));
  let power = exponent;
  if (Math.abs(mantissa) >= 10) {
    mantissa /= 10;
    power += 1;
  }
  const sup = String(power).replace('-', '⁻').replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!);
  return `${mantissa.toFixed(digits)} × 10${sup}`;
}

/** One data-table cell as text, the same at build time and in the browser. */
export function formatCell(value: Cell, column: TableColumn, text: FigureText): string {
  if (typeof value === 'string' || column.format === 'text') return String(value);
  if (column.format === 'sci') return scientific(value, column.decimals ?? 1);
  return text.num(value, column.decimals ?? 0);
}
