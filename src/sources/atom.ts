/**
 * An Atom feed (RFC 4287) as a string: the site's updates and corrections,
 * for feed readers. Pure, so the feed is tested without a build.
 */

export interface AtomEntry {
  /** A permanent, unique IRI for the entry (a tag: URI). */
  id: string;
  title: string;
  /** The page the entry is about. */
  url: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  text: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  /** The page the feed mirrors (the updates and corrections list). */
  url: string;
  /** The feed's own address. */
  self: string;
  /** BCP 47 tag, e.g. zh-Hans. */
  lang: string;
  author: string;
  entries: AtomEntry[];
}

const escapeXml = (text: string): string => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const timestamp = (date: string): string => `${date}T00:00:00Z`;

/**
 * The feed document; `updated` is its newest entry's date, so rebuilding the same changelog gives the same bytes.
 * @example atomFeed({ id: 'tag:x,2026:u', title: 'Updates', url: 'https://x/', self: 'https://x/u.xml', lang: 'en', author: 'A', entries: [] })
 * // '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">…'
 */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((latest, entry) => (entry.date > latest ? entry.date : latest), '1970-01-01');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.url)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <updated>${timestamp(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...feed.entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <updated>${timestamp(entry.date)}</updated>`,
      `    <content type="text">${escapeXml(entry.text)}</content>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ].join('\n');
}
