/**
 * Fails the build when a dataset in content/data has no provenance file
 * beside it (`<name>.meta.json`) or when that file lacks a source, a URL,
 * a retrieval date, the transform applied or the caveats; and when its
 * Chinese note (content/provenance.zh.json) is missing or does not cover
 * the same sources, so the Chinese Sources page is never half English.
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
export const PROVENANCE_ZH = 'content/provenance.zh.json';

/** A dataset's provenance in Chinese: the title, each source's description by citation key, the transform and the caveats. */
export interface ProvenanceZh {
  title: string;
  sources: Record<string, string>;
  transform: string;
  caveats: string;
}

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

/** Every dataset's Chinese provenance, in the order of datasetProvenance(); throws on a missing or incomplete one. */
export function datasetProvenanceZh(dir = DATA_DIR, file = PROVENANCE_ZH): { name: string; meta: ProvenanceZh }[] {
  const notes = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Partial<ProvenanceZh>>;
  return datasetProvenance(dir).map(({ name, meta }) => {
    const zh = notes[name];
    if (!zh) throw new Error(`Dataset ${name} has no Chinese provenance: add it to ${file}.`);
    const missing = (['title', 'transform', 'caveats'] as const).filter((field) => !zh[field]);
    const keys = meta.sources.map((source) => source.key);
    if (keys.some((key) => !zh.sources?.[key]) || Object.keys(zh.sources ?? {}).some((key) => !keys.includes(key))) missing.push(`sources (${keys.join(', ')})` as never);
    if (missing.length) throw new Error(`${file} "${name}" lacks ${missing.join(', ')}, or names sources its English note does not.`);
    return { name, meta: zh as ProvenanceZh };
  });
}

export function provenanceCheck(): AstroIntegration {
  return {
    name: 'ai45:dataset-provenance',
    hooks: {
      'astro:config:setup': () => {
        datasetProvenance();
        datasetProvenanceZh();
      },
    },
  };
}
