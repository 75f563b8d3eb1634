import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { changesSince, checkRecord, versionNotice, paragraphsOf, recordVersions, shareDescription, unrecordedChanges, versionAt, type VersionRecord } from './paragraphVersions';

const chapter = (text: string) =>
  parseHTML(`<main><p id="p-plane-1" data-para="§2.1 ¶1"><a class="para-link" href="#p-plane-1">¶1</a>${text}<sup class="cite"><a>3</a></sup></p></main>`).document as unknown as Document;

describe('paragraph versions', () => {
  it('reads a paragraph as a reader reads it, without its ¶ mark and note numbers', () => {
    expect(paragraphsOf(chapter('The  plane <span class="claim-mark">◆</span>has two axes.'))).toEqual([{ id: 'p-plane-1', label: '§2.1 ¶1', text: 'The plane has two axes.' }]);
  });

  it('records a first version, then a correction, and never rewrites an old one', () => {
    const first = recordVersions({}, { en: { law: { 'p-plane-1': 'Old.' } }, zh: { law: { 'p-plane-1': '旧。' } } }, '2026-12-03', 'editorial', () => '2026-11-25');
    expect(first.record.law?.['p-plane-1']?.en).toEqual([{ date: '2026-11-25', text: 'Old.', change: 'published' }]);
    const current = { en: { law: { 'p-plane-1': 'New.' } }, zh: { law: { 'p-plane-1': '旧。' } } };
    expect(unrecordedChanges(first.record, current).changed).toEqual(['/en/law/#p-plane-1']);
    const second = recordVersions(first.record, current, '2026-12-03', 'correction');
    expect(second.added).toEqual(['/en/law/#p-plane-1 (correction)']);
    const versions = second.record.law!['p-plane-1']!.en!;
    expect(versions.map((v) => v.text)).toEqual(['Old.', 'New.']);
    expect(unrecordedChanges(second.record, current)).toEqual({ changed: [], fresh: [] });
    expect(checkRecord(second.record)).toBe(second.record);
    // A link made on 30 November quotes the old text, and learns of one change since.
    expect(versionAt(versions, '2026-11-30')?.text).toBe('Old.');
    expect(changesSince(versions, '2026-11-30').map((v) => v.change)).toEqual(['correction']);
    // A second change on the same day amends that day's version (a link names a day), and it stays a correction.
    const third = recordVersions(second.record, { en: { law: { 'p-plane-1': 'Newer.' } }, zh: current.zh }, '2026-12-03', 'editorial');
    expect(third.record.law!['p-plane-1']!.en).toEqual([{ date: '2026-11-25', text: 'Old.', change: 'published' }, { date: '2026-12-03', text: 'Newer.', change: 'correction' }]);
    expect(third.added).toEqual(['/en/law/#p-plane-1 (correction, amending 2026-12-03)']);
    // A day before the last version is refused.
    expect(() => recordVersions(third.record, { en: { law: { 'p-plane-1': 'Other.' } }, zh: current.zh }, '2026-12-01', 'editorial')).toThrow(/later date/);
  });

  it('a link made before a correction is told what changed, when and why, with the text then and now; a current link is told nothing', () => {
    // Fixture texts, not the site's.
    const versions = [
      { date: '2026-11-25', text: 'The share is about 99%.', change: 'published' as const },
      { date: '2026-11-28', text: 'The share is 99%.', change: 'editorial' as const },
      { date: '2026-12-02', text: 'Zhou puts the share at 99%; no one has measured it.', change: 'correction' as const },
    ];
    const why = (date: string) => (date === '2026-12-02' ? ['Corrections: the 99% is Zhou’s estimate.'] : []);
    const notice = versionNotice(versions, '2026-11-26', why);
    expect(notice?.then.text).toBe('The share is about 99%.');
    expect(notice?.now.text).toBe('Zhou puts the share at 99%; no one has measured it.');
    expect(notice?.changes).toEqual([
      { date: '2026-11-28', change: 'editorial', why: [] },
      { date: '2026-12-02', change: 'correction', why: ['Corrections: the 99% is Zhou’s estimate.'] },
    ]);
    expect(versionNotice(versions, '2026-12-02', why)).toBeUndefined();
    expect(versionNotice(versions, '2026-12-03', why)).toBeUndefined();
  });

  it('rejects a record whose versions are out of order or whose first is not the publication', () => {
    const bad: VersionRecord = { law: { 'p-plane-1': { en: [{ date: '2026-11-25', text: 'a', change: 'correction' }] } } };
    expect(() => checkRecord(bad)).toThrow(/published/);
  });

  it('trims a description at a sentence, Chinese by characters', () => {
    const en = 'Zhou puts it at 99 to 1. Nobody has measured the split across the field. The figure shows what one documented run spent, and what a pledge of a fifth would mean for the same budget over a year.';
    expect(shareDescription(en, 'en', 80)).toBe('Zhou puts it at 99 to 1. Nobody has measured the split across the field.');
    expect(shareDescription('一二三四五六七八九十，一二三四五六七八九十。', 'zh', 10)).toBe('一二三四五六七八九…');
    expect(shareDescription('短句。第二句很长很长很长很长很长。', 'zh', 10)).toBe('短句。');
    expect(shareDescription('At a 1% share it would be about 3.8 × 10²³ FLOP. That is more than all of GPT-3’s pretraining, by a long way, as the figure shows.', 'en', 60)).toBe('At a 1% share it would be about 3.8 × 10²³ FLOP.');
    expect(shareDescription('One long sentence without any stop that goes on and on', 'en', 30)).toBe('One long sentence without any…');
  });
});
