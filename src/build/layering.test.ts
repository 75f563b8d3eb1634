/**
 * The layering of the house (.dependency-cruiser.cjs) holds on the whole tree, and each rule still bites:
 * a small tree that breaks it on purpose is refused, with the rule's own explanation.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';

const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;
const ROOT = join(dirname(new URL(import.meta.url).pathname), '../..');

/** The violations of a cruise, one line each with the rule's explanation, as a reader of a failing run sees them. */
async function violations(paths: string[], baseDir: string): Promise<string[]> {
  const { tsConfig: _ignored, ...options } = config.options ?? {};
  const { output } = await cruise(paths, { ...options, ruleSet: { forbidden: config.forbidden ?? [] }, baseDir, validate: true });
  const result = output as ICruiseResult;
  const comment = (name: string) => config.forbidden?.find((rule) => rule.name === name)?.comment ?? '';
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}\n    ${comment(v.rule.name)}`);
}

const scratch = mkdtempSync(join(tmpdir(), 'layering-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a small tree of modules (path → source) into its own folder and cruises it. */
async function cruiseTree(name: string, files: Record<string, string>): Promise<string[]> {
  const base = join(scratch, name);
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), source);
  }
  return violations(['src'], base);
}

describe('the layering of the house', () => {
  it('holds on the whole tree: no rule broken, no cycle', async () => {
    expect(await violations(['src', 'scripts', 'e2e'], ROOT)).toEqual([]);
  }, 60_000);

  const probes: [rule: string, files: Record<string, string>][] = [
    ['models-know-nothing-of-the-site', { 'src/figures/models/m.ts': "import { s } from '../charts/c';\nexport const m = s;\n", 'src/figures/charts/c.ts': 'export const s = 1;\n' }],
    ['charts-never-reach-the-browser-or-the-page', { 'src/figures/charts/c.ts': "import { r } from '../browser/runtime';\nexport const c = r;\n", 'src/figures/browser/runtime.ts': 'export const r = 1;\n' }],
    ['utilities-know-no-feature', { 'src/utils/u.ts': "import { d } from '../talk/deck';\nexport const u = d;\n", 'src/talk/deck.ts': 'export const d = 1;\n' }],
    ['i18n-is-a-leaf', { 'src/i18n/en.ts': "import { f } from '../sources/facts';\nexport const en = f;\n", 'src/sources/facts.ts': 'export const f = 1;\n' }],
    ['nothing-imports-a-page', { 'src/brief/b.ts': "import { p } from '../pages/p';\nexport const b = p;\n", 'src/pages/p.ts': 'export const p = 1;\n' }],
    ['the-site-never-imports-the-scripts', { 'src/build/b.ts': "import { s } from '../../scripts/s';\nexport const b = s;\n", 'scripts/s.ts': 'export const s = 1;\n' }],
    ['browser-code-stays-in-the-browser', { 'src/talk/browser/t.ts': "import { readFileSync } from 'node:fs';\nexport const t = readFileSync;\n" }],
    ['features-do-not-reach-into-each-others-browser-code', { 'src/sources/s.ts': "import { b } from '../figures/browser/b';\nexport const s = b;\n", 'src/figures/browser/b.ts': 'export const b = 1;\n' }],
    ['no-cycles', { 'src/talk/a.ts': "import { b } from './b';\nexport const a = () => b;\n", 'src/talk/b.ts': "import { a } from './a';\nexport const b = () => a;\n" }],
  ];

  it.each(probes)('refuses a tree that breaks %s, and says why', async (rule, files) => {
    const found = await cruiseTree(rule, files);
    expect(found.some((line) => line.startsWith(`${rule}:`))).toBe(true);
    const explanation = config.forbidden!.find((r) => r.name === rule)!.comment!;
    expect(explanation.length).toBeGreaterThan(40);
    expect(found.join('\n')).toContain(explanation);
  }, 30_000);

  it('every rule has a probe here', () => {
    expect(new Set(probes.map(([rule]) => rule))).toEqual(new Set(config.forbidden!.map((rule) => rule.name)));
  });
});
