import { describe, expect, it } from 'vitest';
import { markChineseRuns } from './chineseRuns';

describe('markChineseRuns', () => {
  it('wraps a run with digits inside as one span', () => {
    expect(markChineseRuns('the AI-45° Law (人工智能45度平衡律)')).toBe('the AI-45° Law (<span lang="zh-Hans">人工智能45度平衡律</span>)');
  });
  it('leaves tags and attributes alone and wraps only text', () => {
    expect(markChineseRuns('<i title="x">周伯文：AI</i>')).toBe('<i title="x"><span lang="zh-Hans">周伯文：</span>AI</i>');
  });
  it('leaves English untouched', () => {
    expect(markChineseRuns('Plain English, 2024.')).toBe('Plain English, 2024.');
  });
});
