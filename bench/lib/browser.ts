// Chromium as the end-to-end tests drive it (Debian's /usr/bin/chromium, the launch flags of
// playwright.config.ts, the desktop app's engine switches among them), with a profile on disk so that IndexedDB really writes to disk with
// strict durability, as the app's users' does.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import playwrightConfig, { chromiumArgs } from '../../playwright.config';
import { installProbes, KEEP_NAMES_HELPER, type ProbeMoment, type Probes } from './probes';
import { work } from './paths';

/**
 * `fresh: false` keeps what the profile holds (a library seeded before: see cold-start.ts).
 * `engineSwitches: false` leaves out the desktop app's Chromium switches (electron/engine-switches.ts):
 * the browser as a user of the web build has it.
 */
export async function launchBrowser({
  profileName = 'chromium-profile',
  fresh = true,
  engineSwitches = true,
} = {}): Promise<BrowserContext> {
  const profile = work(profileName);
  if (fresh) rmSync(profile, { recursive: true, force: true });
  const launch = playwrightConfig.use?.launchOptions ?? {};
  const context = await chromium.launchPersistentContext(profile, {
    ...launch,
    args: chromiumArgs({ engine: engineSwitches }),
    headless: true,
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  await context.addInitScript({ content: KEEP_NAMES_HELPER });
  await context.addInitScript(installProbes);
  return context;
}

export async function probes(page: Page): Promise<Probes> {
  return page.evaluate(() => window.__bench);
}

/**
 * Waits until a probe's moment is reached and returns it. Awaited through the DevTools protocol:
 * Playwright's own waiting (waitForFunction) first injects its helper script, some hundreds of
 * kilobytes, into the page, which was compiled and run in the middle of the start being measured.
 */
export async function waitForProbe(page: Page, name: ProbeMoment, timeoutMs = 60_000): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const expression = `Promise.race([window.__benchReached(${JSON.stringify(name)}), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), ${timeoutMs}))])`;
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`probe ${name} not reached within ${timeoutMs} ms: ${exceptionDetails.text}`);
    return result.value as number;
  } finally {
    await cdp.detach();
  }
}

/** Clears what the probes collected so far (before a measured stretch). */
export async function resetProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__bench.keydowns = [];
    window.__bench.writes = [];
    window.__bench.transactions = [];
    window.__bench.longTasks = [];
    window.__bench.saves = [];
  });
}

/** A memory figure for the page: the JS heap in use after a full garbage collection (MB). */
export async function heapUsedMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  return used / (1024 * 1024);
}
