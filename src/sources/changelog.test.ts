import { describe, expect, it } from 'vitest';
import { chapterFirstPublished, chapterLastChanged, changelogEntries, figureLastChanged, readChangelog } from './changelog';

const entries = readChangelog([
  { date: '2026-11-20', en: 'First', zh: '首次', chapters: ['imbalance'], figures: ['compute'] },
  { date: '2026-12-02', en: 'Site search', zh: '搜索' },
  { date: '2026-11-28', en: 'Fix', zh: '更正', chapters: ['imbalance'], correction: true },
]);

describe('changelog', () => {
  it('is read newest first', () => {
    expect(entries.map((entry) => entry.date)).toEqual(['2026-12-02', '2026-11-28', '2026-11-20']);
  });

  it('a chapter is dated by the last entry naming it, not by site features or the build', () => {
    expect(chapterLastChanged('imbalance', ['compute'], entries)).toBe('2026-11-28');
    expect(chapterFirstPublished('imbalance', ['compute'], entries)).toBe('2026-11-20');
  });

  it('a figure is dated by the last entry naming it', () => {
    expect(figureLastChanged('compute', 'imbalance', ['compute'], entries)).toBe('2026-11-20');
    expect(figureLastChanged('other', 'imbalance', ['other'], entries)).toBe('2026-11-28');
  });

  it('a chapter no entry names fails the build', () => {
    expect(() => chapterLastChanged('nowhere', [], entries)).toThrow(/nowhere/);
  });

  it('a malformed entry fails the build with its position', () => {
    expect(() => readChangelog([{ date: '25 Nov', en: 'x', zh: 'x' }])).toThrow(/entry 1/);
    expect(() => readChangelog([{ date: '2026-11-25', en: 'x', zh: '' }])).toThrow(/entry 1/);
  });

  it("the project's changelog reads", () => {
    expect(changelogEntries().length).toBeGreaterThan(0);
  });
});
