import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetProvenance } from './provenance';

const complete = { title: 't', sources: [{ key: 'k', url: 'https://example.org/', what: 'w' }], retrieved: '2026-11-24', transform: 'none', caveats: 'c' };

describe('datasetProvenance', () => {
  it('passes for the project’s own datasets', () => {
    expect(datasetProvenance().length).toBeGreaterThan(0);
  });

  it('fails the build for a dataset without a provenance file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-'));
    writeFileSync(join(dir, 'runs.csv'), 'a,b\n1,2\n');
    expect(() => datasetProvenance(dir)).toThrow(/has no provenance/);
  });

  it('fails the build for provenance without a source URL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-'));
    writeFileSync(join(dir, 'runs.json'), '[]');
    writeFileSync(join(dir, 'runs.meta.json'), JSON.stringify({ ...complete, sources: [{ key: 'k', what: 'w' }] }));
    expect(() => datasetProvenance(dir)).toThrow(/lacks sources/);
  });

  it('accepts complete provenance', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-'));
    writeFileSync(join(dir, 'runs.json'), '[]');
    writeFileSync(join(dir, 'runs.meta.json'), JSON.stringify(complete));
    expect(datasetProvenance(dir)).toEqual([{ name: 'runs', meta: complete }]);
  });
});
