/**
 * Links the first use of each glossary term on a chapter page to its entry on
 * the glossary page (`/<lang>/glossary/#<id>`), with the one-line gloss as the
 * link's title. Terms and the words that count as their use are in
 * content/glossary.json. Headings, links, citation markers and figures are
 * left alone; a claim's text is not, since that is where most terms first
 * appear. Runs after the citation plugin, before the Chinese-runs plugin.
 *
 * The link also carries the term's words in the other language for search (Pagefind indexes the attribute
 * named by `data-pagefind-index-attrs`): "red lines" typed on the Chinese search page finds where 红线 is
 * first used, and 红线 on the English page finds "red lines".
 */
import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { glossaryTerms, searchBridge, type GlossaryLang } from '../../sources/glossary';

/** Nodes whose text is never linked: it is a link already, a heading, code, or a component other than a claim. */
const closed = (node: RootContent): boolean =>
  node.type === 'heading' || node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode' || node.type === 'code' ||
  ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name !== 'Claim');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for any of a term's words: whole words in English (any case), anywhere in Chinese. */
function termPattern(words: string[], lang: GlossaryLang): RegExp {
  const alternatives = words.map(escape).join('|');
  return lang === 'en' ? new RegExp(`(?<![A-Za-z-])(?:${alternatives})(?![A-Za-z])`, 'gi') : new RegExp(alternatives, 'g');
}

/**
 * The first use of a term in a text: a match of `pattern` that is not part of
 * one of the longer words in `except` (泛对齐 is not a use of 对齐).
 * @example firstUse('泛对齐与对齐', /对齐/g, /泛对齐/g)?.index // 4
 */
export function firstUse(text: string, pattern: RegExp, except: RegExp | undefined): RegExpExecArray | undefined {
  const excluded = except ? [...text.matchAll(except)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  for (const match of text.matchAll(pattern)) {
    if (!excluded.some(([from, to]) => match.index >= from && match.index < to)) return match as RegExpExecArray;
  }
  return undefined;
}

/** Replaces the first match in the tree's open text with a link; true when it found one. */
function linkFirst(parent: Parent, pattern: RegExp, except: RegExp | undefined, link: (text: string) => Link): boolean {
  for (let i = 0; i < parent.children.length; i++) {
    const node = parent.children[i] as RootContent;
    if (node.type === 'text') {
      if ((node.data as { hName?: string } | undefined)?.hName) continue;
      const match = firstUse(node.value, pattern, except);
      if (!match) continue;
      const parts: PhrasingContent[] = [];
      if (match.index > 0) parts.push({ type: 'text', value: node.value.slice(0, match.index) } satisfies Text);
      parts.push(link(match[0]));
      const end = match.index + match[0].length;
      if (end < node.value.length) parts.push({ type: 'text', value: node.value.slice(end) } satisfies Text);
      parent.children.splice(i, 1, ...(parts as never[]));
      return true;
    }
    if (!closed(node) && 'children' in node && linkFirst(node as Parent, pattern, except, link)) return true;
  }
  return false;
}

export function remarkGlossary() {
  return (tree: Root, file: VFile) => {
    const lang = /[\\/]chapters[\\/](en|zh)[\\/]/.exec(file.path)?.[1] as GlossaryLang | undefined;
    if (!lang) return;
    for (const term of glossaryTerms()) {
      const entry = term[lang];
      const except = entry.except?.length ? termPattern(entry.except, lang) : undefined;
      linkFirst(tree, termPattern(entry.match, lang), except, (text) => ({
        type: 'link',
        url: `/${lang}/glossary/#${term.id}`,
        title: entry.gloss,
        children: [{ type: 'text', value: text }],
        data: { hProperties: { className: ['glossary-term'], dataPagefindIndexAttrs: 'data-other', dataOther: searchBridge(term, lang, text) } },
      }));
    }
  };
}
