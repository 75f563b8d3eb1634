/**
 * Adds up every check the test command ran (unit, end-to-end, gates) into one
 * closing line, after how long each step took (reports/durations.tsv).
 * Usage: node scripts/summary.ts <total ms>
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

interface Counts { passed: number; failed: number; skipped: number }
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const add = (name: string, counts: Counts) => {
  console.log(`${name.padEnd(22)} ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
};

const unit = JSON.parse(readFileSync('reports/unit.json', 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
add('unit (Vitest)', { passed: unit.numPassedTests, failed: unit.numFailedTests, skipped: unit.numPendingTests });

const e2e = JSON.parse(readFileSync('reports/e2e.json', 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
add('end-to-end (Playwright)', { passed: e2e.stats.expected + e2e.stats.flaky, failed: e2e.stats.unexpected, skipped: e2e.stats.skipped });

for (const file of readdirSync('reports/gates').sort()) {
  const gate = JSON.parse(readFileSync(`reports/gates/${file}`, 'utf8')) as { passed: number; failed: number };
  add(file.replace(/\.json$/, ''), { ...gate, skipped: 0 });
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(9);
if (existsSync('reports/durations.tsv')) {
  console.log('\ntime per step');
  for (const line of readFileSync('reports/durations.tsv', 'utf8').trim().split('\n')) {
    const [ms, name] = line.split('\t');
    console.log(`${seconds(Number(ms))}  ${name}`);
  }
}
const totalMs = Number(process.argv[2]);
if (totalMs) console.log(`${seconds(totalMs)}  in total (test command)`);
console.log(`\ntests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
if (total.failed > 0 || total.passed === 0) process.exitCode = 1;
