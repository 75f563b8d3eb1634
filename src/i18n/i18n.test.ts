import { describe, expect, it } from 'vitest';
import { en } from './en';
import { interpolate, t } from './index';
import { zh } from './zh';

const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('every English string has a Chinese one with the same slots', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zh[key], key).toBeTruthy();
      expect(slots(zh[key]), key).toEqual(slots(en[key]));
    }
  });

  it('fills slots and leaves unknown ones visible', () => {
    expect(t('zh', 'chapter.label', { n: 2 })).toBe('第 2 章');
    expect(interpolate('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});
