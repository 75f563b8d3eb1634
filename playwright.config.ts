import { defineConfig } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, PREVIEW_PORT } from './e2e/browser';

/** End-to-end gates against the built site (run `npm run build` first; `npm test` does). */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous limits: they catch a hung test, never a slow machine (nothing here is a speed gate).
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    // Serves dist/ as a real host would: its _headers applied, 404.html with status 404.
    command: `node scripts/serve.ts --port ${PREVIEW_PORT} --host localhost`,
    url: `${BASE_URL}/en/`,
    // npm test starts one preview server for Playwright and Lighthouse alike.
    reuseExistingServer: true,
    timeout: 60_000,
  },
});
