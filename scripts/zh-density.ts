/**
 * Marks of translation in the Chinese chapters: how often 它/它们 and 一个 occur per thousand Han characters
 * of the chapter prose (the body after the frontmatter; frontmatter text — summary, takeaways, slides — counted
 * apart). Prints one row per chapter and the total. Used for issue 28's editing pass (docs/chinese-style.md).
 *
 *   node scripts/zh-density.ts [dir]    (default content/chapters/zh)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'content/chapters/zh';
const HAN = /\p{Script=Han}/gu;

/** 它 (and 它们), but not 其它; and 一个. */
export function marks(text: string): { han: number; ta: number; yige: number } {
  const prose = text.replace(/<[^>]+>/g, '').replace(/\[@[^\]]*\]/g, '');
  return {
    han: prose.match(HAN)?.length ?? 0,
    ta: prose.match(/(?<!其)它/g)?.length ?? 0,
    yige: prose.match(/一个/g)?.length ?? 0,
  };
}

const perMille = (n: number, han: number) => (han === 0 ? '0.0' : ((n * 1000) / han).toFixed(1));
const rows: string[][] = [['file', 'part', 'Han', '它/它们', '‰', '一个', '‰']];
const total = { body: { han: 0, ta: 0, yige: 0 }, front: { han: 0, ta: 0, yige: 0 } };
for (const file of readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort()) {
  const source = readFileSync(join(dir, file), 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  for (const [part, text] of [['body', body], ['front', front]] as const) {
    const m = marks(text);
    for (const key of ['han', 'ta', 'yige'] as const) total[part][key] += m[key];
    rows.push([file, part, String(m.han), String(m.ta), perMille(m.ta, m.han), String(m.yige), perMille(m.yige, m.han)]);
  }
}
for (const part of ['body', 'front'] as const) {
  const m = total[part];
  rows.push(['TOTAL', part, String(m.han), String(m.ta), perMille(m.ta, m.han), String(m.yige), perMille(m.yige, m.han)]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
