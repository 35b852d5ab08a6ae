// A cold start as the desktop app makes it: no DevTools client attached while the page loads.
// Playwright drives its browser through DevTools, and an attached client makes V8 record every
// Error's stack with source positions: React creates five Errors as its module loads, and V8 then
// parses its whole chunk again (a task of 50-70 ms seen in traces of the bench's own starts, never
// in the app's). Here Chromium is started by hand, with the very switches Playwright starts it
// with (read from a browser Playwright starts, below) and its DevTools port open; once it is up,
// the app's page is opened in a new tab through the port's HTTP interface, which attaches no
// client to it, as the desktop app's window loads its page once Electron is ready. The bench
// connects once the probe's moment has passed and reads what the page's probes (served in the
// page: server.ts) recorded on their own. So the two kinds of start differ in the DevTools client.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { probes } from './browser';
import { COLD_PROFILE, emptyCodeCaches, sampleAt, type StartSample } from './cold-start';
import { work } from './paths';
import { PROBES_QUERY, withProbes } from './server';

let switches: Promise<string[]> | null = null;

/**
 * The switches Playwright starts Chromium with for the bench (playwright.config.ts's and its own),
 * without its DevTools pipe and its profile.
 */
function playwrightSwitches(): Promise<string[]> {
  switches ??= (async () => {
    const server = await chromium.launchServer({ ...playwrightConfig.use?.launchOptions, headless: true });
    const args = server.process().spawnargs.slice(1);
    await server.close();
    return args.filter(
      (arg) => arg.startsWith('--') && arg !== '--remote-debugging-pipe' && !arg.startsWith('--user-data-dir='),
    );
  })();
  return switches;
}

/** Longer than any start measured so far (about half a second): the page is left alone this long. */
const LEFT_ALONE_MS = 4000;

async function devToolsPort(profile: string, limitMs = 20_000): Promise<number> {
  const file = join(profile, 'DevToolsActivePort');
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (existsSync(file)) {
      const port = Number(readFileSync(file, 'utf8').split('\n')[0]);
      if (port > 0) return port;
    }
    await sleep(50);
  }
  throw new Error('Chromium did not open its DevTools port');
}

/** Waits for the browser to exit (it was asked to close), or ends it. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if ((await Promise.race([exited, sleep(10_000, 'late')])) !== 'late') return;
  child.kill('SIGTERM');
  if ((await Promise.race([exited, sleep(5000, 'late')])) === 'late') {
    child.kill('SIGKILL');
    await exited;
  }
}

export async function coldStartWithoutDevTools(url: string, probe: 'editableAt' | 'libraryAt'): Promise<StartSample> {
  emptyCodeCaches();
  const profile = work(COLD_PROFILE);
  rmSync(join(profile, 'DevToolsActivePort'), { force: true });
  const executable = playwrightConfig.use?.launchOptions?.executablePath ?? 'chromium';
  const child = spawn(
    executable,
    [
      ...(await playwrightSwitches()),
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--window-size=1280,900',
      '--lang=en-GB',
    ],
    { stdio: 'ignore' },
  );
  try {
    const port = await devToolsPort(profile);
    const opened = await fetch(`http://127.0.0.1:${port}/json/new?${encodeURIComponent(withProbes(url))}`, {
      method: 'PUT',
    });
    if (!opened.ok) throw new Error(`Chromium did not open the page: ${opened.status}`);
    await sleep(LEFT_ALONE_MS);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    try {
      const page = browser
        .contexts()
        .flatMap((context) => context.pages())
        .find((candidate) => candidate.url().includes(PROBES_QUERY));
      if (!page) throw new Error('the app’s page is not open');
      const probed = await probes(page);
      const at = probed[probe];
      // Not reached while the page was left alone: the start was not measured without DevTools.
      if (at === null || at < 0) throw new Error(`${probe} not reached within ${LEFT_ALONE_MS} ms`);
      return sampleAt(at, probed);
    } finally {
      // Shut down by the browser itself, so its helper processes have finished their writes to
      // the profile when it exits (a signal left the network process writing the HTTP cache).
      const session = await browser.newBrowserCDPSession();
      await session.send('Browser.close').catch(() => undefined);
      await browser.close();
    }
  } finally {
    await stop(child);
  }
}
