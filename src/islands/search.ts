/**
 * The search page: Pagefind's index for the page's language (it reads
 * <html lang>), queried as the reader types. The query lives in the address
 * (`?q=`), so a search can be linked. Excerpts are rebuilt as text with
 * <mark> elements only; nothing from the index is inserted as HTML.
 */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Each matching word's place and weight in this section. */
  weighted_locations?: { weight: number; balanced_score: number }[];
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 20;
const TYPING_PAUSE_MS = 120;

/** Pagefind's excerpt as text and <mark> elements. */
function excerptNodes(excerpt: string): Node[] {
  const body = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/** The section that holds most of the page's matches (by Pagefind's own scores), not merely the first. */
function bestSection(result: PagefindResultData): PagefindSubResult | undefined {
  const score = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
  const sections = (result.sub_results ?? []).filter((sub) => sub.url !== result.url && sub.url.includes('#'));
  return sections.reduce<PagefindSubResult | undefined>((best, sub) => (!best || score(sub) > score(best) ? sub : best), undefined);
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
  let engine: Promise<Pagefind> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const load = (): Promise<Pagefind> =>
    (engine ??= import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ excerptLength: 28 });
      return module;
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
      const search = await (await load()).search(indexSpelling(query));
      const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (ticket !== latest) return;
      const count = search.results.length;
      const plural = new Intl.PluralRules(strings.lang).select(count) === 'one' ? strings.countOne : strings.count;
      status!.textContent = results.length === 0 ? (strings.none ?? '') : (plural ?? '').replace('{n}', String(count));
      list!.replaceChildren(
        ...results.map((result) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          // The section that matched best, when Pagefind found one, else the page.
          const section = bestSection(result);
          link.href = section?.url ?? result.url;
          link.textContent = section && section.title !== result.meta.title ? `${result.meta.title ?? ''} · ${section.title}` : (result.meta.title ?? result.url);
          const excerpt = document.createElement('p');
          excerpt.append(...excerptNodes(section?.excerpt ?? result.excerpt));
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
  input.value = new URLSearchParams(location.search).get('q')?.slice(0, 200) ?? '';
  input.focus();
  if (input.value) void run();
}
