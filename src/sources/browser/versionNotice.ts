/**
 * A chapter link made at an older version of a paragraph (`/en/<chapter>/?v=<date>#<paragraph id>`, where a
 * paragraph's share page sends a reader once it has changed): when the paragraph has changed since that date, the
 * chapter says so at the paragraph, with when and why and the text as it was (the notice of that version's share
 * page, fetched), and links to that page, which can be quoted and cited. Without the share page (offline: share
 * pages are not kept) it says only that the paragraph changed, with the link. Loaded by the loader for such links only.
 */
import { paragraphSharePath } from '../sharePages';

export async function showVersionNotice(version: string): Promise<void> {
  // An id is ASCII (p-<section>-<n>): a hash with escapes in it names no paragraph.
  const id = location.hash.slice(1);
  const paragraph = /^p-[\w-]+$/.test(id) ? document.getElementById(id) : null;
  const chapter = /^\/(en|zh)\/([a-z0-9-]+)\/$/.exec(location.pathname);
  const versions = JSON.parse(document.querySelector('script[data-paragraph-versions]')?.textContent ?? '{}') as Record<string, string[]>;
  const now = Object.entries(versions).find(([, ids]) => ids.includes(id))?.[0];
  // Nothing to say when the paragraph is unknown or has not changed since the link was made.
  if (!paragraph || !chapter || !now || now <= version) return;
  const [, , oldText, changed] = JSON.parse(document.querySelector('script[data-loader-strings]')?.textContent ?? '[]') as string[];
  const href = paragraphSharePath(chapter[1]!, chapter[2]!, id, version);
  let notice: Element | null = null;
  try {
    const response = await fetch(href);
    if (response.ok) notice = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('[data-version-notice]');
  } catch {
    // Offline: the short notice below.
  }
  if (!notice) {
    notice = document.createElement('div');
    notice.className = 'version-notice';
    notice.setAttribute('role', 'note');
    notice.append(Object.assign(document.createElement('p'), { textContent: changed }));
  }
  const link = document.createElement('a');
  link.href = href;
  link.textContent = oldText ?? href;
  // Before the share page's last line ("As it reads now"), which the paragraph itself follows here.
  const last = notice.lastElementChild;
  notice.insertBefore(document.createElement('p'), last === notice.firstElementChild ? null : last).append(link);
  paragraph.before(document.adoptNode(notice));
  notice.scrollIntoView({ block: 'start' });
}
