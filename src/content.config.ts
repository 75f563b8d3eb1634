import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * Chapters: one MDX file per language, `content/chapters/<lang>/NN-slug.mdx`.
 * The path gives the URL slug (shared by both languages); `lang` and `order`
 * must agree with it, which `chapterSlug` checks.
 */
const chapters = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/chapters' }),
  schema: z.object({
    title: z.string().min(1),
    /** The chapter's one-line claim, used as lede, description and in the chapter path. */
    summary: z.string().min(1),
    order: z.number().int().min(1),
    lang: z.enum(['en', 'zh']),
    /** Ids of the figures the chapter contains, in order; they number the figures. */
    figures: z.array(z.string()).min(1),
  }),
});

export const collections = { chapters };
