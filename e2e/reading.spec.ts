/**
 * The reader's path: the landing opens on the finding with one primary
 * action, the chapters are drawn as the ladder, every page has a chapter menu
 * that works without JavaScript, a chapter shows how far through it the reader
 * is and offers the next chapter right after its last paragraph, and the
 * figures page is a gallery.
 */
import { expect, test } from '@playwright/test';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of ['en', 'zh'] as const) {
    test(`the ${lang} landing opens on the question, with Zhou's 99 : 1 labelled as his estimate and one primary action`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/${lang}/`);
      // The Chinese ratio sign in Chinese (docs/chinese-style.md).
      await expect(page.locator('.hero-said .hero-number')).toHaveText(lang === 'en' ? '99 : 1' : '99∶1');
      await expect(page.locator('.hero-said dt')).toContainText(lang === 'en' ? 'Zhou’s estimate' : '周伯文的估计');
      await expect(page.locator('main .button-primary')).toHaveCount(1);
      await expect(page.locator('main .button-primary')).toHaveAttribute('href', `/${lang}/imbalance/`);
      // Seven chapters as the ladder: the ground (1–2), three rungs (3–5), the climb (6), the sceptic's case (7), each with its reading time.
      await expect(page.locator('.chapter-card')).toHaveCount(7);
      // The rungs are the Causal Ladder's, climbing upward: chapter 5 (rung 3) drawn above chapter 3 (rung 1).
      const rungs = page.locator('.ladder .chapter-card');
      await expect(rungs).toHaveCount(3);
      await expect(page.locator('.ladder .ladder-rung').first()).toContainText('Approximate Alignment');
      expect((await rungs.last().boundingBox())!.y).toBeLessThan((await rungs.first().boundingBox())!.y);
      // Every chapter with a figure shows it; the sceptic's chapter has none.
      for (const card of await page.locator('.chapter-card').all()) {
        if (!(await card.getAttribute('href'))!.endsWith('/good-law/')) await expect(card.locator('.chapter-thumb svg')).toHaveCount(1);
        await expect(card.locator('.chapter-card-time')).toHaveText(lang === 'en' ? /^\d+ min read$/ : /^约 \d+ 分钟$/);
      }
    });
  }

  test('the chapter menu opens without JavaScript, lists every chapter and marks the current one', async ({ page }) => {
    await page.goto('/zh/intervenable/');
    const menu = page.locator('.chapter-menu');
    await menu.locator('summary').click();
    await expect(menu.locator('a')).toHaveCount(7);
    await expect(menu.locator('a[aria-current="page"]')).toHaveAttribute('href', '/zh/intervenable/');
    // The Causal Ladder at the top: its three rungs by the paper's English names, each linking to its chapter, this one marked.
    const ladder = page.locator('article > .ladder');
    await expect(ladder.locator('a.ladder-rung')).toHaveCount(3);
    await expect(ladder.locator('a[aria-current="page"]')).toHaveAttribute('href', '/zh/intervenable/');
    await expect(ladder.locator('a[aria-current="page"]')).toContainText('Intervenable');
    await expect(ladder.locator('a[aria-current="page"]')).toContainText('你在这里');
    await expect(ladder.locator('.ladder-here')).toHaveCount(1);
    await menu.locator('a', { hasText: '失衡' }).click();
    await expect(page).toHaveURL(/\/zh\/imbalance\/$/);
  });

  test('the next chapter is offered right after the last paragraph, before the notes', async ({ page }) => {
    await page.goto('/en/45-degree-law/');
    const card = page.locator('article > .next-card');
    await expect(card).toHaveAttribute('href', '/en/approximate-alignment/');
    await expect(card).toContainText('Chapter 3');
    // Nothing but the chapter's prose comes before it; the notes come after.
    const order = await page.locator('article').evaluate((article) => {
      const card = article.querySelector('.next-card')!;
      const notes = article.querySelector('.notes')!;
      const lastParagraph = [...article.querySelectorAll(':scope > p[id]')].pop()!;
      return {
        afterProse: Boolean(lastParagraph.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING),
        beforeNotes: Boolean(card.compareDocumentPosition(notes) & Node.DOCUMENT_POSITION_FOLLOWING),
      };
    });
    expect(order).toEqual({ afterProse: true, beforeNotes: true });
    await page.goto('/en/good-law/');
    await expect(page.locator('article > .next-card')).toHaveAttribute('href', '/en/sources/');
  });

  test('the figures page is a gallery: every figure with its picture', async ({ page }) => {
    await page.goto('/en/figures/');
    const items = page.locator('.figure-list > li');
    expect(await items.count()).toBeGreaterThanOrEqual(6);
    for (const item of await items.all()) await expect(item.locator('.figure-thumb svg')).toBeVisible();
  });
});

test('a chapter shows reading progress that follows the scroll', async ({ page }) => {
  await page.goto('/en/intervenable/');
  const bar = page.locator('.site-header .reading-progress');
  const scale = () => bar.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  expect(await scale()).toBeLessThan(0.05);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(scale).toBeGreaterThan(0.95);
  // Only chapters have it.
  await page.goto('/en/sources/');
  await expect(page.locator('.reading-progress')).toHaveCount(0);
});

/**
 * Quiet labels and inline targets, measured as a reader on a phone meets them (one chapter per
 * language, one page load each): every footnote number, 原文 pill, claim mark and permalink is a
 * target of at least 24 × 24 px that overlaps no other (WCAG 2.5.8); no footnote number starts a
 * line; a line with a pill, mark or number is as tall as any other; a claim's kind is a mark whose
 * label shows on focus and is its name for screen readers, explained by the legend at the top.
 * Then, widened to a desktop, the original wording sits in the margin beside its claim.
 */
for (const lang of ['en', 'zh'] as const) {
  test(`a ${lang} chapter's inline targets, even leading, quiet claim marks and sidenotes`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${lang}/imbalance/`);
    const problems = await page.locator('main').evaluate((main) => {
      const found: string[] = [];
      const name = (el: Element) => `${el.className || el.tagName} "${el.textContent?.trim().slice(0, 12)}" in ${el.closest('[id]')?.id}`;
      const targets = [...main.querySelectorAll('sup.cite a, .original-toggle, .claim-mark, .para-link, .section-link')].filter((el) => el.getClientRects().length > 0);
      if (targets.length < 20) found.push(`only ${targets.length} targets`);
      const boxes = targets.map((el) => [el, el.getBoundingClientRect()] as const);
      for (const [el, box] of boxes) if (box.width < 23.99 || box.height < 23.99) found.push(`${name(el)} is ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, p] = boxes[i]!;
          const [b, q] = boxes[j]!;
          const overlap = Math.max(0, Math.min(p.right, q.right) - Math.max(p.left, q.left)) * Math.max(0, Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top));
          if (overlap > 1 && !a.contains(b) && !b.contains(a)) found.push(`${name(a)} overlaps ${name(b)}`);
        }
      for (const sup of main.querySelectorAll('sup.cite')) {
        const block = sup.closest('p, li, dd, blockquote')!;
        const digits = document.createRange();
        digits.selectNodeContents(sup.querySelector('a')!);
        if (digits.getBoundingClientRect().left - block.getBoundingClientRect().left < 2) found.push(`${name(sup)} starts a line`);
      }
      for (const p of main.querySelectorAll('p[data-para]')) {
        const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
        const height = p.getBoundingClientRect().height;
        if (Math.abs(height - Math.round(height / lineHeight) * lineHeight) > 1) found.push(`${p.id}: ${height.toFixed(1)} px is not a whole number of ${lineHeight} px lines`);
      }
      return found;
    });
    expect(problems).toEqual([]);

    // The pill says, in the reader's language, what it opens.
    await expect(page.locator('#c-s8 .original-toggle')).toHaveText(lang === 'en' ? 'Original (中文)' : '英文版');
    // No uppercase box: the mark is one glyph; its label is its accessible name, and shows on focus.
    const label = lang === 'en' ? 'Zhou said' : '周伯文的说法';
    const mark = page.locator('#c-s8 .claim-mark');
    await expect(mark).toHaveAccessibleName(label);
    expect((await mark.locator('[aria-hidden="true"]').innerText()).replace('\u2060', '').trim()).toMatch(/^\p{So}$/u);
    await mark.focus();
    await expect(mark.locator('.sr-only')).toHaveText(label);
    expect((await mark.locator('.sr-only').boundingBox())!.width).toBeGreaterThan(40);
    await expect(mark).toHaveAttribute('href', '#claim-kinds');
    await expect(page.locator('header #claim-kinds')).toContainText(label);

    // On a desktop the original wording and a work's first citation are sidenotes in the margin, and the pill gives way.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.locator('#c-s8 .original-toggle')).toBeHidden();
    const original = page.locator('#orig-c-s8');
    await expect(original).toBeVisible();
    await expect(original.locator('.original-close')).toBeHidden();
    const column = (await page.locator('main article').boundingBox())!;
    for (const note of [original, page.locator('#cite-zhou2024waic-1 + .sidenote')]) {
      const box = (await note.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(column.x + column.width);
      expect(box.x + box.width).toBeLessThanOrEqual(1280 - 240);
    }
  });
}
