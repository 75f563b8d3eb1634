/**
 * Numbers a chapter the way policy reports do: sections §<chapter>.<n> (each
 * h2, in order) and paragraphs ¶<n> within their section. Every top-level
 * paragraph gets a stable id, `p-<section id>-<n>` (`p-intro-<n>` before the
 * first section), the same in both languages because the chapters keep the
 * same sections and paragraphs; and a quiet link to itself, which is the
 * permalink control (a plain link without JavaScript).
 */
import type { Heading, Link, Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { t, type Lang } from '../../i18n/index';

export interface ParagraphAnchor {
  id: string;
  /** "§2.3 ¶4" */
  label: string;
  /** The id of the section (h2) it belongs to; "intro" before the first. */
  section: string;
}

type WithProps = { hProperties?: Record<string, unknown> };

const idOf = (heading: Heading): string | undefined => (heading.data as WithProps | undefined)?.hProperties?.id as string | undefined;

/** An MDX comment in the paragraph that reads "inserted" (a comment renders nothing). */
export function isInsertedMarker(node: { type: string; value?: unknown }): boolean {
  return node.type === 'mdxTextExpression' && typeof node.value === 'string' && /^\s*\/\*\s*inserted\s*\*\/\s*$/.test(node.value);
}

export function remarkParagraphIds() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    const chapter = Number(frontmatter?.order);
    const lang = frontmatter?.lang as Lang | undefined;
    if (!Number.isFinite(chapter) || (lang !== 'en' && lang !== 'zh')) return;
    let section = 0;
    let sectionId = 'intro';
    let n = 0;
    let inserted = 0;
    const paragraphs: ParagraphAnchor[] = [];
    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth === 2) {
        section += 1;
        sectionId = idOf(node) ?? `section-${section}`;
        n = 0;
        inserted = 0;
        const label = `§${chapter}.${section}`;
        node.children.unshift(
          {
            type: 'link',
            url: `#${sectionId}`,
            children: [{ type: 'text', value: label }],
            data: { hProperties: { className: ['section-link'], 'aria-label': t(lang, 'permalink.section', { label }), 'data-permalink': 'section' } } as Link['data'],
          },
          { type: 'text', value: ' ' },
        );
        continue;
      }
      if (node.type !== 'paragraph') continue;
      // A paragraph split off an earlier one, or added between two, is marked {/* inserted */}: it is numbered after
      // the one before it with a letter (¶3b, ¶3c), so the paragraphs after it keep their numbers and their links.
      const marker = node.children.findIndex(isInsertedMarker);
      if (marker >= 0) node.children.splice(marker, 1);
      if (marker >= 0 && n > 0) inserted += 1;
      else (n += 1), (inserted = 0);
      const number = `${n}${inserted > 0 ? String.fromCharCode(97 + inserted) : ''}`;
      const id = `p-${sectionId}-${number}`;
      const label = section === 0 ? `§${chapter} ¶${number}` : `§${chapter}.${section} ¶${number}`;
      const data = (node.data ?? {}) as WithProps;
      node.data = { ...data, hProperties: { ...data.hProperties, id, 'data-para': label } } as Paragraph['data'];
      const link: Link = {
        type: 'link',
        url: `#${id}`,
        children: [{ type: 'text', value: `¶${number}` }],
        data: { hProperties: { className: ['para-link'], 'aria-label': t(lang, 'permalink.paragraph', { label }), 'data-permalink': 'paragraph' } } as Link['data'],
      };
      node.children.unshift(link);
      paragraphs.push({ id, label, section: sectionId });
    }
    // The share pages and the side-by-side view read the chapter's paragraphs, in order, from its frontmatter.
    if (frontmatter) frontmatter.paragraphs = paragraphs;
  };
}
