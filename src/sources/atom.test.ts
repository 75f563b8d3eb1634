import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { atomFeed } from './atom';

const feed = atomFeed({
  id: 'tag:example.org,2026-11-25:ai45/zh/updates',
  title: '读懂 AI-45° 平衡律：更新与更正',
  url: 'https://example.org/zh/sources/#changelog',
  self: 'https://example.org/zh/updates.xml',
  lang: 'zh-Hans',
  author: 'AI-45° 解读团队',
  entries: [
    { id: 'tag:example.org,2026-12-01:ai45/zh/update-2026-12-01-1', title: '更正：失衡', url: 'https://example.org/zh/imbalance/#updates', date: '2026-12-01', text: '把 <1% & “对齐”改正' },
    { id: 'tag:example.org,2026-11-25:ai45/zh/update-2026-11-25-1', title: '全站', url: 'https://example.org/zh/sources/#changelog', date: '2026-11-25', text: '首次发布' },
  ],
});

describe('the updates feed', () => {
  it('is an Atom document whose updated date is its newest entry, not the build date', () => {
    const { document } = parseHTML(feed.replace(/^<\?xml[^>]*>\n/, ''));
    const root = document.querySelector('feed')!;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    expect(root.getAttribute('xml:lang')).toBe('zh-Hans');
    expect(document.querySelector('feed > updated')?.textContent).toBe('2026-12-01T00:00:00Z');
    expect(document.querySelectorAll('entry')).toHaveLength(2);
    expect(document.querySelector('entry content')?.textContent).toBe('把 <1% & “对齐”改正');
    expect(document.querySelector('link[rel="self"]')?.getAttribute('href')).toBe('https://example.org/zh/updates.xml');
  });

  it('escapes markup in text', () => {
    expect(feed).toContain('把 &lt;1% &amp; “对齐”改正');
  });
});
