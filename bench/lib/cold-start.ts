// A first start as after a reboot or an update of the app: a new browser process whose profile
// holds the library but no cached code (HTTP cache and compiled-code cache emptied), and the
// app's first navigation in it.
import type { BrowserContext, Page } from '@playwright/test';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchBrowser, probes, waitForProbe } from './browser';
import { work } from './paths';
import type { Probes } from './probes';
import { seedLibrary } from './seed-library';

export const COLD_PROFILE = 'chromium-cold-profile';
/** What Chromium keeps of fetched and compiled code, per profile. */
const CACHES = ['Cache', 'Code Cache', 'GPUCache', 'DawnGraphiteCache', 'DawnWebGPUCache', 'Service Worker'];

export interface StartSample {
  /** Navigation to the probe's moment (ms). */
  at: number;
  /** Durations of the long tasks (> 50 ms) that began before that moment. */
  longTasks: number[];
}

/** The start that reached its moment at `at`, with the long tasks the probes saw begin before it. */
export const sampleAt = (at: number, { longTasks }: Probes): StartSample => ({
  at,
  longTasks: longTasks.filter((task) => task.start < at).map((task) => task.duration),
});

/** Reads when `probe` was reached in `page`, and the long tasks on the way. */
export async function startSample(page: Page, probe: 'editableAt' | 'libraryAt'): Promise<StartSample> {
  const at = await waitForProbe(page, probe);
  return sampleAt(at, await probes(page));
}

/** The profile's IndexedDB files as names and sizes: they change while LevelDB compacts. */
function storageFiles(): string {
  const root = join(work(COLD_PROFILE), 'Default', 'IndexedDB');
  if (!existsSync(root)) return '';
  // A file listed can be gone by the time it is looked at (compaction deletes it): that is a change too.
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((file) => `${file}:${statSync(join(root, file), { throwIfNoEntry: false })?.size ?? 'gone'}`)
    .join('\n');
}

/** Waits until the profile's IndexedDB files have stayed the same for `quietMs` (at most `limitMs`). */
async function storageSettled(quietMs = 3000, limitMs = 60_000): Promise<void> {
  const started = Date.now();
  let files = storageFiles();
  let sameSince = started;
  while (Date.now() - sameSince < quietMs && Date.now() - started < limitMs) {
    await sleep(250);
    const now = storageFiles();
    if (now !== files) [files, sameSince] = [now, Date.now()];
  }
}

/**
 * A profile holding the bench's library, for the cold starts below, settled as a user's is: writing
 * a thousand drafts at once leaves LevelDB compacting for seconds after, and again when the app
 * first opens them, which in traces took 350 ms of CPU from the start measured. So the browser
 * stays open until that is done, then the app is opened once, unmeasured, and again waited for.
 */
export async function seedColdProfile(siteUrl: string): Promise<void> {
  const seeding = await launchBrowser({ profileName: COLD_PROFILE });
  try {
    await seedLibrary(seeding, siteUrl);
    await storageSettled();
  } finally {
    await seeding.close();
  }
  const first = await launchBrowser({ profileName: COLD_PROFILE, fresh: false });
  try {
    const page = await first.newPage();
    await page.goto(siteUrl);
    await waitForProbe(page, 'libraryAt');
    await storageSettled();
  } finally {
    await first.close();
  }
}

/** Empties the seeded profile's caches of fetched and compiled code, as a reboot or an update does. */
export function emptyCodeCaches(): void {
  // Retried: a browser just closed may still be finishing its writes there.
  for (const cache of CACHES)
    rmSync(join(work(COLD_PROFILE), 'Default', cache), {
      recursive: true,
      force: true,
      maxRetries: 10,
      retryDelay: 100,
    });
}

/** A new browser on the seeded profile with its code caches emptied, as after a reboot or an update. */
export async function coldContext(): Promise<BrowserContext> {
  emptyCodeCaches();
  return launchBrowser({ profileName: COLD_PROFILE, fresh: false });
}

export async function coldStart(url: string, probe: 'editableAt' | 'libraryAt'): Promise<StartSample> {
  const context = await coldContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await startSample(page, probe);
  } finally {
    await context.close();
  }
}
