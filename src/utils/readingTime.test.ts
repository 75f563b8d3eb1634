import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readingMinutes } from './readingTime';

describe('readingMinutes', () => {
  it('counts English words at 230 a minute, rounded up', () => {
    expect(readingMinutes('word '.repeat(230), 'en')).toBe(1);
    expect(readingMinutes('word '.repeat(231), 'en')).toBe(2);
  });

  it('counts Chinese characters at 400 a minute, and the Latin words among them', () => {
    expect(readingMinutes('字'.repeat(400), 'zh')).toBe(1);
    expect(readingMinutes(`${'字'.repeat(400)} RLHF`, 'zh')).toBe(2);
  });

  it('leaves out front matter, tags, citation keys and heading ids', () => {
    const mdx = `---\ntitle: ${'x '.repeat(500)}\n---\n## Heading [#heading]\n<Figure id="trajectory" />\nOne two three [@zhou2024waic].`;
    expect(readingMinutes(mdx, 'en')).toBe(1);
  });

  it('gives every chapter a few minutes to a quarter of an hour, about the same in both languages', () => {
    for (const file of readdirSync('content/chapters/en')) {
      const en = readingMinutes(readFileSync(`content/chapters/en/${file}`, 'utf8'), 'en');
      const zh = readingMinutes(readFileSync(`content/chapters/zh/${file}`, 'utf8'), 'zh');
      expect(en, file).toBeGreaterThanOrEqual(2);
      expect(en, file).toBeLessThanOrEqual(30);
      expect(Math.abs(en - zh), file).toBeLessThanOrEqual(Math.max(3, en / 2));
    }
  });
});
