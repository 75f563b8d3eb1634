/**
 * Prints what the search page shows first for a list of queries, on the built site served at
 * http://localhost:$PREVIEW_PORT (start `node scripts/serve.ts --port N` first). A tool for tuning
 * search (issue 28); the gate is e2e/search-golden.spec.ts.
 *
 *   PREVIEW_PORT=4428 node scripts/search-probe.ts zh 周伯文 算力 …
 */
import { chromium } from 'playwright-core';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser.ts';

const [lang = 'zh', ...queries] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const query of queries) {
  await page.goto(`${BASE_URL}/${lang}/search/?q=${encodeURIComponent(query)}`);
  try {
    await page.locator('[data-search-status]').filter({ hasText: /./ }).waitFor({ timeout: 15000 });
  } catch {}
  const rows = await page.locator('[data-search-results] li').evaluateAll((items) =>
    items.slice(0, 3).map((li) => `${li.querySelector('a')?.getAttribute('href')}  ${li.querySelector('p')?.textContent?.slice(0, 70)}`),
  );
  console.log(`\n${lang} «${query}» ${await page.locator('[data-search-status]').textContent()}`);
  for (const row of rows) console.log(`   ${row}`);
}
await browser.close();
