import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { apaDate, apaReference, bibtexEntry, citationKey, texText, type CitationRecord } from './citation';

const zhFigure: CitationRecord = {
  key: citationKey('zh', 'figure', 'trajectory'),
  title: '图 2.1：轨迹探索器',
  container: '读懂 AI-45° 平衡律',
  author: 'AI-45° 解读团队',
  date: '2026-11-25',
  published: '2026-11-24',
  url: 'https://example.org/zh/45-degree-law/?split=50#fig-trajectory',
  lang: 'zh',
};

describe('citations', () => {
  it('a Chinese BibTeX entry keeps its Han title, parsed by a real BibTeX parser', () => {
    const library = parse(bibtexEntry(zhFigure));
    expect(library.errors).toEqual([]);
    const [entry] = library.entries;
    expect(entry?.key).toBe('ai45-zh-fig-trajectory');
    expect(entry?.fields.title).toContain('图 2.1：轨迹探索器');
    expect(entry?.fields.author?.[0]?.name).toBe('AI-45° 解读团队');
    expect(entry?.fields.month).toBe('11');
    expect(entry?.fields.url).toBe(zhFigure.url);
  });

  it('prints cleanly in biblatex and plain BibTeX: one URL, the site named in howpublished, no raw language field', () => {
    for (const record of [zhFigure, { ...zhFigure, lang: 'en' as const, title: 'Figure 2.1', container: 'The AI-45° Law, explained' }]) {
      const text = bibtexEntry(record);
      const [entry] = parse(text).entries;
      expect(text.split(record.url).length - 1).toBe(1);
      expect(text).not.toMatch(/\\url|^\s*(language|organization)\s*=/m);
      expect(entry?.fields.howpublished).toEqual(record.container);
    }
  });

  it('the month is a BibTeX month macro, not "nov 25"', () => {
    expect(bibtexEntry(zhFigure)).toMatch(/^ {2}month = nov,$/m);
  });

  it('keys differ by language and by kind, and reject ids TeX would misread', () => {
    const keys = [citationKey('en', 'site'), citationKey('zh', 'site'), citationKey('en', 'chapter', 'imbalance'), citationKey('zh', 'chapter', 'imbalance'), citationKey('en', 'figure', 'compute'), citationKey('en', 'brief'), citationKey('zh', 'brief')];
    expect(new Set(keys).size).toBe(keys.length);
    expect(() => citationKey('en', 'chapter', 'a b')).toThrow();
  });

  it("TeX's special characters are escaped and other characters kept", () => {
    expect(texText('R&D: 50% of #1_x {y} 红线')).toBe('R\\&D: 50\\% of \\#1\\_x \\{y\\} 红线');
  });

  // citation-js loads its APA style on first use: seconds on a busy machine.
  it('a Chinese APA line gives a Chinese date; an English one the APA date', { timeout: 30_000 }, () => {
    expect(apaDate('zh', '2026-11-05')).toBe('2026 年 11 月 5 日');
    expect(apaReference(zhFigure)).toContain('(2026 年 11 月 25 日)');
    expect(apaReference({ ...zhFigure, lang: 'en', title: 'Figure 2.1: The trajectory explorer' })).toContain('(2026, November 25). <i>Figure 2.1: The trajectory explorer</i>');
  });
});
