import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation, markChineseRuns } from './chineseRuns';

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

describe('fullWidthPunctuation', () => {
  it('sets a Chinese sentence’s commas, colons, semicolons and parentheses full width', () => {
    expect(fullWidthPunctuation('可信AGI(通用人工智能),要兼顾安全;也不能长期高于45度:如同')).toBe('可信AGI（通用人工智能），要兼顾安全；也不能长期高于45度：如同');
  });

  it('leaves a comma or colon between digits alone', () => {
    expect(fullWidthPunctuation('约1,000次,比例3:1')).toBe('约1,000次，比例3:1');
  });
});
