/** In English chapters, gives every run of Chinese text its own lang="zh-Hans" span. */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { CHINESE_RUN } from '../../utils/chineseRuns';

export function remarkChineseRuns() {
  return (tree: Root, file: VFile) => {
    if (!/[\\/]en[\\/]/.test(file.path)) return;
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || (node.data as { hName?: string } | undefined)?.hName) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(CHINESE_RUN)) {
        if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
        parts.push({ type: 'text', value: match[0], data: { hName: 'span', hProperties: { lang: 'zh-Hans' } } } as PhrasingContent);
        last = match.index + match[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...(parts as never[]));
      return [SKIP, index + parts.length];
    });
  };
}
