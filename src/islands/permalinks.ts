/**
 * The permalink menu of a heading, paragraph or figure: copy its link; for a
 * paragraph, the quote with its place and link; for a figure, the link to
 * its current state. Loaded on the first click of a permalink; without
 * JavaScript the same control is a plain link to the anchor.
 */

interface Strings {
  copyLink: string;
  copyQuote: string;
  copyFigure: string;
  copied: string;
  failed: string;
  menu: string;
  site: string;
}

let menu: HTMLElement | undefined;

function strings(): Strings {
  const node = document.querySelector('script[data-permalink-strings]');
  return JSON.parse(node?.textContent ?? '{}') as Strings;
}

/** The visible text of a paragraph without its own ¶ link, claim labels and note numbers. */
export function quoteOf(paragraph: Element): string {
  const copy = paragraph.cloneNode(true) as Element;
  copy.querySelectorAll('.para-link, .claim-mark, sup.cite, .original-toggle, .original').forEach((node) => node.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function linkTo(id: string): string {
  return `${location.origin}${location.pathname}#${id}`;
}

async function copy(text: string, status: HTMLElement, s: Strings): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = s.copied;
  } catch {
    status.textContent = s.failed;
  }
}

/** Opens the menu for a permalink control (`[data-permalink]`), and puts its anchor in the address bar. */
export function openMenu(control: HTMLAnchorElement): void {
  const s = strings();
  const id = control.hash.slice(1);
  const target = document.getElementById(id);
  if (!target) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}#${id}`);
  menu?.remove();
  menu = document.createElement('div');
  menu.className = 'permalink-menu';
  menu.setAttribute('popover', '');
  menu.setAttribute('role', 'dialog');
  menu.setAttribute('aria-label', s.menu.replace('{label}', control.getAttribute('aria-label') ?? control.textContent ?? ''));
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'permalink-status';
  const button = (label: string, text: () => string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', () => void copy(text(), status, s));
    menu!.append(b);
    return b;
  };
  const kind = control.dataset.permalink;
  let first: HTMLButtonElement;
  if (kind === 'figure') {
    first = button(s.copyFigure, () => target.querySelector('[data-cite-url="raw"]')?.textContent ?? linkTo(id));
    button(s.copyLink, () => linkTo(id));
  } else {
    first = button(s.copyLink, () => linkTo(id));
    if (kind === 'paragraph') {
      const label = target.dataset.para ?? '';
      button(s.copyQuote, () => `“${quoteOf(target)}” (${document.title.split(' · ')[0]}, ${s.site}, ${label}) ${linkTo(id)}`);
    }
  }
  menu.append(status);
  document.body.append(menu);
  const box = control.getBoundingClientRect();
  menu.style.top = `${box.bottom + window.scrollY + 4}px`;
  menu.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - 280))}px`;
  menu.showPopover();
  first.focus();
  menu.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed') control.focus();
  });
}
