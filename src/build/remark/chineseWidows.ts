/**
 * In Chinese chapters, no paragraph or heading ends on a line holding one Han
 * character (and its full stop): the last two Han characters are joined in a
 * span that does not wrap. `text-wrap: pretty` and `balance` do this where the
 * browser has them; this does it in every browser, and costs a line's last
 * character pair nothing but a break it never needed. Runs last, over the text
 * the other plugins leave: footnote markers are passed over, any other
 * trailing element (a term's link is walked into) ends the search.
 */
import type { Heading, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

const HAN = '\\p{Script=Han}';
/** Two Han characters, then only closing punctuation or space, at the end of a text. */
const LAST_PAIR = new RegExp(`${HAN}${HAN}[\\p{Pe}\\p{Pf}\\p{Po}\\s]*$`, 'u');
const NOTHING_TO_READ = /^[\p{P}\s]*$/u;

/**
 * Where a text's last two Han characters (and what closes the sentence after them) begin, if it ends so.
 * @example lastHanPair('它只能表明世界离它有多远。') // 10
 * @example lastHanPair('模型 GPT-4。') // undefined
 */
export function lastHanPair(text: string): number | undefined {
  const match = LAST_PAIR.exec(text);
  return match && match.index > 0 ? match.index : undefined;
}

type Leaf = { text: Text; parent: { children: PhrasingContent[] } };

/** The text a reader sees last in a block, or undefined when it ends in something else (an element, an image). */
function lastText(parent: { children: PhrasingContent[] }): Leaf | 'other' | undefined {
  for (let i = parent.children.length - 1; i >= 0; i--) {
    const node = parent.children[i]!;
    const hName = (node.data as { hName?: string } | undefined)?.hName;
    if (node.type === 'text' && !hName) {
      if (NOTHING_TO_READ.test(node.value)) continue;
      return { text: node, parent };
    }
    if (hName === 'sup') continue;
    if (node.type === 'mdxJsxTextElement' && node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'slot')) continue;
    if ('children' in node && !hName) {
      const found = lastText(node as { children: PhrasingContent[] });
      if (found) return found;
      continue;
    }
    return 'other';
  }
  return undefined;
}

export function remarkChineseWidows() {
  return (tree: Root, file: VFile) => {
    if (!/[\\/]zh[\\/]/.test(file.path)) return;
    visit(tree, (node) => {
      if (node.type !== 'paragraph' && node.type !== 'heading') return;
      const leaf = lastText(node as Paragraph | Heading);
      if (!leaf || leaf === 'other') return;
      const at = lastHanPair(leaf.text.value);
      if (at === undefined) return;
      const joined: PhrasingContent = { type: 'text', value: leaf.text.value.slice(at), data: { hName: 'span', hProperties: { className: ['join'] } } } as PhrasingContent;
      leaf.parent.children.splice(leaf.parent.children.indexOf(leaf.text), 1, { type: 'text', value: leaf.text.value.slice(0, at) }, joined);
    });
  };
}
