import { describe, expect, it } from 'vitest';
import { isTalkPage, limitsFor, readBudgets } from './budgets';

describe('byte budgets', () => {
  const budgets = readBudgets('<!-- budgets -->\n| `html.raw` | 90000 | x |\n| `css.raw` | 27 000 | x |\n| `talk.html.raw` | 130000 | x |\n<!-- /budgets -->');

  it('reads the README table, talk rows included', () => {
    expect(budgets).toEqual({ 'html.raw': 90000, 'css.raw': 27000, 'talk.html.raw': 130000 });
  });

  it('holds talk pages to their own rows and every other page to the general ones', () => {
    expect(isTalkPage('/zh/talk/imbalance/')).toBe(true);
    expect(isTalkPage('/en/45-degree-law/')).toBe(false);
    expect(limitsFor('/en/talk/', budgets)).toEqual({ 'html.raw': 130000, 'css.raw': 27000 });
    expect(limitsFor('/en/sources/', budgets)).toEqual({ 'html.raw': 90000, 'css.raw': 27000 });
  });

  it('refuses a metric it does not know', () => {
    expect(() => readBudgets('<!-- budgets -->\n| `talk.nope` | 1 | x |\n<!-- /budgets -->')).toThrow(/not a known metric/);
  });
});
