// npx tsx bench/profile-code-cache.ts [starts] [--no-build]: whether the app's start-up modules
// are compiled from source or read from V8's code cache, with the desktop app's engine switches
// (electron/engine-switches.ts) and without them (Chromium's defaults). Builds and seeds as
// `npm run bench` does, then opens Norm 7 of the large draft in new tabs of one warm browser,
// each start under a trace, and prints per start: the modules compiled, how many of them V8
// took from its code cache, and the wall-clock time to the editable section. A browser caches a
// script's code from its second load on, so the first two starts compile from source anyway.
import type { BrowserContext } from '@playwright/test';
import { buildWeb } from './lib/build';
import { launchBrowser, waitForProbe } from './lib/browser';
import { seedLibrary } from './lib/seed-library';
import { serveApp } from './lib/server';
import { recordTrace } from './lib/trace';
import { MIDDLE_NORM_SECTION, sectionUrl } from './cases/pages';

interface TraceEvent {
  name: string;
  args?: { data?: { url?: string; consumedCacheSize?: number } };
}

interface Start {
  editableAt: number;
  modules: number;
  fromCache: number;
}

async function tracedStart(context: BrowserContext, url: string): Promise<Start> {
  const page = await context.newPage();
  const { result: editableAt, events } = await recordTrace<number, TraceEvent>(page, ['v8'], async () => {
    await page.goto(url);
    return waitForProbe(page, 'editableAt');
  });
  await page.close();
  const compiled = events.filter((event) => event.name === 'v8.compileModule');
  return {
    editableAt,
    modules: compiled.length,
    fromCache: compiled.filter((event) => (event.args?.data?.consumedCacheSize ?? 0) > 0).length,
  };
}

const starts = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 5);
if (!process.argv.includes('--no-build')) await buildWeb();
const site = await serveApp();
try {
  for (const engineSwitches of [true, false]) {
    const context = await launchBrowser({ engineSwitches });
    try {
      await seedLibrary(context, site.url);
      const url = sectionUrl(site.url, MIDDLE_NORM_SECTION);
      console.log(engineSwitches ? "With the desktop app's engine switches:" : "With Chromium's defaults:");
      for (let i = 1; i <= starts; i++) {
        const { editableAt, modules, fromCache } = await tracedStart(context, url);
        console.log(
          `  start ${i}: ${modules} modules compiled, ${fromCache} of them from the code cache; editable at ${editableAt.toFixed(0)} ms`,
        );
      }
    } finally {
      await context.close();
    }
  }
} finally {
  await site.close();
}
