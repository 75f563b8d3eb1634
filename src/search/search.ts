/**
 * The search page: Pagefind's index for the page's language (it reads
 * <html lang>), queried as the reader types, its results re-ranked by what the
 * reader typed (src/search/searchRank.ts: exact words and phrases first, so that
 * 周伯文 finds the sections that name him, not 论文). The query lives in the
 * address (`?q=`), so a search can be linked. Excerpts are rebuilt as text
 * with <mark> elements only; nothing from the index is inserted as HTML.
 */

import type { PageData, RankedResult } from './searchRank';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PageData> }[] }>;
}

const MAX_RESULTS = 20;
/** How many of Pagefind's results are re-ranked: every page of a language's index (about 40). */
const RANKED = 60;
const TYPING_PAUSE_MS = 120;

/** A result's excerpt as text and <mark> elements (never HTML). */
function excerptNodes(pairs: RankedResult['excerpt']): Node[] {
  return pairs.map(([text, marked]) => {
    if (!marked) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

/**
 * What the reader typed, as the index spells it: "45 degree(s)" is written 45° on the pages.
 * @example indexSpelling('the 45 degree law') // 'the 45° law'
 */
export function indexSpelling(query: string): string {
  return query.replace(/(\d+)\s*-?\s*degrees?\b/gi, '$1°');
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  const strings = JSON.parse(document.querySelector('[data-search-strings]')?.textContent ?? '{}') as Record<string, string>;
  let engine: Promise<{ pagefind: Pagefind; rankResults: (query: string, pages: PageData[]) => RankedResult[] }> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  // Pagefind and the ranking load on the first search, not with the page.
  const load = () =>
    (engine ??= Promise.all([import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`) as Promise<Pagefind>, import('./searchRank')]).then(async ([pagefind, rank]) => {
      await pagefind.options({ excerptLength: 28 });
      return { pagefind, rankResults: rank.rankResults };
    }));

  async function run(): Promise<void> {
    const query = input!.value.trim();
    const ticket = ++latest;
    history.replaceState(history.state, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    if (!query) {
      list!.replaceChildren();
      status!.textContent = '';
      return;
    }
    try {
      const { pagefind, rankResults } = await load();
      const spelled = indexSpelling(query);
      const search = await pagefind.search(spelled);
      const ranked = rankResults(spelled, await Promise.all(search.results.slice(0, RANKED).map((result) => result.data())));
      if (ticket !== latest) return;
      const count = ranked.length;
      const plural = new Intl.PluralRules(strings.lang).select(count) === 'one' ? strings.countOne : strings.count;
      status!.textContent = count === 0 ? (strings.none ?? '') : (plural ?? '').replace('{n}', String(count));
      list!.replaceChildren(
        ...ranked.slice(0, MAX_RESULTS).map((result) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          // The section that matched best, when there is one, else the page.
          link.href = result.url;
          link.textContent = result.sectionTitle && result.sectionTitle !== result.pageTitle ? `${result.pageTitle} · ${result.sectionTitle}` : result.pageTitle;
          const excerpt = document.createElement('p');
          excerpt.append(...excerptNodes(result.excerpt));
          item.append(link, excerpt);
          return item;
        }),
      );
    } catch {
      if (ticket === latest) status!.textContent = strings.failed ?? '';
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  // A link's query fills the box; without one, what the reader typed before this script arrived stays (and is
  // searched: on a slow connection a first word could otherwise be wiped out or wait for another key).
  const asked = new URLSearchParams(location.search).get('q');
  if (asked !== null) input.value = asked.slice(0, 200);
  input.focus();
  if (input.value.trim()) void run();
}
