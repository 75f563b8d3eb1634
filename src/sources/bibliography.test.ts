import { describe, expect, it } from 'vitest';
import { apaHtml, forApa, references, shortLabel } from './bibliography';

describe('the bibliography in APA', () => {
  it('prints no BibTeX entry type as a description: a technical report is not "[Techreport]"', () => {
    const html = apaHtml('maslej2024aiindex');
    expect(html).toContain('AI Index Steering Committee. (2024). <i>The AI Index 2024 Annual Report</i>');
    expect(html).not.toMatch(/\[tech ?report\]/i);
    for (const key of references().keys()) expect(apaHtml(key), key).not.toMatch(/\[(techreport|misc|article|inproceedings|book)\]/i);
  }, 30_000);

  it('keeps a genre the entry names itself', () => {
    expect(forApa({ id: 'k', title: 'T', type: 'report', genre: 'Working paper' }).genre).toBe('Working paper');
    expect(forApa({ id: 'k', title: 'T', type: 'report', genre: 'techreport' })).not.toHaveProperty('genre');
  });

  it('names every author, as APA lists them (up to 20, then an ellipsis and the last), never an author called “others”', () => {
    expect(apaHtml('brown2020gpt3')).toMatch(/^.*Brown, T\. B\., Mann, B\., Ryder, N\.,/);
    expect(apaHtml('brown2020gpt3')).toContain('Amodei, D. (2020)');
    for (const key of references().keys()) expect(apaHtml(key), key).not.toMatch(/\bothers\b/);
  }, 30_000);

  it('names a news report by what it is, in the reader’s language, never by the person it reports on', () => {
    expect(shortLabel('zhou2024waic', 'en')).toBe('Report of the speech (2024)');
    expect(shortLabel('zhou2024waic', 'zh')).toBe('演讲报道（2024）');
    expect(shortLabel('ouyang2022instructgpt', 'zh')).toBe('Ouyang et al. (2022)');
    for (const lang of ['en', 'zh'] as const) expect(shortLabel('zhou2024waic', lang)).not.toMatch(/Zhou|周伯文/);
  });
});
