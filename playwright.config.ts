// End-to-end tests drive the built web page in Chromium. Here that is Debian's Chromium;
// on a laptop with Playwright's own browser, set PW_CHROMIUM_PATH to empty to use it.
import { defineConfig } from '@playwright/test';
import { DISABLED_FEATURES } from './electron/engine-switches';

const executablePath = process.env.PW_CHROMIUM_PATH ?? '/usr/bin/chromium';
// PW_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.PW_PORT ?? 4173);

// The browser's own windows, which the desktop app has none of: the address bar's popups, whose
// pages Chromium builds as it starts, took a core for about a second (traced), in the middle of
// the starts the bench measures and of the first tests.
const BROWSER_WINDOW_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * The tests' and the bench's Chromium switches; `engine: false` leaves out the desktop app's
 * engine switches (electron/engine-switches.ts), as a user of the web build has them. Chromium
 * keeps only the last --disable-features it is given, so both lists go in one.
 */
export function chromiumArgs({ engine = true } = {}): string[] {
  const disabled = [...(engine ? DISABLED_FEATURES : []), ...BROWSER_WINDOW_FEATURES];
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--disable-features=${disabled.join(',')}`,
  ];
}

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-GB',
    launchOptions: {
      executablePath: executablePath || undefined,
      args: chromiumArgs(),
    },
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
