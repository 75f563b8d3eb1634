/**
 * The talk's decks, assembled from the slides each chapter declares in its
 * frontmatter. A slide's words are the chapter's own claims, found by id, so
 * a deck can never say something the article does not; the build fails on a
 * slide that names a claim, figure or figure part the chapter lacks.
 */
import { render } from 'astro:content';
import { parseHTML } from 'linkedom';
import { loadFigure } from '../figures/charts/registry';
import { en } from '../i18n/en';
import { otherLang, pick, type DictKey, type Lang } from '../i18n/index';
import { figureText } from '../figures/figureText';
import { renderPanel } from '../figures/renderPanel';
import { SAY_LIMIT, numbersMissing, sayLength } from './slideSay';
import { shortLabel } from '../sources/bibliography';
import { hiddenAt, stateAt } from './slideSteps';
import { defaultState, parseState } from '../utils/urlState';
import { chapterSlug, chaptersIn, pagePath, type Chapter } from '../utils/pages';
import type { ClaimUse } from '../build/remark/claims';

type SlideData = Chapter['data']['slides'][number];

export interface DeckClaim extends ClaimUse {
  /** Where the claim stands in the article. */
  href: string;
}

/** How a slide is laid out for the room (see `layout` in the content schema). */
export type SlideLayout = 'claim' | 'number' | 'original' | 'figure';

export type DeckSlide =
  | { kind: 'title'; id: 'title' }
  | { kind: 'chapter'; id: string; chapter: Chapter }
  | {
      kind: 'slide';
      id: string;
      chapter: Chapter;
      slide: SlideData;
      layout: SlideLayout;
      claims: DeckClaim[];
      /** An `original` slide's claim as each language's chapter words it. */
      original?: Record<Lang, string>;
    }
  | { kind: 'end'; id: 'end' };

async function claimsOf(chapter: Chapter): Promise<ClaimUse[]> {
  const { remarkPluginFrontmatter } = await render(chapter);
  return (remarkPluginFrontmatter.claims ?? []) as ClaimUse[];
}

/** Fails when a slide's say line (or big number) is too long for the room or gives a number its claims do not. */
function checkSay(slide: SlideData, lang: Lang, claims: readonly ClaimUse[], where: string): void {
  const source = claims.map((claim) => claim.text).join(' ');
  if (slide.say !== undefined && sayLength(slide.say, lang) > SAY_LIMIT[lang]) {
    throw new Error(`${where}: the say line of slide "${slide.id}" is ${sayLength(slide.say, lang)} long; a room reads at most ${SAY_LIMIT[lang]}. Move the rest to its notes.`);
  }
  for (const line of [slide.say, slide.number]) {
    const missing = line === undefined ? [] : numbersMissing(line, source);
    if (missing.length > 0) throw new Error(`${where}: slide "${slide.id}" says ${missing.join(', ')}, which its claims do not give.`);
  }
}

async function chapterSlides(chapter: Chapter): Promise<DeckSlide[]> {
  const slug = chapterSlug(chapter);
  const lang = chapter.data.lang;
  const claims = await claimsOf(chapter);
  const where = `${chapter.id}.mdx`;
  const slides: DeckSlide[] = [{ kind: 'chapter', id: `s-${slug}`, chapter }];
  const seen = new Set<string>();
  for (const slide of chapter.data.slides) {
    if (seen.has(slide.id)) throw new Error(`${where}: two slides have the id "${slide.id}".`);
    seen.add(slide.id);
    if (slide.figure !== undefined && !chapter.data.figures.includes(slide.figure)) {
      throw new Error(`${where}: slide "${slide.id}" shows figure "${slide.figure}", which the chapter does not list in "figures".`);
    }
    if (slide.figure !== undefined) await checkReveals(slide.figure, slide, `${where}: slide "${slide.id}"`);
    const found = slide.claims.map((id) => {
      const claim = claims.find((c) => c.id === id);
      if (!claim) throw new Error(`${where}: slide "${slide.id}" names claim "${id}", which the chapter does not mark (it has ${claims.map((c) => c.id).join(', ')}).`);
      return { ...claim, href: `${pagePath(chapter.data.lang, slug)}#${id}` };
    });
    checkSay(slide, lang, found, where);
    const layout: SlideLayout = slide.layout ?? (slide.figure !== undefined ? 'figure' : 'claim');
    let original: Record<Lang, string> | undefined;
    if (slide.original !== undefined) {
      const own = found.find((claim) => claim.id === slide.original);
      if (!own) throw new Error(`${where}: slide "${slide.id}" shows claim "${slide.original}" in the original, which is not one of its claims.`);
      const other = (await chaptersIn(otherLang(lang))).find((entry) => chapterSlug(entry) === slug);
      const translated = other && (await claimsOf(other)).find((claim) => claim.id === slide.original);
      if (!translated) throw new Error(`${where}: slide "${slide.id}" shows claim "${slide.original}", which the ${otherLang(lang)} chapter does not mark.`);
      original = { [lang]: own.text, [otherLang(lang)]: translated.text } as Record<Lang, string>;
    }
    slides.push({ kind: 'slide', id: `s-${slug}-${slide.id}`, chapter, slide, layout, claims: found, ...(original ? { original } : {}) });
  }
  return slides;
}

