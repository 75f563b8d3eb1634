/**
 * Ranks Pagefind's results by what the reader typed (issue 28). Pagefind's Chinese index is segmented into
 * words and single characters, and it matches parts of words: 周伯文 also finds 论文 (文), 算力 finds 能力 (力),
 * 安远 finds 安全 (安). A reader who types a name or a two- or three-character word wants the sections that
 * contain it, so results are re-ranked here, in the browser, on the page text Pagefind returns:
 *
 * 1. Sections that contain the query exactly (Han text compared without spaces, Latin words as whole words,
 *    any case) come first: the query in a section's heading counts most, then how often the section has it,
 *    then Pagefind's own score. Pages that summarise the chapters (landing, figures, glossary, About, Sources)
 *    count for less, as they do in the index.
 * 2. Then pages that contain every word of the query, but not as one phrase, in Pagefind's order.
 * 3. A page that lacks a Chinese word of the query altogether (it matched a character of it) is dropped.
 *
 * Each result opens at its best section, with an excerpt around the words that matched.
 */

/** Pagefind's data for one page (the parts used here). */
export interface PageData {
  url: string;
  content: string;
  meta: { title?: string };
  anchors?: { element: string; id: string; text?: string }[];
  sub_results?: { title: string; url: string; excerpt: string; weighted_locations?: { balanced_score: number }[] }[];
  excerpt: string;
}

export interface RankedResult {
  /** The section's address (the page's when the match is before its first heading). */
  url: string;
  pageTitle: string;
  sectionTitle?: string | undefined;
  /** Text with the matched words marked: [text, marked?] pairs, never HTML. */
  excerpt: [string, boolean][];
}

type SubResult = NonNullable<PageData['sub_results']>[number];
const subScore = (sub: SubResult) => (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);

/** The section Pagefind scores highest (by its own scores), not merely the first. */
function bestSub(page: PageData): SubResult | undefined {
  return (page.sub_results ?? []).filter((sub) => sub.url !== page.url && sub.url.includes('#')).reduce<SubResult | undefined>((top, sub) => (!top || subScore(sub) > subScore(top) ? sub : top), undefined);
}

/**
 * Brackets around a glossary term's words in the other language, which the index holds beside the term's first
 * use in a chapter (src/sources/glossary.ts): they find the section, and are left out of what the reader sees.
 */
export const BRIDGE_OPEN = '⟦';
export const BRIDGE_CLOSE = '⟧';
const BRIDGE = /\s*⟦[^⟦⟧]*⟧\.?\s*/g;

/**
 * Text without the bridge words (and the full stop Pagefind puts after an indexed attribute).
 * @example withoutBridges('提出了“⟦red lines · red line⟧. 红线”') // '提出了“红线”'
 */
export const withoutBridges = (text: string): string =>
  text.replace(BRIDGE, (bridge, at: number) => {
    // Between two Latin words a space stays; beside Chinese text or punctuation, nothing.
    const before = text[at - 1] ?? '';
    const after = text[at + bridge.length] ?? '';
    return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
  });

/** Pages that summarise the chapters in their own words, or list references; the search integration gives them the same weight. */
export const SUMMARY_PATH = /^\/(en|zh)\/(figures\/|glossary\/|about\/|sources\/)?$/;
export const SUMMARY_WEIGHT = 0.4;

const HAN = /\p{Script=Han}/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern that finds the query as the reader typed it: Han characters in order, spaces between them ignored
 * (安远AI and 安远 AI are one query); Latin words whole or in their plural, with any run of spaces between
 * them; any case.
 * @example queryPattern('安远AI').test('与安远 AI 共同发布') // true
 * @example queryPattern('red line').test('tired linen') // false
 */
