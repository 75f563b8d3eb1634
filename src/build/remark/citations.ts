/**
 * Turns `[@key]` and `[@key1; @key2]` in chapter text into numbered footnote
 * markers linking to the chapter's notes, and records the cited keys (in order
 * of first citation) in the page's frontmatter as `citations`. An unknown key
 * fails the build. A work's first marker carries its sidenote (number, author,
 * year, title), which a wide screen sets in the margin beside the line; it is
 * hidden from screen readers, who have the note the marker links to.
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import type { ElementContent } from 'hast';
import { requireReference, shortLabel } from '../../sources/bibliography';
import { CHINESE_RUN } from '../../utils/chineseRuns';
import type { Lang } from '../../i18n/index';

const CITATION = /\[(@[\w-]+(?:\s*;\s*@[\w-]+)*)\]/g;

export interface CitationUse {
  key: string;
  number: number;
  /** How many times this key is cited; marker ids are `cite-<key>-<i>` for i in 1..uses. */
  uses: number;
}

/** Text as hast, each run of Chinese in its own lang="zh-Hans" span (the sidenote is built past the Chinese-runs plugin). */
function withChineseRuns(text: string): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(CHINESE_RUN)) {
    if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
    parts.push({ type: 'element', tagName: 'span', properties: { lang: 'zh-Hans' }, children: [{ type: 'text', value: match[0] }] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

function sidenote(key: string, number: number, lang: Lang): ElementContent {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['sidenote'], ariaHidden: 'true' },
    children: [{ type: 'element', tagName: 'b', properties: {}, children: [{ type: 'text', value: String(number) }] }, ...withChineseRuns(` ${shortLabel(key, lang)}. ${requireReference(key, 'sidenote').title}`)],
  };
}

function marker(key: string, number: number, use: number, lang: Lang): PhrasingContent {
  return {
    type: 'text',
    value: '',
    data: {
      hName: 'sup',
      hProperties: { className: ['cite'] },
      hChildren: [
        // A word joiner: the number never starts a line, away from the word (or Han character) it follows.
        { type: 'text', value: '\u2060' },
        {
          type: 'element',
          tagName: 'a',
          properties: { href: `#note-${key}`, id: `cite-${key}-${use}`, title: shortLabel(key, lang), 'aria-describedby': 'notes-heading' },
          children: [{ type: 'text', value: String(number) }],
        },
        ...(use === 1 ? [sidenote(key, number, lang)] : []),
      ],
    },
  } as PhrasingContent;
}

export function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const uses = new Map<string, CitationUse>();
    // A chapter's language is its folder: content/chapters/<lang>/.
    const lang: Lang = /[\\/]zh[\\/][^\\/]+$/.test(file.path) ? 'zh' : 'en';
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !node.value.includes('[@')) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(CITATION)) {
        const before = node.value.slice(last, match.index).replace(/\s+$/, '');
        if (before) parts.push({ type: 'text', value: before });
        for (const raw of match[1]!.split(';')) {
          const key = raw.trim().slice(1);
          requireReference(key, file.path);
          const use = uses.get(key) ?? { key, number: uses.size + 1, uses: 0 };
          use.uses += 1;
          uses.set(key, use);
          parts.push(marker(key, use.number, use.uses, lang));
        }
        last = match.index + match[0].length;
      }
      if (parts.length === 0) return;
      const rest = node.value.slice(last);
      if (rest) parts.push({ type: 'text', value: rest });
      parent.children.splice(index, 1, ...(parts as never[]));
      return [SKIP, index + parts.length];
    });
    const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
    if (astro?.frontmatter) astro.frontmatter.citations = [...uses.values()];
  };
}