/** Fails when a build step reveals a part the figure does not draw, at the slide's first or last state. */
async function checkReveals(id: string, slide: SlideData, where: string): Promise<void> {
  const tokens = slide.steps.flatMap((step) => step.reveal);
  if (tokens.length === 0) return;
  const figure = await loadFigure(id);
  const text = figureText('en', pick('en', Object.keys(en) as DictKey[]));
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const drawn = new Set<string>();
  let panelCount = 0;
  for (const query of [slide.state, finalState(slide)]) {
    const state = parseState(figure.schema, new URLSearchParams(query));
    const panels = figure.panels(figure.compute(state), state, text);
    panelCount = panels.length;
    for (const panel of panels) {
      for (const element of renderPanel(panel.options, '', '', document as unknown as Document).querySelectorAll('[class]')) {
        for (const name of element.getAttribute('class')!.split(/\s+/)) drawn.add(name);
      }
    }
  }
  for (const token of tokens) {
    const panel = /^panel-(\d)$/.exec(token);
    const ok = panel ? Number(panel[1]) >= 1 && Number(panel[1]) <= panelCount : drawn.has(token);
    if (!ok) throw new Error(`${where} reveals "${token}", which figure "${id}" does not draw.`);
  }
}

/**
 * A deck: the whole talk (title, every chapter, end) or one chapter's slides.
 * @example (await deck('en')).map((s) => s.id) // ['title', 's-imbalance', 's-imbalance-diagnosis', …, 'end']
 */
export async function deck(lang: Lang, slug?: string): Promise<DeckSlide[]> {
  const chapters = (await chaptersIn(lang)).filter((chapter) => slug === undefined || chapterSlug(chapter) === slug);
  if (chapters.length === 0) throw new Error(`No chapter "${slug}" in ${lang}.`);
  const body = (await Promise.all(chapters.map(chapterSlides))).flat();
  return [...(slug === undefined ? [{ kind: 'title', id: 'title' } as const] : []), ...body, { kind: 'end', id: 'end' }];
}

/** A build step of a figure slide as printed: its panels as SVG (a hidden panel keeps its place) and its status line. */
export interface PrintedStep {
  panels: { svg: string; hidden: boolean }[];
  /** Absent while the step still hides part of the figure: the status would tell it. */
  status?: { message: string; tone: string };
}

/**
 * Every build step of a figure slide before its last, drawn at build time as the audience saw it:
 * printing gives a page per step (the slide itself, all steps done, is the last page).
 */
