/**
 * Downloads and embeds (issue 9): every figure's SVG, PNG and CSV hold what
 * the reader sees, with caption and source; every figure has an embed page
 * that honours its state and works inside another site's iframe.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { EMBED_HEIGHT as EMBED_DEFAULT } from '../src/lib/embed';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';
import { controlsOf, FIGURE_PAGES, figuresOn, hydrated, paramsOf, watchErrors } from './site';

// The embedding page is served from 127.0.0.1 and the figure from localhost: Chromium's local network access
// checks (meant for public pages reaching into a private network) would block that frame, so they are off here.
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'] } });

const CHAPTER_FIGURES = FIGURE_PAGES.filter((path) => !/\/(figures|embed)\//.test(path)).flatMap((path) => figuresOn(path).map((id) => ({ path, id })));

async function download(page: Page, id: string, kind: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-figure="${id}"] [data-download="${kind}"]`).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Rows of an RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') rows.push([...row, field]), (row = []), (field = ''), i++;
    else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

for (const { path, id } of CHAPTER_FIGURES) {
  const lang = path.split('/')[1]!;
  // One test per figure and language, its three parts sharing the page loads they can.
  test(`${id} in ${lang}: its embed page, its downloads (SVG, PNG, CSV, metadata) from ${path} and its embed code in another site's frame`, async ({ page }) => {
    const errors = watchErrors(page);
    // The first control, or, where a row of presets is a parameter's only control, that parameter (set by a preset).
    const name = controlsOf(path, id)[0] ?? paramsOf(path, id)[0]!;
    const byPreset = controlsOf(path, id).length === 0;
    let value = '';

    await test.step('the embed page fits the embed code\'s default height at phone width, is not indexed, and honours the state in its link', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/${lang}/embed/${id}/`);
      await hydrated(page, id);
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(EMBED_DEFAULT);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      // The value to try: one step above the control's minimum (a checkbox: the other state).
      const input = page.locator(`[data-figure="${id}"] input[name="${name}"]`);
      if (byPreset) {
        // The preset that is not pressed now: its link state is the one to honour.
        const preset = page.locator(`[data-figure="${id}"] [data-preset][aria-pressed="false"]`).first();
        value = String((JSON.parse((await preset.getAttribute('data-preset'))!) as Record<string, number>)[name]);
        await page.goto(`/${lang}/embed/${id}/?${name}=${value}`);
        await expect(page.locator(`[data-figure="${id}"]`)).toHaveAttribute('data-hydrated', '');
        await expect(page.locator(`[data-figure="${id}"] [data-preset*='"${name}":${value}}']`)).toHaveAttribute('aria-pressed', 'true');
      } else {
        value = await input.getAttribute('type') === 'checkbox' ? (await input.isChecked() ? '0' : '1') : String(Number(await input.getAttribute('min')) + Number(await input.getAttribute('step')));
        await page.goto(`/${lang}/embed/${id}/?${name}=${value}`);
        await expect(page.locator(`[data-figure="${id}"]`)).toHaveAttribute('data-hydrated', '');
        if (await input.getAttribute('type') === 'checkbox') await expect(input).toBeChecked({ checked: value === '1' });
        else await expect(input).toHaveValue(value);
      }
      await expect(page.locator('.site-header')).toHaveCount(0);
      await expect(page.locator(`.embed-source a[href="${path}#fig-${id}"]`)).toBeVisible();
    });

    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(path);
    const figure = await hydrated(page, id);

    await test.step('the downloads hold the figure as the reader left it, with its caption, source and data', async () => {
      // Move the first control so the downloads must follow the reader's state, not the default.
      if (byPreset) await figure.locator('[data-preset][aria-pressed="false"]').first().click();
      else {
        const slider = figure.locator(`input[name="${name}"]`);
        await slider.focus();
        // A slider one step away from where it stands (down, when it starts at its maximum, as the plane's last step does).
        const atMax = await slider.evaluate((el) => (el as HTMLInputElement).type === 'range' && (el as HTMLInputElement).value === (el as HTMLInputElement).max);
        await page.keyboard.press(await slider.getAttribute('type') === 'checkbox' ? 'Space' : atMax ? 'ArrowLeft' : 'ArrowRight');
      }
      // The utility row opens its panel: downloads, embed code and citation are in it.
      await figure.locator('details.figure-utility > summary').click();
      await expect(page).toHaveURL(new RegExp(`[?&]${name}=`));
      const status = (await figure.locator('[data-status]').textContent())!.trim();
      const caption = (await figure.locator('.figure-caption').textContent())!.trim();
      const panels = await figure.locator('[data-panel] > svg').count();

      const svg = await download(page, id, 'svg');
      expect(svg.name).toMatch(new RegExp(`^ai45-${id}-(en|zh)\\.svg$`));
      const text = svg.bytes.toString('utf8');
      expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(text.match(/<svg\b/g)?.length).toBe(panels + 1);
      // Long lines are wrapped into several <text> elements: compare without the breaks.
      const words = [...text.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).join(' ').replace(/\s+/g, '');
      expect(words).toContain(status.replace(/\s+/g, ''));
      expect(words).toContain(caption.replace(/\s+/g, ''));
      expect(words).toContain(`${name}=`);
      expect(text).not.toContain('class="m-');

      const png = await download(page, id, 'png');
      expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
      const width = Number(/^<svg[^>]* width="(\d+)"/.exec(text)![1]);
      expect(png.bytes.readUInt32BE(16)).toBe(width * 2);

      const csv = await download(page, id, 'csv');
      expect(csv.name).toMatch(new RegExp(`^ai45-${id}-(en|zh)\\.csv$`));
      // A UTF-8 byte order mark, so that Excel on a Chinese Windows does not read the file as GBK.
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(csv.bytes.toString('utf8').slice(1));
      const header = await figure.locator('[data-table] thead th').allTextContents();
      expect(rows[0]).toEqual(header);
      expect(rows.length - 1).toBe(await figure.locator('[data-table] tbody tr').count());
      for (const row of rows) expect(row).toHaveLength(header.length);

      const meta = await download(page, id, 'json');
      expect(meta.name).toBe(csv.name.replace(/\.csv$/, '.csv-metadata.json'));
      const metadata = JSON.parse(meta.bytes.toString('utf8')) as { file: string; source: string; caption: string; licence: { name: string }; citation: { bibtex: string }; columns: { name: string }[] };
      expect(metadata.file).toBe(csv.name);
      expect(metadata.source).toMatch(new RegExp(`[?&]${name}=`));
      expect(metadata.caption).toBe(caption.replace(/\s+/g, ' '));
      expect(metadata.licence.name).not.toBe('');
      expect(metadata.citation.bibtex).toMatch(/^@misc\{ai45-(en|zh)-fig-/);
      expect(metadata.columns.map((column) => column.name)).toEqual(header);
    });

    await test.step('the embed code gives the figure as it is now, and pasted into another site\'s page it shows the live figure at its full height', async () => {
      // The reader moved the first control above: the code carries that state.
      const now = new URL(page.url()).searchParams.get(name)!;
      const code = (await figure.locator('.embed-code pre').textContent())!;
      expect(code).toMatch(new RegExp(`^<iframe src="[^"]+/${lang}/embed/${id}/\\?${name}=${now}"`));
      // Another origin: 127.0.0.1 rather than localhost.
      const host = `http://127.0.0.1:${new URL(page.url()).port}/host.html`;
      await page.route(host, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Another site</title>${code}` }));
      await page.goto(host);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator(`[data-figure="${id}"] svg[role="img"]`).first()).toBeVisible();
      await expect(frame.locator(`[data-figure="${id}"]`)).toHaveAttribute('data-hydrated', '');
      // The embed code's listening lines give the frame the height its page reports: the whole figure, no scroll bar.
      const fits = async () => {
        const height = await page.locator('iframe').evaluate((iframe: HTMLIFrameElement) => iframe.clientHeight);
        const inner = await page.frames()[1]!.evaluate(() => ({ content: document.documentElement.scrollHeight, view: innerHeight }));
        return height < EMBED_DEFAULT && inner.view === height && inner.content <= inner.view;
      };
      await expect.poll(fits).toBe(true);
    });
    expect(errors).toEqual([]);
  });
}
