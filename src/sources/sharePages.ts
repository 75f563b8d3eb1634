/**
 * The addresses of share pages: a page per paragraph (and per version of it)
 * and per figure preset, each with its own title, description and card, that
 * sends the reader on to the paragraph or the figure in that state. A
 * fragment never reaches a server, so a chat's link preview of
 * `/en/<chapter>/#p-plane-2` can only show the chapter; these addresses have
 * no fragment. Shared by the build and the permalink menu (no DOM, no Node).
 */

/**
 * A paragraph's share page; with a version date, the page of the text as it was on that date.
 * @example paragraphSharePath('en', '45-degree-law', 'p-plane-2') // '/en/45-degree-law/p/p-plane-2/'
 * @example paragraphSharePath('zh', 'imbalance', 'p-compute-1', '2026-11-25') // '/zh/imbalance/p/p-compute-1/2026-11-25/'
 */
export function paragraphSharePath(lang: string, slug: string, id: string, version?: string): string {
  return `/${lang}/${slug}/p/${id}/${version ? `${version}/` : ''}`;
}

/**
 * A figure state's path segment, from its parameters in the preset's order.
 * @example stateSlug({ share: 1.8, logScale: 1 }) // 'share-1.8_logScale-1'
 * @example stateSlug({ cfEffect: -20 }) // 'cfEffect--20'
 */
export function stateSlug(state: Record<string, number>): string {
  return Object.entries(state).map(([key, value]) => `${key}-${value}`).join('_');
}

/**
 * A figure preset's share page.
 * @example presetSharePath('en', 'compute', { share: 1.8, logScale: 1 }) // '/en/figures/compute/share-1.8_logScale-1/'
 */
export function presetSharePath(lang: string, id: string, state: Record<string, number>): string {
  return `/${lang}/figures/${id}/${stateSlug(state)}/`;
}

/**
 * Whether a built page's path (or dist-relative file) is a share page: not a page to index, record ids of, or keep offline.
 * @example isSharePath('/en/imbalance/p/p-compute-1/2026-11-25/') // true
 * @example isSharePath('en/figures/compute/share-1.8_logScale-1/index.html') // true
 * @example isSharePath('/en/figures/compute/') // false
 */
export function isSharePath(path: string): boolean {
  return /^\/?(en|zh)\/([^/]+\/p\/p-[^/]+\/(\d{4}-\d{2}-\d{2}\/)?|figures\/[^/]+\/[^/]+\/)(index\.html)?$/.test(path);
}
