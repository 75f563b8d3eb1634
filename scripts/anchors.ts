/**
 * Records the built site's public ids in content/anchors.json (adds, never
 * removes). Usage: npm run anchors   (builds first)
 */
import { writeFileSync } from 'node:fs';
import { recordAnchors } from '../src/sources/anchors.ts';
import { idsInBuild, MANIFEST, readManifest } from '../src/sources/anchorsCheck.ts';
import { DIST } from '../src/build/builtPages.ts';

const before = readManifest();
const after = recordAnchors(before, idsInBuild(DIST).en);
writeFileSync(MANIFEST, `${JSON.stringify(after, null, 2)}\n`);
const count = (m: Record<string, string[]>) => Object.values(m).reduce((n, ids) => n + ids.length, 0);
console.log(`anchors: ${count(after)} public ids on ${Object.keys(after).length} pages (${count(after) - count(before)} new)`);
for (const [page, ids] of Object.entries(after)) console.log(`  ${page.padEnd(28)} ${ids.length}`);
