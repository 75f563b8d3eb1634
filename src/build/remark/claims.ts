/**
 * Collects every <Claim> of a chapter for the claims ledger: gives each a
 * stable id (`c-<fact>`, then `c-<fact>-2`… in order), checks its fact and
 * that its kind is its fact row's (src/sources/facts.ts), and
 * records its text, the citation keys written right after it and the
 * numbered paragraph holding it in the page's frontmatter as `claims`. Those
 * citations move into the claim's `cite` slot, so that Claim.astro keeps them
 * on one line with the 原文 pill. Runs before the citation plugin, while
 * `[@key]` is still plain text.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { ClaimKind } from '../../sources/claimKinds';
import { checkFact } from '../../sources/facts';

export interface ClaimUse {
  id: string;
  kind: ClaimKind;
  fact: string;
  text: string;
  keys: string[];
  /** The numbered paragraph that holds the claim (remarkParagraphIds runs first), when it stands in one. */
  paragraph?: { id: string; label: string };
}

type WithProps = { hProperties?: Record<string, unknown> };

/** A top-level block's paragraph id and label ("§1.2 ¶3"), when remarkParagraphIds numbered it. */
function paragraphOf(block: Root['children'][number]): ClaimUse['paragraph'] {
  const props = (block.data as WithProps | undefined)?.hProperties;
  return typeof props?.id === 'string' && typeof props['data-para'] === 'string' ? { id: props.id, label: props['data-para'] } : undefined;
}

const attribute = (node: MdxJsxTextElement | MdxJsxFlowElement, name: string): string | undefined => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

export function remarkClaims() {
  return (tree: Root, file: VFile) => {
    const claims: ClaimUse[] = [];
    const seen = new Map<string, number>();
    let paragraph: ClaimUse['paragraph'];
    visit(tree, (node, index, parent) => {
      // Depth first in document order: each top-level block is met before the claims inside it.
      if (parent === tree) paragraph = paragraphOf(node as Root['children'][number]);
      if ((node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') || node.name !== 'Claim') return;
      const kind = attribute(node, 'kind') ?? '';
      const fact = attribute(node, 'fact') ?? '';
      checkFact(fact, kind, file.path);
      const count = (seen.get(fact) ?? 0) + 1;
      seen.set(fact, count);
      const id = `c-${fact.toLowerCase().replace(/[^a-z0-9]+/g, '-')}${count > 1 ? `-${count}` : ''}`;
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
      const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
      const written = next?.type === 'text' ? /^\s*\[(@[^\]]+)\]/.exec(next.value) : null;
      const keys = (written?.[1] ?? '').split(';').map((k) => k.trim().replace(/^@/, '')).filter(Boolean);
      claims.push({ id, kind: kind as ClaimKind, fact, text: toString(node), keys, ...(paragraph ? { paragraph } : {}) });
      if (written && next?.type === 'text') {
        next.value = next.value.slice(written[0].length);
        const slot: MdxJsxTextElement = { type: 'mdxJsxTextElement', name: 'span', attributes: [{ type: 'mdxJsxAttribute', name: 'slot', value: 'cite' }], children: [{ type: 'text', value: written[0].trim() }] };
        (node.children as unknown[]).push(slot);
      }
    });
    const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
    if (astro?.frontmatter) astro.frontmatter.claims = claims;
  };
}
