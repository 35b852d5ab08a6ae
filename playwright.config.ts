// End-to-end tests drive the built web page in Chromium. Here that is Debian's Chromium;
// on a laptop with Playwright's own browser, set PW_CHROMIUM_PATH to empty to use it.
import { defineConfig } from '@playwright/test';
import { ENGINE_ARGS } from './electron/engine-switches';

const executablePath = process.env.PW_CHROMIUM_PATH ?? '/usr/bin/chromium';
// PW_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.PW_PORT ?? 4173);

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
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // The switches the desktop app's renderer runs with.
        ...ENGINE_ARGS,
      ],
    },
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
