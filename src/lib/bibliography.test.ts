import { describe, expect, it } from 'vitest';
import { apaHtml, forApa, references } from './bibliography';

describe('the bibliography in APA', () => {
  it('prints no BibTeX entry type as a description: a technical report is not "[Techreport]"', () => {
    const html = apaHtml('maslej2024aiindex');
    expect(html).toContain('<i>The AI Index 2024 Annual Report</i>. AI Index Steering Committee');
    expect(html).not.toMatch(/\[tech ?report\]/i);
    for (const key of references().keys()) expect(apaHtml(key), key).not.toMatch(/\[(techreport|misc|article|inproceedings|book)\]/i);
  });

  it('keeps a genre the entry names itself', () => {
    expect(forApa({ id: 'k', title: 'T', type: 'report', genre: 'Working paper' }).genre).toBe('Working paper');
    expect(forApa({ id: 'k', title: 'T', type: 'report', genre: 'techreport' })).not.toHaveProperty('genre');
  });

  it('reads BibTeX’s “and others” as “et al.”, not as an author named others', () => {
    expect(apaHtml('maslej2024aiindex')).toMatch(/^.*Maslej, N\., et al\. \(2024\)/);
    expect(apaHtml('brown2020gpt3')).toContain('Brown, T. B., et al. (2020)');
    for (const key of references().keys()) expect(apaHtml(key), key).not.toContain('others');
  });
});
