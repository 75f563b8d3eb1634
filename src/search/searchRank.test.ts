import { describe, expect, it } from 'vitest';
import { excerptAround, excerptPairs, queryPattern, rankResults, withAliases, withoutBridges, type PageData } from './searchRank';

const page = (url: string, title: string, sections: [id: string, heading: string, text: string][], intro = ''): PageData => ({
  url,
  meta: { title },
  content: [intro, ...sections.map(([, heading, text]) => `${heading}. ${text}`)].join(' '),
  anchors: sections.map(([id, heading]) => ({ element: 'h2', id, text: heading })),
  sub_results: sections.map(([id, heading, text]) => ({ title: heading, url: `${url}#${id}`, excerpt: text.slice(0, 20), weighted_locations: [{ balanced_score: 1 }] })),
  excerpt: intro.slice(0, 20),
});

describe('search ranking', () => {
  it('matches the query as typed: Han characters in order, with or without spaces; Latin words whole', () => {
    expect(queryPattern('安远AI')!.test('与安远 AI 共同发布')).toBe(true);
    expect(queryPattern('周伯文')!.test('立场论文')).toBe(false);
    expect(queryPattern('red line')!.test('tired linen')).toBe(false);
    expect(queryPattern('Red Lines')!.test('international red lines')).toBe(true);
    expect(queryPattern('yellow line')!.test('red and yellow lines')).toBe(true);
    expect(queryPattern('   ')).toBeUndefined();
  });

  it('puts the section that holds the exact word first, not one where a character of it matched (周伯文 is not 论文)', () => {
    const pages = [
      page('/zh/climbing-the-ladder/', '向上攀登', [['matrix', '论文中的矩阵', '立场论文由四位作者撰写，论文提出了原则。']]),
      page('/zh/imbalance/', '失衡', [['compute', '算力去了哪里', '一次训练的算力。'], ['estimate', '周伯文的估计', '据报道，周伯文给出的数字是 99%。']]),
    ];
    const ranked = rankResults('周伯文', pages);
    expect(ranked.map((r) => r.url)).toEqual(['/zh/imbalance/#estimate']);
    expect(ranked[0]!.excerpt.filter(([, marked]) => marked).map(([text]) => text)).toEqual(['周伯文']);
  });

  it('drops a page that only shares a character with a Chinese query (安远 is not 安全), and keeps Latin queries in Pagefind’s order', () => {
    const pages = [page('/zh/45-degree-law/', '45° 平衡律', [['safety', '“安全”指什么', '安全指的是防范风险的能力。']])];
    expect(rankResults('安远', pages)).toEqual([]);
    expect(rankResults('risks', [page('/en/45-degree-law/', 'The 45° law', [['safety', 'What safety means', 'guarding against every risk']])]).map((r) => r.url)).toEqual(['/en/45-degree-law/#safety']);
  });

  it('ranks a heading above a passing mention, and a chapter above a page that summarises it', () => {
    const chapter = page('/zh/45-degree-law/', '45° 平衡律', [['plane', '能力—安全平面', '红线在后文。'], ['red-yellow-lines', '红线与黄线', '立场论文提出了红线与黄线。']]);
    const glossary = page('/zh/glossary/', '术语表', [['red-line', '红线', '一旦越过即意味着灾难性风险的阈值。红线。']]);
    expect(rankResults('红线', [glossary, chapter]).map((r) => r.url)).toEqual(['/zh/45-degree-law/#red-yellow-lines', '/zh/glossary/#red-line']);
  });

  it('finds a term through its words in the other language, and leaves those words out of the excerpt', () => {
    const chapter = page('/zh/45-degree-law/', '45° 平衡律', [['plane', '能力—安全平面', '红线见后文。'], ['red-yellow-lines', '红线与黄线', '立场论文提出了“⟦red lines · red line → 红线⟧. 红线”与黄线：红线是阈值。']]);
    const later = page('/zh/climbing-the-ladder/', '向上攀登', [['since', '此后发生了什么', '其技术报告按⟦red lines · red line → 红线⟧. 红线分级。']]);
    const ranked = rankResults('red lines', [later, chapter]);
    // The section about 红线 (its heading names it) comes first, as it would for 红线 itself.
    expect(ranked[0]?.url).toBe('/zh/45-degree-law/#red-yellow-lines');
    expect(ranked[0]?.excerpt.map(([text]) => text).join('')).toBe('立场论文提出了“红线”与黄线：红线是阈值。');
    expect(ranked[0]?.excerpt.filter(([, marked]) => marked).map(([text]) => text)).toEqual(['红线', '红线']);
  });

  it('shows text, never markup, and leaves bridge words out of Pagefind’s own excerpts', () => {
    expect(excerptPairs('a &lt;b&gt; <mark>red</mark> line')).toEqual([['a <b> ', false], ['red', true], [' line', false]]);
    expect(excerptPairs('提出了“⟦<mark>red</mark> lines⟧. <mark>红线</mark>”')).toEqual([['提出了“', false], ['红线', true], ['”', false]]);
    expect(withoutBridges('the ⟦红线 → red lines⟧. red lines')).toBe('the red lines');
    expect(withAliases(/red lines/giu, 'Red  Lines', [{ content: '⟦red lines · red line → 红线⟧. 红线' } as PageData]).test('红 线')).toBe(true);
    expect(excerptAround('x'.repeat(100) + '周伯文' + 'y'.repeat(100), queryPattern('周伯文')!).map(([t]) => t.length)).toEqual([25, 3, 57]);
  });
});
