/**
 * Links that never break. `content/anchors.json` lists every public id of
 * every page (keyed by the page's path without its language, the same for
 * both languages); `content/redirects.json` says where a removed page or id
 * went. Removing an id without a redirect is an error; adding one is free
 * (`npm run anchors` records it).
 */

/** The ids a reader can link to: sections, paragraphs, figures, claims, bibliography entries. */
export const PUBLIC_ID_SELECTOR = 'main h2[id], main h3[id], main p[id], main figure[id], main [data-claim][id], main li[id^="ref-"], main tr[id^="fact-"], main section[data-slide][id]';

/** Page path without language → its public ids, in page order. */
export type AnchorManifest = Record<string, string[]>;

export interface Redirects {
  /** Old page path (without language) → new page path, e.g. "/old-slug/": "/new-slug/". */
  pages: Record<string, string>;
  /** "<page path>#<old id>" → new target, "#<id>" on the same page or "<page path>#<id>". */
  anchors: Record<string, string>;
}

/** "/en/intervenable/" → "/intervenable/"; "/" and "/en/" → "/". */
export function pageKey(path: string): string {
  return path.replace(/^\/(en|zh)(?=\/)/, '') || '/';
}

/**
 * What the current build breaks: manifest ids (or pages) that are gone in a
 * language without a redirect saying where they went.
 * @example brokenAnchors({ '/a/': ['x'] }, { en: { '/a/': [] }, zh: { '/a/': [] } }, { pages: {}, anchors: { '/a/#x': '#y' } }) // []
 */
export function brokenAnchors(manifest: AnchorManifest, current: Record<string, AnchorManifest>, redirects: Redirects): string[] {
  const problems: string[] = [];
  for (const [page, ids] of Object.entries(manifest)) {
    for (const [lang, pages] of Object.entries(current)) {
      const here = pages[page];
      if (!here) {
        if (!redirects.pages[page]) problems.push(`/${lang}${page} is gone and content/redirects.json has no page redirect for "${page}".`);
        continue;
      }
      const present = new Set(here);
      for (const id of ids) {
        if (!present.has(id) && !redirects.anchors[`${page}#${id}`]) {
          problems.push(`/${lang}${page}#${id} is gone: restore the id or add "${page}#${id}" to the anchors of content/redirects.json.`);
        }
      }
    }
  }
  return problems;
}

/** Ids on the pages that the manifest does not list yet, per page. */
export function unrecordedAnchors(manifest: AnchorManifest, current: AnchorManifest): AnchorManifest {
  const out: AnchorManifest = {};
  for (const [page, ids] of Object.entries(current)) {
    const known = new Set(manifest[page] ?? []);
    const fresh = ids.filter((id) => !known.has(id));
    if (fresh.length > 0) out[page] = fresh;
  }
  return out;
}

/** The manifest with the current ids added (never removed), pages and ids in a stable order. */
export function recordAnchors(manifest: AnchorManifest, current: AnchorManifest): AnchorManifest {
  const out: AnchorManifest = {};
  for (const page of [...new Set([...Object.keys(manifest), ...Object.keys(current)])].sort()) {
    const ids = [...(manifest[page] ?? [])];
    for (const id of current[page] ?? []) if (!ids.includes(id)) ids.push(id);
    out[page] = ids;
  }
  return out;
}

/**
 * Where a fragment that no longer exists should go, from this page's anchor
 * redirects; undefined when the id exists or nothing is declared.
 * @example redirectFragment('/a/', 'old', { '/a/#old': '#new' }, () => false) // '#new'
 */
export function redirectFragment(page: string, id: string, anchors: Record<string, string>, exists: (id: string) => boolean): string | undefined {
  if (!id || exists(id)) return undefined;
  return anchors[`${page}#${id}`];
}

/**
 * The id a URL fragment names. A malformed percent escape (`#%`, `#%E0%A4%A`)
 * makes `decodeURIComponent` throw; such a fragment names no id, so it is
 * read as the raw text it is and matches nothing.
 * @example fragmentId('#s-imbalance-compute%') // 's-imbalance-compute%'
 */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A paragraph that moved: its old chapter and id, and where it went (same chapter when `toSlug` equals `fromSlug`). */
export interface MovedParagraph { fromSlug: string; fromId: string; toSlug: string; toId: string }

/**
 * The paragraphs that the anchor redirects move (ids "p-…" on a chapter page),
 * so that their share pages can keep answering at the old address.
 * @example movedParagraphs({ '/a/#p-x-1': '/b/#p-y-2', '/a/#p-x-2': '#p-z-1', '/a/#c-1': '/b/#c-1' })
 * // [{ fromSlug: 'a', fromId: 'p-x-1', toSlug: 'b', toId: 'p-y-2' }, { fromSlug: 'a', fromId: 'p-x-2', toSlug: 'a', toId: 'p-z-1' }]
 */
export function movedParagraphs(anchors: Record<string, string>): MovedParagraph[] {
  const out: MovedParagraph[] = [];
  for (const [from, to] of Object.entries(anchors)) {
    const source = /^\/([a-z0-9-]+)\/#(p-[a-z0-9-]+)$/.exec(from);
    const target = /^(?:\/([a-z0-9-]+)\/)?#(p-[a-z0-9-]+)$/.exec(to);
    if (!source || !target) continue;
    out.push({ fromSlug: source[1]!, fromId: source[2]!, toSlug: target[1] ?? source[1]!, toId: target[2]! });
  }
  return out;
}
