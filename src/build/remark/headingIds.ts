/**
 * Gives every h2/h3 an explicit id written after its text: `## The plane [#plane]`.
 * Ids are chosen by hand so both languages share them; a heading without one
 * fails the build, because an auto-made slug would differ between languages.
 */
import type { Heading, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

const ID_SUFFIX = /\s*\[#([a-z][a-z0-9-]*)\]\s*$/;

export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (heading: Heading) => {
      if (heading.depth < 2 || heading.depth > 3) return;
      const last = heading.children[heading.children.length - 1];
      const match = last?.type === 'text' ? ID_SUFFIX.exec((last as Text).value) : null;
      if (!match || !last) {
        throw new Error(`A heading in ${file.path} has no explicit id: write it as "## Title [#some-id]".`);
      }
      (last as Text).value = (last as Text).value.replace(ID_SUFFIX, '');
      // hProperties is read by mdast-util-to-hast; mdast's own types do not declare it.
      const data = (heading.data ?? {}) as { hProperties?: Record<string, unknown> };
      heading.data = { ...data, hProperties: { ...data.hProperties, id: match[1] } } as Heading['data'];
    });
  };
}
