/**
 * How the tests and scripts reach a browser: Debian's Chromium (Playwright's
 * own download is not available here), with the flags that keep it off the
 * network and let it run as root.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) or set CHROME_PATH.`);
  }
}

/** The port `astro preview` serves the built site on during tests. */
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4321);
export const BASE_URL = `http://localhost:${PREVIEW_PORT}`;