export function queryPattern(query: string): RegExp | undefined {
  const clean = query.replace(/["“”]/g, ' ').trim();
  if (!clean) return undefined;
  const parts = clean.split(/\s+/).map((word) => {
    const spelled = [...word].map((char, i, chars) => {
      const gap = i > 0 && (HAN.test(char) || HAN.test(chars[i - 1]!)) ? '\\s*' : '';
      return gap + escape(char);
    }).join('');
    // A Latin word also in its plural: "yellow line" finds "yellow lines".
    return /[A-Za-z]$/.test(word) ? `${spelled}(?:e?s)?` : spelled;
  });
  const first = clean[0]!;
  const last = clean[clean.length - 1]!;
  const start = HAN.test(first) ? '' : '(?<![\\p{L}\\p{N}])';
  const end = HAN.test(last) ? '' : '(?![\\p{L}\\p{N}])';
  return new RegExp(`${start}${parts.join('\\s+')}${end}`, 'giu');
}

/** The query's words: each run of Han characters, and each Latin word. */
export function queryWords(query: string): string[] {
  return query.replace(/["“”]/g, ' ').match(/\p{Script=Han}+|[^\s\p{Script=Han}]+/gu) ?? [];
}

interface Section {
  url: string;
  title?: string;
  text: string;
  score: number;
}

/** The page's text cut at its headings (Pagefind's anchors), each piece with its address and Pagefind's score for it. */
export function sectionsOf(page: PageData): Section[] {
  const headings = (page.anchors ?? []).filter((anchor) => /^h[1-6]$/.test(anchor.element) && anchor.id && anchor.text);
  const scoreOf = (url: string) => {
    const sub = (page.sub_results ?? []).find((candidate) => candidate.url === url);
    return sub ? subScore(sub) : 0;
  };
  const starts: { at: number; id: string; title: string }[] = [];
  let from = 0;
  for (const heading of headings) {
    const at = page.content.indexOf(heading.text!, from);
    if (at < 0) continue;
    starts.push({ at, id: heading.id, title: heading.text! });
    from = at + heading.text!.length;
  }
  const sections: Section[] = [{ url: page.url, text: page.content.slice(0, starts[0]?.at ?? page.content.length), score: scoreOf(page.url) }];
  starts.forEach((start, i) => {
    const url = `${page.url}#${start.id}`;
    // Pagefind ends a heading's text with a full stop.
    const text = page.content.slice(start.at + start.title.length, starts[i + 1]?.at ?? page.content.length).replace(/^\.?\s*/, '');
    sections.push({ url, title: start.title, text, score: scoreOf(url) });
  });
  return sections;
}

/**
 * Text around the first match of `pattern`, as [text, marked] pairs, about `before` and `after` characters
 * either side, without bridge words (a match only inside them centres the excerpt on the term they stand beside).
 */
export function excerptAround(text: string, pattern: RegExp, before = 24, after = 56): [string, boolean][] {
  const find = (within: string) => new RegExp(pattern.source, pattern.flags).exec(within);
  const shown = withoutBridges(text);
  const visible = find(shown);
  const hidden = find(text);
  const start = visible?.index ?? (hidden ? withoutBridges(text.slice(0, hidden.index)).length : 0);
  const from = Math.max(0, start - before);
  const to = Math.min(shown.length, start + (visible?.[0].length ?? 0) + after);
  const window = shown.slice(from, to);
  const pairs: [string, boolean][] = [];
  let last = 0;
  for (const match of window.matchAll(new RegExp(pattern.source, pattern.flags))) {
    if (match.index > last) pairs.push([window.slice(last, match.index), false]);
    pairs.push([match[0], true]);
    last = match.index + match[0].length;
  }
  if (last < window.length || pairs.length === 0) pairs.push([window.slice(last), false]);
  if (from > 0) pairs[0]![0] = `…${pairs[0]![0].trimStart()}`;
  if (to < shown.length) pairs[pairs.length - 1]![0] = `${pairs[pairs.length - 1]![0].trimEnd()}…`;
  return pairs;
}

/**
 * Pagefind's excerpt (HTML with <mark>) as [text, marked] pairs, read with a regular expression, never parsed
 * as markup, without bridge words (which Pagefind's marks can split).
 * @example excerptPairs('提出了“⟦<mark>red</mark> lines⟧. <mark>红线</mark>”') // [['提出了“', false], ['红线', true], ['”', false]]
 */
export function excerptPairs(html: string): [string, boolean][] {
  const decode = (text: string) => text.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#0?39;/g, "'").replace(/&amp;/g, '&');
  const pieces = html.split(/(<mark>[\s\S]*?<\/mark>)/).filter(Boolean).map((part): [string, boolean] => (part.startsWith('<mark>') ? [decode(part.slice(6, -7)), true] : [decode(part), false]));
  let inside = false;
  let closed = false;
  return pieces.flatMap(([text, marked]): [string, boolean][] => {
    let kept = '';
    for (const char of text) {
      if (char === BRIDGE_OPEN) inside = true;
      else if (char === BRIDGE_CLOSE) [inside, closed] = [false, true];
      else if (!inside) {
        if (closed && kept === '' && /[.\s]/.test(char)) continue;
        closed = false;
        kept += char;
      }
    }
    return kept ? [[kept, marked]] : [];
  });
}

/**
 * The query, and the page's own word for it when the query is a glossary term in the other language: “red
 * lines” on a Chinese page also looks for 红线, read from the bridge words beside the term's first use
 * (`⟦red lines · red line → 红线⟧`).
 * @example withAliases(/red lines/giu, 'red lines', [{ content: '⟦red lines · red line → 红线⟧. 红线' } as PageData]).test('红线') // true
 */
export function withAliases(pattern: RegExp, query: string, pages: PageData[]): RegExp {
  const typed = query.replace(/["“”]/g, ' ').trim().replace(/\s+/g, ' ').toLowerCase();
  const aliases = new Set<string>();
  for (const page of pages) {
    for (const [, inside = ''] of page.content.matchAll(/⟦([^⟦⟧]*)⟧/g)) {
      const [words = '', word] = inside.split(' → ');
      if (word && words.split(' · ').some((other) => other.toLowerCase() === typed)) aliases.add(word);
    }
  }
  const alternatives = [...aliases].map((alias) => queryPattern(alias)?.source).filter(Boolean);
  return alternatives.length ? new RegExp([pattern.source, ...alternatives].join('|'), pattern.flags) : pattern;
}

/**
 * Pagefind's results (in its order), ranked by what the reader typed.
 *
 * A page that has the query scores by its best section (the query in the heading: 6; each use in the text: 1,
 * up to 6) plus the page as a whole (the query in its title: 6; 2 × log2(1 + its uses on the page)), times the
 * page's weight. Ties go to Pagefind's order, and within a page to a section under a heading.
 * @param pages Pagefind's data, in Pagefind's order
 */
export function rankResults(query: string, pages: PageData[]): RankedResult[] {
  const typed = queryPattern(query);
  if (!typed) return [];
  const pattern = withAliases(typed, query, pages);
  const words = queryWords(query);
  const count = (text: string) => text.match(pattern)?.length ?? 0;
  const ranked = pages.map((page, order) => {
    const weight = SUMMARY_PATH.test(new URL(page.url, 'https://x').pathname) ? SUMMARY_WEIGHT : 1;
    const sections = sectionsOf(page).map((section) => ({ section, exact: (section.title && count(section.title) > 0 ? 6 : 0) + Math.min(count(section.text), 6) }));
    const best = sections.reduce((a, b) =>
      b.exact > a.exact || (b.exact === a.exact && b.exact > 0 && (Number(b.section.url.includes('#')) - Number(a.section.url.includes('#')) || b.section.score - a.section.score) > 0) ? b : a,
    );
    const onPage = count(page.content);
    const exact = best.exact > 0 || onPage > 0 ? (best.exact + (count(page.meta.title ?? '') > 0 ? 6 : 0) + 2 * Math.log2(1 + onPage)) * weight : 0;
    // Every Chinese word of the query somewhere on the page (Latin words: Pagefind's own, stemmed match).
    const flat = page.content.replace(/\s+/g, '');
    const hasAll = words.every((word) => !HAN.test(word) || flat.includes(word));
    return { page, order, best, exact, hasAll };
  });
  return ranked
    .filter((r) => r.exact > 0 || r.hasAll)
    .sort((a, b) => b.exact - a.exact || a.order - b.order)
    .map(({ page, best, exact }) => {
      const pageTitle = page.meta.title ?? page.url;
      if (exact > 0) return { url: best.section.url, pageTitle, sectionTitle: best.section.title, excerpt: excerptAround(best.section.text, pattern) };
      const sub = bestSub(page);
      return { url: sub?.url ?? page.url, pageTitle, sectionTitle: sub?.title, excerpt: excerptPairs(sub?.excerpt ?? page.excerpt) };
    });
}
