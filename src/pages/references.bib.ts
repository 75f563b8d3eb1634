import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';

/** The bibliography a reader downloads: content/references.bib itself, the file the pages are built from. */
export const GET: APIRoute = () =>
  new Response(readFileSync(resolve(process.cwd(), 'content/references.bib'), 'utf8'), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
