/**
 * Fails the build when a dataset in content/data has no provenance file
 * beside it (`<name>.meta.json`) or when that file lacks a source, a URL,
 * a retrieval date, the transform applied or the caveats.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

export interface Provenance {
  title: string;
  sources: { key: string; url: string; what: string }[];
  retrieved: string;
  transform: string;
  caveats: string;
}

export const DATA_DIR = 'content/data';

/** Every dataset file name (without extension) and its provenance; throws on a missing or incomplete one. */
export function datasetProvenance(dir = DATA_DIR): { name: string; meta: Provenance }[] {
  const datasets = readdirSync(dir).filter((file) => /\.(csv|json)$/.test(file) && !file.endsWith('.meta.json'));
  return datasets.map((file) => {
    const name = file.replace(/\.(csv|json)$/, '');
    const metaPath = join(dir, `${name}.meta.json`);
    if (!existsSync(metaPath)) throw new Error(`Dataset ${join(dir, file)} has no provenance: add ${metaPath} (title, sources, retrieved, transform, caveats).`);
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Partial<Provenance>;
    const missing = (['title', 'retrieved', 'transform', 'caveats'] as const).filter((field) => !meta[field]);
    if (!meta.sources?.length || meta.sources.some((source) => !source.key || !/^https:\/\//.test(source.url ?? '') || !source.what)) missing.push('sources' as never);
    if (missing.length) throw new Error(`${metaPath} lacks ${missing.join(', ')}.`);
    return { name, meta: meta as Provenance };
  });
}

export function provenanceCheck(): AstroIntegration {
  return {
    name: 'ai45:dataset-provenance',
    hooks: {
      'astro:config:setup': () => {
        datasetProvenance();
      },
    },
  };
}
