/**
 * Chinese typography gate: AutoCorrect lints every Chinese chapter and the
 * Chinese interface dictionary (and the Chinese data provenance notes) for spacing between Chinese and Latin letters
 * or numbers and for full-width punctuation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintFor } from 'autocorrect-node';
import { recordGate } from './report.ts';

const files = [
  ...readdirSync('content/chapters/zh').map((name) => join('content/chapters/zh', name)),
  'src/i18n/zh.ts',
  'content/provenance.zh.json',
];
const failures: string[] = [];
for (const file of files) {
  // AutoCorrect knows Markdown, not MDX; the prose rules are the same.
  const result = lintFor(readFileSync(file, 'utf8'), file.replace(/\.mdx$/, '.md'));
  if (result.error) failures.push(`${file}: ${result.error}`);
  for (const line of result.lines) failures.push(`${file}:${line.l}:${line.c} "${line.old}" → "${line.new}"`);
}
recordGate('chinese-typography', { passed: files.length - new Set(failures.map((f) => f.split(':')[0])).size, failed: new Set(failures.map((f) => f.split(':')[0])).size, failures });
