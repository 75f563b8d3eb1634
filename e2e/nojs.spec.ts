/**
 * Every page without JavaScript: its text, its figures drawn as SVG with their
 * data tables, a deck as a list of slides, search saying it needs a script.
 * Pages of one kind and language share a test and a browser page; what must
 * be visible is read in one pass per page.
 */
import { expect, test, type Page } from '@playwright/test';
import { langOf, pageKind } from '../src/build/builtPages';
import { PAGES } from './site';

test.use({ javaScriptEnabled: false });

/** What a page without a script must show, by the page's path. */
function expectations(path: string) {
  if (/^\/(en|zh)\/search\/$/.test(path)) return { kind: 'search' as const };
  if (/^\/(en|zh)\/talk\//.test(path)) return { kind: 'deck' as const };
  if (/^\/(en|zh)\/figures\/$/.test(path)) return { kind: 'gallery' as const };
  if (/^\/(en|zh)\/(figures|embed)\//.test(path)) return { kind: 'figure' as const };
  if (/^\/(en|zh)\/brief\/$/.test(path)) return { kind: 'brief' as const };
  return { kind: 'prose' as const };
}

/**
 * Reads, in the page, what a reader without a script sees: the selectors given that are not visible, how many
 * paragraphs, slides and gallery entries there are, and for each figure whether its SVG, table rows, hidden
 * controls and note are as they should be.
 */
function readPage(page: Page) {
  return page.evaluate(() => {
    const visible = (el: Element) => (el as HTMLElement).checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const hidden = (selector: string) => [...document.querySelectorAll(selector)].filter((el) => !visible(el)).length;
    const figures = [...document.querySelectorAll('main figure.figure')]
      .filter((figure) => !figure.closest('.slide-printed'))
      .map((figure) => ({
        svgVisible: [...figure.querySelectorAll('svg[role="img"]')].some(visible),
        svgsHidden: [...figure.querySelectorAll('svg[role="img"]')].filter((svg) => !visible(svg)).length,
        // How much the drawing is blown up from the width it was drawn for (its text with it).
        scale: Math.max(0, ...[...figure.querySelectorAll<SVGSVGElement>('[data-panel] > svg')].filter(visible).map((svg) => svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width))),
        rows: figure.querySelectorAll('table tbody tr').length,
        controlsShown: [...figure.querySelectorAll('[data-controls]')].filter(visible).length,
        controls: figure.querySelectorAll('[data-controls]').length,
        noteVisible: [...figure.querySelectorAll('.noscript-note')].some(visible),
        // The data table opens under the figure's one utility row (Data · Download · Embed · Cite), a <details>.
        tableSummary: !!figure.querySelector('details.figure-utility > summary') && /Data|数据/.test(figure.querySelector('details.figure-utility > summary')?.textContent ?? '') && !!figure.querySelector('details.figure-utility table'),
      }));
    return {
      h1: !!document.querySelector('main h1') && visible(document.querySelector('main h1')!),
      // A chapter's paragraphs; on its side-by-side view, each pair's two.
      prose: document.querySelectorAll('main > p, main article > p, main .pair > p, main .glossary-group > p:not(.glossary-letter)').length,
      proseHidden: hidden('main > p, main article > p, main .pair > p, main .glossary-group > p:not(.glossary-letter)'),
      searchNote: [...document.querySelectorAll('main .noscript-note')].some(visible),
      slides: document.querySelectorAll('main .slide:not(.slide-printed)').length,
      slideTitlesHidden: [...document.querySelectorAll('main .slide:not(.slide-printed)')].filter((s) => !s.querySelector('h2') || !visible(s.querySelector('h2')!)).length,
      gallery: document.querySelectorAll('main .figure-list li').length,
      points: document.querySelectorAll('main .brief-points li').length,
      pointsHidden: hidden('main .brief-points li'),
      // The brief's static figure: how its drawing is scaled from the width it was drawn for.
      briefScale: [...document.querySelectorAll<SVGSVGElement>('main .brief-figure svg')].map((svg) => svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || 1)),
      figures,
    };
  });
}

const groups = Map.groupBy(PAGES, (path) => `${langOf(path)} ${pageKind(path)}`);

for (const [group, paths] of groups) {
  test(`without JavaScript, ${group} pages show their text, SVG figures and data tables (${paths.length} page${paths.length > 1 ? 's' : ''})`, async ({ page }) => {
    for (const path of paths) {
      await page.goto(path);
      const seen = await readPage(page);
      const { kind } = expectations(path);
      const where = `${path}: `;
      expect(seen.h1, `${where}the h1 is visible`).toBe(true);
      if (kind === 'search') {
        // Search runs in the browser: without a script the page says so.
        expect(seen.searchNote, `${where}a note says search needs a script`).toBe(true);
        continue;
      }
      if (kind === 'deck') {
        // A deck without a script is a list of slides, each figure drawn as it stands after its last build step
        // (the copies of earlier build steps are for print only).
        expect(seen.slides, `${where}slides`).toBeGreaterThanOrEqual(4);
        expect(seen.slideTitlesHidden, `${where}slides without a visible title`).toBe(0);
        for (const figure of seen.figures) {
          expect(figure.svgsHidden, `${where}hidden SVGs of a figure`).toBe(0);
          expect(figure.noteVisible, `${where}the no-script note of a figure`).toBe(true);
        }
        continue;
      }
      if (kind === 'gallery') expect(seen.gallery, `${where}gallery entries`).toBeGreaterThanOrEqual(5);
      else if (kind === 'figure') expect(seen.figures, `${where}one figure`).toHaveLength(1);
      else if (kind === 'brief') {
        // The brief is a list of points, each a chapter's own sentence.
        expect(seen.points, `${where}points`).toBeGreaterThan(15);
        expect(seen.pointsHidden, `${where}hidden points`).toBe(0);
        // Its figure's chart text is not shrunk below the 12 px it was drawn with.
        for (const scale of seen.briefScale) expect(scale, `${where}the figure's scale`).toBeGreaterThanOrEqual(0.99);
      }
      else expect(seen.prose, `${where}paragraphs`).toBeGreaterThanOrEqual(3);
      expect(seen.proseHidden, `${where}hidden paragraphs`).toBe(0);
      for (const [i, figure] of seen.figures.entries()) {
        const which = `${where}figure ${i + 1}: `;
        expect(figure.svgVisible, `${which}its SVG is visible`).toBe(true);
        expect(figure.scale, `${which}its drawing is not blown up (text 1.5 times its size or more)`).toBeLessThan(1.5);
        expect(figure.rows, `${which}its data table has rows`).toBeGreaterThan(0);
        expect(figure.tableSummary, `${which}its data table is under a "Data · Download · Embed · Cite" summary`).toBe(true);
        // Controls that cannot work without a script are hidden, and a note says why.
        expect(figure.controlsShown, `${which}controls shown`).toBe(0);
        if (figure.controls > 0) expect(figure.noteVisible, `${which}the no-script note`).toBe(true);
      }
      // A data table opens without a script (a <details> element).
      const table = page.locator('main figure.figure').first();
      if (seen.figures.length > 0) {
        await table.locator('details.figure-utility > summary').click();
        await expect(table.locator('table')).toBeVisible();
      }
    }
  });
}
