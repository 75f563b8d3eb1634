/**
 * The two-page brief (/en/brief/, /zh/brief/), assembled at build time from
 * the chapters themselves: each point is a chapter's marked claim (by its
 * ledger id) or one of its takeaways, never retyped, so the brief cannot
 * drift from the chapters. Each point carries who speaks, its numbered
 * references and a link to the paragraph it comes from; a point whose claim
 * or paragraph is gone fails the build with a message saying which.
 * Gathered from the built chapters by `siteBrief` (src/brief/siteBrief.ts).
 */
import type { DictKey, Lang } from '../i18n/index';
import { pageKey, type AnchorManifest } from '../sources/anchors';
import { chapterFirstPublished, chapterLastChanged } from '../sources/changelog';
import type { ClaimKind } from '../sources/claimKinds';
import type { ClaimUse } from '../build/remark/claims';
import { bottomLine, BOTTOM_LINE_ID } from '../sources/bottomLine';

export type TakeawayKey = 'claimed' | 'measured' | 'unknown';

/** Where a point comes from: a marked claim of a chapter, or one of its takeaways with the claims it sums up. */
export type PointSource =
  | { chapter: string; claim: string }
  /** `rests`: the chapter's claims the takeaway sums up (their kinds and references are the point's); none for the site's own reading. */
  | { chapter: string; takeaway: TakeawayKey; rests: string[] }
  /** The site's bottom line (src/sources/bottomLine.ts), which opens the landing. */
  | { bottomLine: true };

export interface BriefSectionPlan {
  /** Public id of the section on the brief page. */
  id: string;
  title: DictKey;
  points: PointSource[];
  /** A static figure beside the section's points (the figure's default panel). */
  figure?: string;
  /** The points from this index on are listed under `subtitle` (the objections to the law). */
  split?: { at: number; subtitle: DictKey };
}

/**
 * What the brief says, in order: the question and the bottom line (the site's
 * own analysis); Zhou's 99 : 1 as his estimate beside what is measured; the
 * 45° law; its objections, others' set apart from ours; the ladder and where
 * the field stands; what the laboratory has done since, with the less
 * reassuring half of its own grading; what is unknown. The same ids in both
 * languages.
 */
export const BRIEF_PLAN: readonly BriefSectionPlan[] = [
  {
    id: 'thesis',
    title: 'brief.question',
    points: [{ bottomLine: true }],
  },
  {
    id: 'estimate',
    title: 'brief.estimate',
    figure: 'measures',
    points: [
      { chapter: 'imbalance', claim: 'c-s8' },
      { chapter: 'imbalance', takeaway: 'measured', rests: ['c-m1', 'c-m7', 'c-m2'] },
    ],
  },
  {
    id: 'law',
    title: 'brief.law',
    points: [
      { chapter: '45-degree-law', claim: 'c-s9-3' },
      { chapter: '45-degree-law', claim: 'c-p5' },
    ],
  },
  {
    id: 'objections',
    title: 'brief.objectionsOthers',
    split: { at: 2, subtitle: 'brief.objectionsOurs' },
    points: [
      { chapter: 'good-law', claim: 'c-c1' },
      { chapter: 'good-law', takeaway: 'measured', rests: ['c-k1', 'c-o8'] },
      { chapter: 'good-law', claim: 'c-o1' },
      { chapter: 'good-law', claim: 'c-o6' },
      { chapter: 'good-law', claim: 'c-o7' },
      { chapter: 'good-law', claim: 'c-o15' },
      { chapter: 'good-law', claim: 'c-a1' },
    ],
  },
  {
    id: 'ladder',
    title: 'brief.ladder',
    points: [
      { chapter: 'approximate-alignment', claim: 'c-s12' },
      { chapter: 'climbing-the-ladder', claim: 'c-s16' },
    ],
  },
  {
    id: 'since',
    title: 'brief.since',
    points: [
      { chapter: 'climbing-the-ladder', takeaway: 'measured', rests: ['c-f1', 'c-f2'] },
      { chapter: '45-degree-law', claim: 'c-f1-2' },
      { chapter: '45-degree-law', claim: 'c-f1a' },
    ],
  },
  {
    id: 'unknown',
    title: 'brief.unknown',
    points: [
      { chapter: 'imbalance', takeaway: 'unknown', rests: [] },
      { chapter: 'good-law', takeaway: 'unknown', rests: [] },
      { chapter: 'climbing-the-ladder', takeaway: 'unknown', rests: [] },
    ],
  },
];

/** What the brief needs to know of one chapter in one language. */
export interface BriefChapter {
  slug: string;
  /** The chapter's page in this language, e.g. "/en/imbalance/". */
  path: string;
  order: number;
  figures: readonly string[];
  takeaways: Record<TakeawayKey, string>;
  claims: readonly ClaimUse[];
}

