/**
 * The question, the bottom line and the way back to them (issue 25): a reader
 * landing on /en/ or /zh/ meets, inside the first screen of a phone and of a
 * laptop, the question the explainer answers, the bottom line, Zhou's 99 : 1
 * with the measured range beside it, the capability–safety plane and "Start
 * reading"; every chapter links to its takeaways and the bottom line from its
 * header and ends with its line back to the question; a reader who arrives at
 * a paragraph by its link sees which chapter it is and the way to both.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;

/** The element's box lies wholly inside the viewport, as laid out (not scrolled to). */
async function insideFirstScreen(page: Page, locator: Locator, what: string) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, `${what} is laid out`).not.toBeNull();
  expect(box!.width * box!.height, `${what} has an area`).toBeGreaterThan(0);
  expect(box!.x, `${what} starts inside the screen`).toBeGreaterThanOrEqual(0);
  expect(box!.y, `${what} starts inside the screen`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what} ends inside the screen's width`).toBeLessThanOrEqual(viewport.width);
  expect(box!.y + box!.height, `${what} ends inside the first screen (${viewport.height} px)`).toBeLessThanOrEqual(viewport.height);
}

for (const lang of ['en', 'zh'] as const) {
  for (const size of SIZES) {
    test(`${lang} landing, ${size.name} ${size.width}×${size.height}: the question, the bottom line, 99 : 1 beside the measured range, the plane and "Start reading" are all in the first screen`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`/${lang}/`);
      await page.evaluate(() => document.fonts.ready);
      const question = page.locator('main h1#question');
      await expect(question).toHaveText(lang === 'en' ? /keeping pace/ : /跟上能力/);
      await insideFirstScreen(page, question, 'the question');
      const bottom = page.locator('main p#bottom-line');
      await expect(bottom).toContainText(lang === 'en' ? 'a principle, not a finding' : '是一条原则');
      await insideFirstScreen(page, bottom, 'the bottom line');
      const said = page.locator('.hero-said .hero-number');
      await expect(said).toHaveText(lang === 'en' ? '99 : 1' : '99∶1');
      await insideFirstScreen(page, said, 'Zhou’s 99 : 1');
      const measured = page.locator('.hero-measured .hero-number');
      await expect(measured).toHaveText(lang === 'en' ? ['0.2–1.8%', 'about 2%'] : ['0.2% 至 1.8%', '约 2%']);
      for (const number of await measured.all()) await insideFirstScreen(page, number, `the measured ${await number.textContent()}`);
      // Beside, not below: the measured range starts level with (or above) the end of Zhou's number block, and to its side on a laptop.
      const saidBox = (await page.locator('.hero-said').boundingBox())!;
      const measuredBox = (await page.locator('.hero-measured').boundingBox())!;
      const planeBox = (await page.locator('.hero-plane svg').boundingBox())!;
      if (size.name === 'laptop') expect(measuredBox.x, 'the measured range stands beside 99 : 1').toBeGreaterThanOrEqual(saidBox.x + saidBox.width - 1);
      else expect(measuredBox.x, 'the numbers stand beside the plane').toBeGreaterThanOrEqual(planeBox.x + planeBox.width - 1);
      const plane = page.locator('.hero-plane svg');
      await insideFirstScreen(page, plane, 'the plane');
      // The plane is drawn large enough to read as a picture: a third of the screen's width on a phone, more on a laptop.
      expect(planeBox.width).toBeGreaterThanOrEqual(size.width * (size.name === 'phone' ? 0.35 : 0.3));
      // It draws the 45° diagonal and the 1% path, whose angle the caption gives.
      await expect(page.locator('.hero-plane svg .m-diagonal')).toHaveCount(1);
      await expect(page.locator('.hero-plane svg .m-path')).toHaveCount(1);
      await expect(page.locator('.hero-plane figcaption')).toContainText('0.6°');
      await insideFirstScreen(page, page.locator('main .button-primary'), '"Start reading"');
    });
  }

  test(`${lang}: every chapter links to its takeaways and the bottom line from its header and ends with its line back to the question`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const chapters = await page.locator('.chapter-card').evaluateAll((cards) => cards.map((card) => card.getAttribute('href')!));
    expect(chapters.length).toBe(7);
    for (const href of chapters) {
      await page.goto(href);
      const shortcuts = page.locator('article > header .chapter-shortcuts a');
      await expect(shortcuts.nth(0)).toHaveAttribute('href', '#takeaways');
      await expect(shortcuts.nth(1)).toHaveAttribute('href', `/${lang}/#bottom-line`);
      await expect(page.locator('#takeaways')).toHaveCount(1);
      const soFar = page.locator('article > p.so-far');
      await expect(soFar.locator('a')).toHaveAttribute('href', `/${lang}/#question`);
      // The line comes after the chapter's last section and before its takeaways.
      const order = await page.locator('article').evaluate((article) => {
        const line = article.querySelector('.so-far')!;
        const takeaways = article.querySelector('.takeaways')!;
        return Boolean(line.compareDocumentPosition(takeaways) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(order, `${href}: the closing line stands before the takeaways`).toBe(true);
    }
  });
}

test('a reader arriving at a paragraph by its link sees which chapter it is, and one tap to its takeaways and the bottom line', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/45-degree-law/#p-below-2');
  const arrival = page.locator('article > .arrival > div');
  await expect(arrival).toBeVisible();
  await expect(arrival).toContainText('Chapter 2: The 45° law');
  await expect(arrival).toBeInViewport();
  await expect(page.locator('#p-below-2')).toBeInViewport();
  await expect(arrival.locator('a[href="#takeaways"]')).toBeVisible();
  await arrival.locator('a[href="/en/#bottom-line"]').click();
  await expect(page).toHaveURL(/\/en\/#bottom-line$/);
  await expect(page.locator('#bottom-line')).toBeInViewport();
  // The bar moves nothing: the chapter's text sits where it sits without it (it appears when the target is parsed,
  // after the first paint on a slow connection, so a bar in the flow shifted the page under the reader).
  await page.goto('/en/45-degree-law/#p-below-2');
  // Every box from the article down is compared, the article's own too: Chrome counts a moved box as a shift even
  // when its text stays put (shown, the bar stopped the header's margin collapsing through the article's top, and
  // the article box moved 20 px, a shift of 0.13 in CI's Lighthouse).
  const tops = () => page.evaluate(() => ['article', 'article > header', '#p-below-2'].map((s) => document.querySelector(s)!.getBoundingClientRect().top + scrollY));
  const withBar = await tops();
  const shifts = await page.evaluate(() => new Promise<number>((resolve) => {
    let sum = 0;
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) sum += (entry as PerformanceEntry & { value: number }).value; }).observe({ type: 'layout-shift', buffered: true });
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)));
  }));
  expect(shifts, 'layout shift on arriving at a paragraph').toBeLessThan(0.01);
  const [box, target] = [await arrival.boundingBox(), await page.locator('#p-below-2').boundingBox()];
  expect(box!.y + box!.height, 'the bar leaves the paragraph uncovered').toBeLessThanOrEqual(target!.y + 1);
  // A reader who opens the chapter itself meets its header, not the bar.
  await page.goto('/en/45-degree-law/');
  await expect(page.locator('article > .arrival > div')).toBeHidden();
  expect(await tops(), 'the article, its header and the paragraph sit where they do without the bar').toEqual(withBar);
});
