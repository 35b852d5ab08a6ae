// A first start as after a reboot or an update of the app: a new browser process whose profile
// holds the library but no cached code (HTTP cache and compiled-code cache emptied), and the
// app's first navigation in it.
import type { BrowserContext, Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, probes, waitForProbe } from './browser';
import { work } from './paths';
import { seedLibrary } from './seed-library';

const PROFILE = 'chromium-cold-profile';
/** What Chromium keeps of fetched and compiled code, per profile. */
const CACHES = ['Cache', 'Code Cache', 'GPUCache', 'DawnGraphiteCache', 'DawnWebGPUCache', 'Service Worker'];

export interface StartSample {
  /** Navigation to the probe's moment (ms). */
  at: number;
  /** Durations of the long tasks (> 50 ms) that began before that moment. */
  longTasks: number[];
}

/** Reads when `probe` was reached in `page`, and the long tasks on the way. */
export async function startSample(page: Page, probe: 'editableAt' | 'libraryAt'): Promise<StartSample> {
  const at = await waitForProbe(page, probe);
  const { longTasks } = await probes(page);
  return { at, longTasks: longTasks.filter((task) => task.start < at).map((task) => task.duration) };
}

/** A profile holding the bench's library, for the cold starts below. */
export async function seedColdProfile(siteUrl: string): Promise<void> {
  const context = await launchBrowser({ profileName: PROFILE });
  try {
    await seedLibrary(context, siteUrl);
  } finally {
    await context.close();
  }
}

/** A new browser on the seeded profile with its code caches emptied, as after a reboot or an update. */
export async function coldContext(): Promise<BrowserContext> {
  for (const cache of CACHES) rmSync(join(work(PROFILE), 'Default', cache), { recursive: true, force: true });
  return launchBrowser({ profileName: PROFILE, fresh: false });
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
