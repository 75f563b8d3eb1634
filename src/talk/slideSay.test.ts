import { describe, expect, it } from 'vitest';
import { numbersMissing, sayLength } from './slideSay';

describe('a slide’s say line', () => {
  it('counts English words, and Chinese characters with each Latin word or number as one', () => {
    expect(sayLength('Short-term swings are allowed; staying below 45° is not.', 'en')).toBe(9);
    expect(sayLength('按 1% 计算，一次 Llama 3 405B 规模训练', 'zh')).toBe(13);
  });

  it('may repeat a number its claims give, with or without thousands commas', () => {
    expect(numbersMissing('about 3640 petaflop/s-days and 1.8%', 'about 3,640 petaflop/s-days … 1.8% with fine-tuning')).toEqual([]);
  });

  it('may not bring a number its claims do not give', () => {
    expect(numbersMissing('about 99% of compute, 2% to safety', 'about 99% … less than 1%')).toEqual(['2']);
    expect(numbersMissing('a share of 1.5%', 'a share of 1%')).toEqual(['1.5']);
  });
});
