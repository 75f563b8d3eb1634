import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * Chapters: one MDX file per language, `content/chapters/<lang>/NN-slug.mdx`.
 * The path gives the URL slug (shared by both languages); `lang` and `order`
 * must agree with it, which `chapterSlug` checks.
 */
/**
 * A slide of the talk (issue 8), declared in the chapter it presents so slides
 * never drift from the article: its words are the chapter's own claims (by
 * claim id), its figure is the chapter's live figure in a given state.
 */
const slide = z
  .object({
    /** Stable, public: the slide's URL is `/talk/#s-<chapter slug>-<id>`. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** A short headline in the chapter's language. */
    title: z.string().min(1),
    /**
     * How the slide is laid out for a room: `claim` (one short claim, the default), `number` (one big
     * number with its claim beneath), `original` (Zhou's Chinese wording beside its English), `figure`
     * (the figure fills the slide; the default when the slide has a figure).
     */
    layout: z.enum(['claim', 'number', 'original', 'figure']).optional(),
    /**
     * What the audience reads: the slide's claims said in at most about 20 words (40 characters in
     * Chinese), with no number its claims do not give. The claims' full text and sources go to the
     * speaker notes. Every layout but `original` (which shows the claim itself, in both languages) needs one.
     */
    say: z.string().min(1).optional(),
    /** The one number of a `number` slide, as its claims give it (`99 : 1`, `1.8%`). */
    number: z.string().min(1).optional(),
    /** The claim of an `original` slide, by id: its text in both languages' chapters, side by side. */
    original: z.string().regex(/^c-[a-z0-9-]+$/).optional(),
    /** Ids of claims in this chapter (`c-s8`, `c-s9-2`…): the slide shows their text, kind and source. */
    claims: z.array(z.string().regex(/^c-[a-z0-9-]+$/)).default([]),
    /** A figure of this chapter, live on the slide. */
    figure: z.string().optional(),
    /** The figure's state as the query string its links use (`split=1&swing=0`); bad values fall back to defaults. */
    state: z.string().default(''),
    /**
     * Build steps, one per press: each reveals parts of the figure (mark classes such as `m-path`,
     * or `panel-2`) and may move it to a new state.
     */
    steps: z.array(z.object({ reveal: z.array(z.string().regex(/^(m-[a-z0-9-]+|panel-\d)$/)).default([]), state: z.string().optional() })).default([]),
    /** Speaker notes, shown in the presenter view. */
    notes: z.string().min(1),
  })
  .refine((s) => s.claims.length > 0 || s.figure !== undefined, { message: 'A slide needs claims or a figure.' })
  .refine((s) => s.steps.length === 0 || s.figure !== undefined, { message: 'Build steps need a figure.' })
  .refine((s) => (s.layout === 'figure') === (s.figure !== undefined) || s.layout === undefined, { message: 'A figure slide has layout `figure`, and only a figure slide does.' })
  .refine((s) => (s.layout === 'number') === (s.number !== undefined), { message: 'A `number` slide needs `number`, and only it has one.' })
  .refine((s) => (s.layout === 'original') === (s.original !== undefined), { message: 'An `original` slide needs `original` (a claim id), and only it has one.' })
  .refine((s) => s.layout === 'original' || s.say !== undefined, { message: 'A slide needs a `say:` line, what the audience reads.' });

const chapters = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/chapters' }),
  schema: z.object({
    title: z.string().min(1),
    /** The chapter's one-line claim, used as lede, description and in the chapter path. */
    summary: z.string().min(1),
    order: z.number().int().min(1),
    lang: z.enum(['en', 'zh']),
    /** Ids of the figures the chapter contains, in order; they number the figures. */
    figures: z.array(z.string()),
    /** One line that ends the chapter by answering, so far, the question the whole explainer asks (landing.question). */
    soFar: z.string().min(1),
    /**
     * Three sentences that close the chapter: what is claimed, what is measured, what is unknown.
     * Kept as data so that other pages (a printable brief) can gather them.
     */
    takeaways: z.object({ claimed: z.string().min(1), measured: z.string().min(1), unknown: z.string().min(1) }),
    slides: z.array(slide).min(1),
  }),
});

export const collections = { chapters };
