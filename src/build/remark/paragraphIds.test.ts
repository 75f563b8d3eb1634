import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { isInsertedMarker, remarkParagraphIds } from './paragraphIds';

const para = (text: string, inserted = false) => ({
  type: 'paragraph' as const,
  children: [{ type: 'text' as const, value: text }, ...(inserted ? [{ type: 'mdxTextExpression', value: '/* inserted */' }] : [])],
});

describe('paragraph ids', () => {
  it('numbers paragraphs per section, and a paragraph marked inserted takes the number before it with a letter, so the ones after keep theirs', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'heading', depth: 2, data: { hProperties: { id: 'since' } }, children: [{ type: 'text', value: 'Since' }] },
        para('One.'),
        para('One, split off.', true),
        para('One, another.', true),
        para('Two.'),
      ],
    } as unknown as Root;
    const frontmatter: Record<string, unknown> = { order: 6, lang: 'en' };
    remarkParagraphIds()(tree, { data: { astro: { frontmatter } } } as never);
    expect((frontmatter.paragraphs as { id: string; label: string }[]).map((p) => [p.id, p.label])).toEqual([
      ['p-since-1', '§6.1 ¶1'],
      ['p-since-1b', '§6.1 ¶1b'],
      ['p-since-1c', '§6.1 ¶1c'],
      ['p-since-2', '§6.1 ¶2'],
    ]);
    // The marker is removed from the text.
    expect(JSON.stringify(tree)).not.toContain('inserted');
  });

  it('recognises only the marker comment', () => {
    expect(isInsertedMarker({ type: 'mdxTextExpression', value: ' /* inserted */ ' })).toBe(true);
    expect(isInsertedMarker({ type: 'mdxTextExpression', value: '/* note */' })).toBe(false);
    expect(isInsertedMarker({ type: 'text', value: '/* inserted */' })).toBe(false);
  });
});
