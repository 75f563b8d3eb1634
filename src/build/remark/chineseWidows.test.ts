import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { lastHanPair, remarkChineseWidows } from './chineseWidows';

const paragraph = (...children: unknown[]): Root => ({ type: 'root', children: [{ type: 'paragraph', children }] }) as Root;
const run = (tree: Root, path = 'content/chapters/zh/01-imbalance.mdx') => {
  remarkChineseWidows()(tree, new VFile({ path }));
  return JSON.stringify(tree);
};

describe('Chinese widows', () => {
  it('finds the last two Han characters and the punctuation that closes the sentence after them', () => {
    expect(lastHanPair('它只能表明世界离它有多远。')).toBe(10);
    expect(lastHanPair('沿 45 度前行”。')).toBe(6);
    expect(lastHanPair('模型 GPT-4。')).toBeUndefined();
    expect(lastHanPair('好。')).toBeUndefined();
  });

  it('joins them in a span that does not wrap, past a footnote marker, inside a term’s link', () => {
    const marker = { type: 'text', value: '', data: { hName: 'sup' } };
    expect(run(paragraph({ type: 'text', value: '长期沿 45 度前行。' }, marker))).toContain('{"type":"text","value":"前行。","data":{"hName":"span","hProperties":{"className":["join"]}}}');
    expect(run(paragraph({ type: 'text', value: '这就是' }, { type: 'link', url: '/zh/glossary/#x', children: [{ type: 'text', value: '泛对齐' }] }, { type: 'text', value: '。' }))).toContain('"value":"对齐"');
  });

  it('leaves a paragraph alone when it ends in Latin text, in another element, or is English', () => {
    const latin = paragraph({ type: 'text', value: '见 GPT-4' });
    expect(run(latin)).not.toContain('join');
    expect(run(paragraph({ type: 'text', value: '见上文' }, { type: 'text', value: '图', data: { hName: 'span' } }))).not.toContain('join');
    expect(run(paragraph({ type: 'text', value: '长期沿 45 度前行。' }), 'content/chapters/en/01-imbalance.mdx')).not.toContain('join');
  });
});
