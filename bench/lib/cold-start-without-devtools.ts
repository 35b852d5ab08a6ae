// A cold start as the desktop app makes it: no DevTools client attached while the page loads.
// Playwright drives its browser through DevTools, and an attached client makes V8 record every
// Error's stack with source positions: React creates five Errors as its module loads, and V8 then
// parses its whole chunk again (a task of 50-70 ms seen in traces of the bench's own starts, never
// in the app's). Here Chromium is started by hand with the app's address on its command line, its
// DevTools port open but unused; the bench connects once the probe's moment has passed and reads
// what the page's probes (served in the page: server.ts) recorded on their own.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { probes } from './browser';
import { COLD_PROFILE, emptyCodeCaches, type StartSample } from './cold-start';
import { work } from './paths';
import { withProbes } from './server';

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

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
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
  const launch = playwrightConfig.use?.launchOptions ?? {};
  const child = spawn(
    launch.executablePath ?? 'chromium',
    [
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--window-size=1280,900',
      '--lang=en-GB',
      ...(launch.args ?? []),
      withProbes(url),
    ],
    { stdio: 'ignore' },
  );
  try {
    const port = await devToolsPort(profile);
    await sleep(LEFT_ALONE_MS);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    try {
      const page = browser
        .contexts()
        .flatMap((context) => context.pages())
        .find((candidate) => candidate.url().includes('bench-probes'));
      if (!page) throw new Error('the app’s page is not open');
      const { editableAt, libraryAt, longTasks } = await probes(page);
      const at = probe === 'editableAt' ? editableAt : libraryAt;
      // Not reached while the page was left alone: the start was not measured without DevTools.
      if (at === null || at < 0) throw new Error(`${probe} not reached within ${LEFT_ALONE_MS} ms`);
      return { at, longTasks: longTasks.filter((task) => task.start < at).map((task) => task.duration) };
    } finally {
      await browser.close();
    }
  } finally {
    await stop(child);
  }
}
