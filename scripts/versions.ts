/**
 * Records the built chapters' paragraph texts in content/paragraph-versions.json.
 * Usage (builds first): npm run versions -- --editorial | --correction [--date YYYY-MM-DD]
 * A new paragraph's first version is dated by its chapter's last change in
 * content/changelog.json; a changed paragraph's new version by --date (today
 * by default). A correction needs an entry of content/changelog.json of that
 * date, marked "correction", that names the chapter: that entry is what the
 * reader of an old link is told.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { paragraphTextsInBuild, readVersions } from '../src/sources/versionsCheck.ts';
import { recordVersions, unrecordedChanges, VERSIONS_FILE } from '../src/sources/paragraphVersions.ts';
import { DIST } from '../src/build/builtPages.ts';

// content/changelog.json, read here (src/sources/changelog.ts imports it as a module, which plain Node does not without an import attribute).
interface Entry { date: string; chapters?: string[]; figures?: string[]; correction?: boolean }
const changelog = JSON.parse(readFileSync('content/changelog.json', 'utf8')) as Entry[];
const changelogEntries = () => changelog;
/** The newest entry naming the chapter or one of its figures (src/sources/changelog.ts, chapterLastChanged). */
const chapterLastChanged = (slug: string, figures: string[]): string => {
  const dates = changelog.filter((entry) => entry.chapters?.includes(slug) || entry.figures?.some((id) => figures.includes(id))).map((entry) => entry.date).sort();
  if (dates.length === 0) throw new Error(`No entry of content/changelog.json names chapter "${slug}": add its release to "chapters" of an entry.`);
  return dates.at(-1)!;
};
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const dateIndex = args.indexOf('--date');
const date = dateIndex >= 0 ? args[dateIndex + 1]! : new Date().toISOString().slice(0, 10);
const before = readVersions();
const current = paragraphTextsInBuild(DIST);
const { changed } = unrecordedChanges(before, current);
if (changed.length > 0 && flag('editorial') === flag('correction')) {
  console.error(`${changed.length} published paragraphs changed:\n  ${changed.join('\n  ')}\nSay what kind of change it was: npm run versions -- --editorial  or  npm run versions -- --correction  (record the two kinds in two runs, each after its own edits)`);
  process.exit(1);
}
const change = flag('correction') ? 'correction' : 'editorial';
if (changed.length > 0 && change === 'correction') {
  const chapters = new Set(changed.map((where) => where.split('/')[2]!));
  for (const slug of chapters) {
    if (!changelogEntries().some((entry) => entry.date === date && entry.correction && entry.chapters?.includes(slug))) {
      console.error(`A correction of ${slug} on ${date} needs its entry in content/changelog.json (date ${date}, "correction": true, "chapters": ["${slug}"]): the reader of an old link is told what it says.`);
      process.exit(1);
    }
  }
}
// A chapter's figures date it too (content/changelog.json names either); its first versions take the chapter's last change as their date.
const figuresOf = (slug: string): string[] => {
  const file = readdirSync('content/chapters/en').find((name) => name.replace(/^\d+-/, '') === `${slug}.mdx`);
  const list = file ? /^figures:\s*\[([^\]]*)\]/m.exec(readFileSync(`content/chapters/en/${file}`, 'utf8'))?.[1] : undefined;
  return list ? list.split(',').map((id) => id.trim()).filter(Boolean) : [];
};
const { record, added } = recordVersions(before, current, date, change, (slug) => chapterLastChanged(slug, figuresOf(slug)));
writeFileSync(VERSIONS_FILE, `${JSON.stringify(record, null, 2)}\n`);
console.log(`versions: ${added.length} new versions recorded in ${VERSIONS_FILE}`);
for (const line of added.slice(0, 40)) console.log(`  ${line}`);
if (added.length > 40) console.log(`  … and ${added.length - 40} more`);
if (added.length > 0) console.log('Build again (npx astro build) for the share pages to carry the new texts.');