export interface BriefPoint {
  /** Who speaks: the claim's kind, or the kinds of the claims a takeaway sums up; the site's own reading when it sums up none. */
  kinds: ClaimKind[];
  text: string;
  /** Numbers in the brief's reference list. */
  refs: number[];
  /** The paragraph (or the takeaways) on the site: the page's path and the id. */
  href: string;
  /** The chapter's number (0 for the bottom line, which stands on the landing), and the paragraph's "§1.2 ¶3" (undefined for a chapter's takeaways). */
  chapter: number;
  paragraph: string | undefined;
}

export interface BriefSection {
  id: string;
  title: DictKey;
  figure: string | undefined;
  /** The points before the split, then those after it (empty when the section has no split). */
  points: BriefPoint[];
  after: BriefPoint[];
  subtitle: DictKey | undefined;
}

export interface Brief {
  sections: BriefSection[];
  /** Citation keys in the order of their numbers (1, 2, …): first use first. */
  references: string[];
  /** The newest change the brief reflects: the latest date any of its chapters last changed. */
  date: string;
  /** When its oldest content was first published. */
  published: string;
}

/**
 * The brief of one language from its chapters and the published ids
 * (content/anchors.json). Throws a build error naming the point when a
 * chapter, claim, takeaway claim or paragraph it cites is missing, or when
 * its link would point at an id the manifest does not keep.
 * @example assembleBrief('en', BRIEF_PLAN, chapters, readManifest()).sections[0]!.points[0]!.href // '/en/imbalance/#p-intro-1'
 */
export function assembleBrief(lang: Lang, plan: readonly BriefSectionPlan[], chapters: readonly BriefChapter[], manifest: AnchorManifest): Brief {
  const references: string[] = [];
  const numbered = (keys: readonly string[]) =>
    [...new Set(keys)].map((key) => {
      if (!references.includes(key)) references.push(key);
      return references.indexOf(key) + 1;
    });
  const used = new Set<BriefChapter>();

  const point = (source: PointSource, where: string): BriefPoint => {
    if ('bottomLine' in source) {
      const path = `/${lang}/`;
      if (!(manifest[pageKey(path)] ?? []).includes(BOTTOM_LINE_ID)) {
        throw new Error(`${where} links to ${path}#${BOTTOM_LINE_ID}, which content/anchors.json does not list. Run npm run anchors after the build.`);
      }
      const line = bottomLine(lang);
      return { kinds: ['analysis'], text: line.text, refs: numbered(line.keys), href: `${path}#${BOTTOM_LINE_ID}`, chapter: 0, paragraph: undefined };
    }
    const chapter = chapters.find((entry) => entry.slug === source.chapter);
    if (!chapter) throw new Error(`${where}: there is no ${lang} chapter "${source.chapter}". Fix BRIEF_PLAN in src/brief/brief.ts.`);
    used.add(chapter);
    const claimOf = (id: string): ClaimUse => {
      const claim = chapter.claims.find((entry) => entry.id === id);
      if (!claim) {
        throw new Error(`${where} cites claim "${id}", which the ${lang} chapter "${chapter.slug}" no longer marks. Point BRIEF_PLAN in src/brief/brief.ts at a claim the chapter marks (the Sources & method page lists them), or restore the claim.`);
      }
      return claim;
    };
    const published = (id: string) => {
      if (!(manifest[pageKey(chapter.path)] ?? []).includes(id)) {
        throw new Error(`${where} links to ${chapter.path}#${id}, which content/anchors.json does not list: a printed link must be one that never breaks. Run npm run anchors after the build, or cite another paragraph.`);
      }
      return `${chapter.path}#${id}`;
    };
    if ('claim' in source) {
      const claim = claimOf(source.claim);
      if (!claim.paragraph) throw new Error(`${where}: claim "${claim.id}" of the ${lang} chapter "${chapter.slug}" stands in no numbered paragraph, so the brief has no paragraph to link to.`);
      return { kinds: [claim.kind], text: claim.text, refs: numbered(claim.keys), href: published(claim.paragraph.id), chapter: chapter.order, paragraph: claim.paragraph.label };
    }
    const rests = source.rests.map(claimOf);
    return {
      kinds: rests.length > 0 ? [...new Set(rests.map((claim) => claim.kind))] : ['analysis'],
      text: chapter.takeaways[source.takeaway],
      refs: numbered(rests.flatMap((claim) => claim.keys)),
      href: published('takeaways'),
      chapter: chapter.order,
      paragraph: undefined,
    };
  };

  const sections = plan.map((section) => {
    const points = section.points.map((source, i) => point(source, `The brief's section "${section.id}", point ${i + 1}`));
    const at = section.split?.at ?? points.length;
    return { id: section.id, title: section.title, figure: section.figure, points: points.slice(0, at), after: points.slice(at), subtitle: section.split?.subtitle };
  });
  const dates = [...used].map((chapter) => ({ last: chapterLastChanged(chapter.slug, chapter.figures), first: chapterFirstPublished(chapter.slug, chapter.figures) }));
  return {
    sections,
    references,
    date: dates.map((d) => d.last).sort().at(-1)!,
    published: dates.map((d) => d.first).sort()[0]!,
  };
}
