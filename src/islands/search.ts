/**
 * The search page: Pagefind's index for the page's language (it reads
 * <html lang>), queried as the reader types. The query lives in the address
 * (`?q=`), so a search can be linked. Excerpts are rebuilt as text with
 * <mark> elements only; nothing from the index is inserted as HTML.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
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
      const search = await (await load()).search(query);
      const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (ticket !== latest) return;
      status!.textContent = results.length === 0 ? (strings.none ?? '') : (strings.count ?? '').replace('{n}', String(search.results.length));
      list!.replaceChildren(
        ...results.map((result) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          // The section that matched, when Pagefind found one, else the page.
          const section = result.sub_results?.find((sub) => sub.url !== result.url && sub.url.includes('#'));
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