export async function printedSteps(slide: SlideData, lang: Lang): Promise<PrintedStep[]> {
  if (slide.figure === undefined || slide.steps.length === 0) return [];
  const figure = await loadFigure(slide.figure);
  const cites = Object.fromEntries((figure.citations ?? []).map((key) => [key, shortLabel(key, lang)]));
  const text = figureText(lang, pick(lang, Object.keys(en) as DictKey[]), cites, true);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return slide.steps.map((_, pressed) => {
    const state = parseState(figure.schema, new URLSearchParams(stateAt(slide.state, slide.steps, pressed)));
    const model = figure.compute(state);
    const hidden = hiddenAt(slide.steps, pressed);
    const panels = figure.panels(model, state, text).map((panel, p) => {
      const svg = renderPanel(panel.options, text.t(panel.label), '', document as unknown as Document);
      svg.removeAttribute('aria-describedby');
      for (const token of hidden) if (token.startsWith('m-')) svg.querySelectorAll(`.${token}`).forEach((element) => element.remove());
      return { svg: svg.outerHTML, hidden: hidden.has(`panel-${p + 1}`) };
    });
    const status = figure.status(model, state, text);
    return { panels, ...(hidden.size === 0 ? { status: { message: status.message, tone: status.tone } } : {}) };
  });
}

/**
 * The figure state a slide shows once all its build steps have been pressed:
 * what the deck prints and what shows without JavaScript.
 */
export const finalState = (slide: Pick<SlideData, 'state' | 'steps'>): string => stateAt(slide.state, slide.steps, slide.steps.length);

/**
 * The one sentence a figure slide leads with: its figure's headline, the same words as on the page
 * (worded for the figure's default state and filled from its model there).
 */
export async function figureHeadline(id: string, lang: Lang): Promise<string> {
  const figure = await loadFigure(id);
  const cites = Object.fromEntries((figure.citations ?? []).map((key) => [key, shortLabel(key, lang)]));
  const text = figureText(lang, pick(lang, Object.keys(en) as DictKey[]), cites, true);
  return text.t(figure.headline, figure.headlineVars?.(figure.compute(defaultState(figure.schema)), text));
}

/**
 * A big number drawn, not only printed: an angle ("0.6°") as its wedge against the 45° line, a split
 * ("99 : 1") as one bar of its two parts. Marks take the class of who speaks (`tone`), so the colour is the
 * speaker's; anything else gets no drawing. Pure SVG markup, sized by the slide (viewBox only).
 * @example drawnNumber('0.6°', 'modelled') // '<svg …><line …/></svg>'
 */
export function drawnNumber(number: string, tone: string): string {
  const angle = /^\s*(\d+(?:\.\d+)?)\s*°\s*$/.exec(number);
  if (angle) {
    const degrees = Number(angle[1]);
    const length = 100;
    const ray = (deg: number) => [length * Math.cos((deg * Math.PI) / 180), -length * Math.sin((deg * Math.PI) / 180)] as const;
    const [x45, y45] = ray(45);
    const [xa, ya] = ray(degrees);
    const arc = (deg: number, r: number) => `M${r},0 A${r},${r} 0 0 0 ${(r * Math.cos((deg * Math.PI) / 180)).toFixed(2)},${(-r * Math.sin((deg * Math.PI) / 180)).toFixed(2)}`;
    return `<svg class="number-drawing" viewBox="-6 -78 120 84" aria-hidden="true"><path class="nd-ref" d="M0,0 L${x45.toFixed(2)},${y45.toFixed(2)}"/><path class="nd-ref-arc" d="${arc(45, 34)}"/><text class="nd-ref-text" x="${(38 * Math.cos(Math.PI / 8)).toFixed(2)}" y="${(-38 * Math.sin(Math.PI / 8)).toFixed(2)}">45°</text><path class="nd-axis" d="M0,0 L${length},0"/><path class="nd-mark speaker-${tone}" d="M0,0 L${xa.toFixed(2)},${ya.toFixed(2)}"/></svg>`;
  }
  const split = /^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(number);
  if (split) {
    const a = Number(split[1]);
    const b = Number(split[2]);
    const width = 120;
    const wa = (width * a) / (a + b);
    return `<svg class="number-drawing" viewBox="0 0 ${width} 14" aria-hidden="true"><rect class="nd-part" x="0" y="0" width="${wa.toFixed(2)}" height="14"/><rect class="nd-mark-fill speaker-${tone}" x="${(wa + 0.6).toFixed(2)}" y="0" width="${Math.max(0.8, width - wa - 0.6).toFixed(2)}" height="14"/></svg>`;
  }
  return '';
}
