/**
 * Downloads and embeds (issue 9): every figure's SVG, PNG and CSV hold what
 * the reader sees, with caption and source; every figure has an embed page
 * that honours its state and works inside another site's iframe.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { EMBED_HEIGHT as EMBED_DEFAULT } from '../src/figures/embed';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';
import { controlsOf, FIGURE_PAGES, figuresOn, hydrated, paramsOf, watchErrors } from './site';

// The embedding page is served from 127.0.0.1 and the figure from localhost: Chromium's local network access
// checks (meant for public pages reaching into a private network) would block that frame, so they are off here.
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'] } });

/**
 * Each figure once, from its chapter, the languages taking turns (the export code is one for both; each language's
 * captions, headers and Chinese text in the files are met by half of the figures).
 */
const ALL_FIGURES = FIGURE_PAGES.filter((path) => !/\/(figures|embed)\//.test(path)).flatMap((path) => figuresOn(path).map((id) => ({ path, id })));
const IDS = [...new Set(ALL_FIGURES.map(({ id }) => id))].sort();
const CHAPTER_FIGURES = ALL_FIGURES.filter(({ path, id }) => path.startsWith(IDS.indexOf(id) % 2 ? '/zh/' : '/en/'));

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
  // One test per figure, its three parts sharing the page loads they can.
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
      const shown = await figure.locator('[data-table] thead th').allTextContents();
      // The page's columns, each key of a work or fact sheet row followed by its link on the Sources page ("… URL").
      const header = rows[0]!.filter((label, i) => !(label.endsWith(' URL') && label === `${rows[0]![i - 1]} URL`));
      expect(header).toEqual(shown);
      expect(rows.length - 1).toBe(await figure.locator('[data-table] tbody tr').count());
      for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
      const sources = readFileSync(`dist/${lang}/sources/index.html`, 'utf8');
      rows[0]!.forEach((label, i) => {
        if (!label.endsWith(' URL') || label !== `${rows[0]![i - 1]} URL`) return;
        for (const row of rows.slice(1)) {
          const url = new URL(row[i]!);
          expect(url.pathname, label).toBe(`/${lang}/sources/`);
          // The anchor names the cell beside it, and the Sources page has it.
          expect(url.hash, label).toMatch(new RegExp(`^#(ref|fact)-${row[i - 1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
          expect(sources, `${label}: ${url.hash}`).toContain(`id="${url.hash.slice(1)}"`);
        }
      });
      // The figures whose tables name works or fact sheet rows link them.
      if (id === 'compute' || id === 'measures') expect(rows[0]!.some((label) => label.endsWith(' URL'))).toBe(true);
      // Every number as the page rounds it, when the CSV's value is rounded the same way (the CSV keeps more digits, never noise).
      const cells = await figure.locator('[data-table] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td, th')].map((td) => td.textContent ?? '')));
      const csvOnly = rows[0]!.map((label, i) => label.endsWith(' URL') && label === `${rows[0]![i - 1]} URL`);
      rows.slice(1).forEach((row, r) => {
        const pageRow = cells[r]!;
        row.filter((_, i) => !csvOnly[i]).forEach((cell, i) => {
          if (!/^-?\d+(\.\d+)?$/.test(cell)) return;
          expect(cell, 'no binary noise').not.toMatch(/(\d)(?:0{6,}|9{6,})\d$/);
          const text = pageRow[i]!.trim().replace(/\u2212/g, '-');
          const decimals = /\.(\d+)$/.exec(text)?.[1]?.length ?? 0;
          const onPage = Number(text.replace(/,/g, ''));
          if (/^-?[\d,]*\.?\d+$/.test(text)) expect(Number(cell).toFixed(decimals), `${shown[i]} row ${r + 1}`).toBe(onPage.toFixed(decimals));
        });
      });
      // Numbers without binary noise (ten significant digits at most), and no date a spreadsheet could misread: ISO 8601 only.
      for (const cell of rows.slice(1).flat()) {
        if (/^-?\d+(\.\d+)?(e[+-]\d+)?$/.test(cell)) expect(cell.replace(/^-|e.*$/g, '').replace('.', '').replace(/^0+/, '').length, cell).toBeLessThanOrEqual(10);
        expect(cell, 'a date as the page prints it').not.toMatch(/^(\d{1,2} )?(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$|^\d{4} 年 \d{1,2} 月/);
      }

      const meta = await download(page, id, 'json');
      expect(meta.name).toBe(csv.name.replace(/\.csv$/, '.csv-metadata.json'));
      // W3C CSV on the Web: a CSVW tool reads the table's schema and validates the CSV against it.
      const metadata = JSON.parse(meta.bytes.toString('utf8')) as { '@context': unknown[]; url: string; 'dc:source': string; 'dc:description': string; 'dc:license': { '@id': string }; 'schema:citation': string[]; 'rdfs:comment': string; tableSchema: { columns: { name: string; titles: string; datatype: string }[] } };
      expect(metadata['@context'][0]).toBe('http://www.w3.org/ns/csvw');
      expect(metadata.url).toBe(csv.name);
      expect(metadata['dc:source']).toMatch(new RegExp(`[?&]${name}=`));
      expect(metadata['dc:description']).toBe(caption.replace(/\s+/g, ' '));
      expect(metadata['dc:license']['@id']).toMatch(/^https:\/\/creativecommons\.org\//);
      expect(metadata['schema:citation'][1]).toMatch(/^@misc\{ai45-(en|zh)-fig-/);
      expect(metadata['rdfs:comment']).toMatch(/decimal|小数/);
      expect(metadata.tableSchema.columns.map((column) => column.titles)).toEqual(rows[0]);
      metadata.tableSchema.columns.forEach((column, i) => {
        const values = rows.slice(1).map((row) => row[i]!);
        if (column.datatype === 'number') for (const value of values) expect(Number.isFinite(Number(value)), `${column.titles}: ${value}`).toBe(true);
        if (column.datatype === 'date') for (const value of values) expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (column.datatype === 'gYearMonth') for (const value of values) expect(value).toMatch(/^\d{4}-\d{2}$/);
        if (column.datatype === 'anyURI') for (const value of values) expect(value).toMatch(/^https?:\/\//);
      });
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
