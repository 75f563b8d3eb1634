/**
 * Fails the build when a published paragraph's text changed without
 * `content/paragraph-versions.json` being updated, and says which command
 * records it. `npm run versions` builds with AI45_RECORD_VERSIONS=1, which
 * turns the failure into a warning so that the command can then record the
 * built texts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseHTML } from 'linkedom';
import { checkRecord, paragraphsOf, unrecordedChanges, VERSIONS_FILE, type ParagraphTexts, type VersionRecord } from './paragraphVersions.ts';

export const readVersions = (): VersionRecord => (existsSync(VERSIONS_FILE) ? checkRecord(JSON.parse(readFileSync(VERSIONS_FILE, 'utf8'))) : {});

/** The chapter slugs of a build: the pages whose main holds numbered paragraphs. */
export function paragraphTextsInBuild(dist: string): Record<'en' | 'zh', ParagraphTexts> {
  const out: Record<'en' | 'zh', ParagraphTexts> = { en: {}, zh: {} };
  for (const lang of ['en', 'zh'] as const) {
    for (const entry of readdirSync(join(dist, lang), { withFileTypes: true })) {
      const file = join(dist, lang, entry.name, 'index.html');
      if (!entry.isDirectory() || !existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      if (!html.includes('data-para=')) continue;
      const { document } = parseHTML(html);
      const paragraphs = paragraphsOf(document as unknown as Document);
      if (paragraphs.length > 0) out[lang][entry.name] = Object.fromEntries(paragraphs.map((p) => [p.id, p.text]));
    }
  }
  return out;
}

export const RECORD_COMMAND = 'npm run versions -- --editorial   (or --correction, when the change corrects what the site said)';

export function versionsCheck(): AstroIntegration {
  return {
    name: 'ai45:versions',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { changed, fresh } = unrecordedChanges(readVersions(), paragraphTextsInBuild(fileURLToPath(dir)));
        const recording = process.env.AI45_RECORD_VERSIONS === '1';
        const problems = [
          ...(changed.length ? [`${changed.length} published paragraphs changed without a new version in ${VERSIONS_FILE}:\n  ${changed.join('\n  ')}`] : []),
          ...(fresh.length ? [`${fresh.length} paragraphs are not in ${VERSIONS_FILE} yet (they have no share page):\n  ${fresh.slice(0, 20).join('\n  ')}${fresh.length > 20 ? '\n  …' : ''}`] : []),
        ];
        if (problems.length === 0) return;
        const message = `${problems.join('\n')}\nRecord them with: ${RECORD_COMMAND}`;
        if (recording) logger.warn(message);
        else throw new Error(message);
      },
    },
  };
}
