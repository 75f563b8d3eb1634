/**
 * The permalink menu of a heading, paragraph or figure: copy its link; for a
 * paragraph, the link of its share page at its current version (a chat's
 * preview shows the paragraph; a reader who follows it later is told if the
 * paragraph changed), the quote with its place, version and link, and its
 * twin in the other language and the side-by-side view; for a figure, the
 * link to its current state (a preset's share page when it is in one, whose
 * preview shows that state). Loaded on the first click of a permalink;
 * without JavaScript the same control is a plain link to the anchor.
 */
import { NOT_TEXT } from '../paragraphVersions';
import { paragraphSharePath, presetSharePath } from '../sharePages';

interface Strings {
  copyLink: string;
  copyQuote: string;
  copyFigure: string;
  copied: string;
  failed: string;
  menu: string;
  site: string;
  twin: string;
  sideBySide: string;
  version: string;
}

let menu: HTMLElement | undefined;

function strings(): Strings {
  const node = document.querySelector('script[data-permalink-strings]');
  return JSON.parse(node?.textContent ?? '{}') as Strings;
}

/** The visible text of a paragraph without its own ¶ link, claim labels and note numbers. */
export function quoteOf(paragraph: Element): string {
  const copy = paragraph.cloneNode(true) as Element;
  copy.querySelectorAll(NOT_TEXT).forEach((node) => node.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function linkTo(id: string): string {
  return `${location.origin}${location.pathname}#${id}`;
}

/** The chapter's language and slug, from its path (/en/<slug>/). */
function chapterOf(): [string, string] | undefined {
  const match = /^\/(en|zh)\/([a-z0-9-]+)\/$/.exec(location.pathname);
  return match ? [match[1]!, match[2]!] : undefined;
}

/** The date of the paragraph's published version, from the chapter's list (`script[data-paragraph-versions]`: date → ids). */
function versionOf(id: string): string | undefined {
  const node = document.querySelector('script[data-paragraph-versions]');
  const byDate = JSON.parse(node?.textContent ?? '{}') as Record<string, string[]>;
  return Object.entries(byDate).find(([, ids]) => ids.includes(id))?.[0];
}

/** A paragraph's share link at its version; the plain anchor where there is none. */
function paragraphLink(id: string): string {
  const chapter = chapterOf();
  const version = versionOf(id);
  return chapter && version ? `${location.origin}${paragraphSharePath(chapter[0], chapter[1], id, version)}` : linkTo(id);
}

/** A figure's link as it is now: its preset's share page when a preset is on, else the figure's own state link. */
function figureLink(figure: Element, id: string): string {
  const pressed = figure.querySelector<HTMLElement>('[data-preset][aria-pressed="true"]');
  const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  if (pressed?.dataset.preset && id.startsWith('fig-')) {
    try {
      return `${location.origin}${presetSharePath(lang, id.slice(4), JSON.parse(pressed.dataset.preset) as Record<string, number>)}`;
    } catch {
      // A malformed preset falls back to the state link.
    }
  }
  return figure.querySelector('[data-cite-url="raw"]')?.textContent ?? linkTo(id);
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
  const link = (label: string, href: string, hreflang?: string) => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = label;
    if (hreflang) {
      a.hreflang = hreflang;
      a.lang = hreflang;
    }
    menu!.append(a);
  };
  const kind = control.dataset.permalink;
  let first: HTMLButtonElement;
  if (kind === 'figure') {
    first = button(s.copyFigure, () => figureLink(target, id));
    button(s.copyLink, () => linkTo(id));
  } else if (kind === 'paragraph') {
    first = button(s.copyLink, () => paragraphLink(id));
    const label = target.dataset.para ?? '';
    const version = versionOf(id);
    const dated = version ? `, ${s.version.replace('{date}', version)}` : '';
    button(s.copyQuote, () => `“${quoteOf(target)}” (${document.title.split(' · ')[0]}, ${s.site}, ${label}${dated}) ${paragraphLink(id)}`);
    // The twin: the same paragraph in the other language (the header's language link), and both side by side.
    const other = document.querySelector<HTMLAnchorElement>('a[data-keep-section]');
    const chapter = chapterOf();
    if (other) link(s.twin, `${other.pathname}#${id}`, other.hreflang);
    if (chapter) link(s.sideBySide, `/${chapter[0]}/${chapter[1]}/side-by-side/#${id}`);
  } else {
    first = button(s.copyLink, () => linkTo(id));
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
