import { describe, expect, it } from 'vitest';
import { wrap } from './wrap';

describe('wrap', () => {
  it('breaks Latin text at spaces', () => {
    expect(wrap('one two three', 7, 3)).toEqual(['one two', 'three']);
  });
  it('never starts a Chinese line with closing punctuation, nor ends one with an opening bracket', () => {
    // Six characters to a line: the closing bracket would start the second line; it stays on the first.
    expect(wrap('演讲报道（2024）认为今天在这里', 6, 9).every((line) => !/^[）》，。、；：]/.test(line))).toBe(true);
    expect(wrap('演讲报道（2024）认为今天在这里', 6, 9).every((line) => !/[（《]$/.test(line))).toBe(true);
    expect(wrap('甲乙丙丁戊，己庚', 5, 9)).toEqual(['甲乙丙丁戊，', '己庚']);
    expect(wrap('甲乙丙丁（戊己）', 5, 9)).toEqual(['甲乙丙丁', '（戊己）']);
  });
});
