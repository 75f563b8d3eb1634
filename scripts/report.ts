/**
 * Gates record what they checked in reports/gates/<name>.json, so the test
 * command can end with one honest count of every check that ran.
 */
import { mkdirSync, writeFileSync } from 'node:fs';

export interface GateResult {
  passed: number;
  failed: number;
  failures: string[];
}

export function recordGate(name: string, result: GateResult): void {
  mkdirSync('reports/gates', { recursive: true });
  writeFileSync(`reports/gates/${name}.json`, JSON.stringify(result, null, 2));
  for (const failure of result.failures) console.error(`  ✗ ${failure}`);
  console.log(`${name}: ${result.passed} passed, ${result.failed} failed`);
  if (result.failed > 0) process.exitCode = 1;
}
