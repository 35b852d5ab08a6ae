// App start with 1,000 drafts in the library, to the large draft's Norm 7 shown in an editable
// editor and painted (the probe's editableAt: navigation start to the frame after the editor
// holds its text):
// - warm: a new tab of the same browser (the user's profile, HTTP and compiled-code caches warm),
//   against a fixed 300 ms;
// - cold: a new browser process on a profile holding the library (settled: see cold-start.ts)
//   but with its HTTP and code caches emptied, its first navigation, against a fixed 500 ms;
// both served as the desktop app reads its files, uncompressed (bench/lib/server.ts);
// - the longest task (PerformanceObserver 'longtask', i.e. over 50 ms) on the way, against 50 ms
//   (0 when there was none): in the warm starts and in cold starts made as the desktop app makes
//   them, with no DevTools client attached while the page loads (cold-start-without-devtools.ts);
//   the cold starts Playwright drives are printed beside them, for comparison;
// and, for comparison, warm to the library listing its drafts, against 500 ms. A long section
// opens with its first screen of blocks and takes the rest in short tasks after that frame: how
// long until the whole of Norm 7 is in is printed beside the warm figure (no target).
import type { BrowserContext } from '@playwright/test';
import { bundleSize } from '../lib/bundle-size';
import { coldStart, seedColdProfile, startSample, type StartSample } from '../lib/cold-start';
import { coldStartWithoutDevTools } from '../lib/cold-start-without-devtools';
import { waitForProbe } from '../lib/browser';
import { median, type Result } from '../lib/stats';
import { MIDDLE_NORM_SECTION, sectionUrl } from './pages';

const WARM_RUNS = 7;
const COLD_RUNS = 5;
const WARM_MS = 300;
const COLD_MS = 500;
const LIBRARY_MS = 500;
const LONG_TASK_MS = 50;

async function warmStarts(
  context: BrowserContext,
  site: string,
): Promise<{ toDraft: StartSample[]; toLibrary: StartSample[]; whole: number[] }> {
  const toDraft: StartSample[] = [];
  const toLibrary: StartSample[] = [];
  const whole: number[] = [];
  for (let i = 0; i <= WARM_RUNS; i++) {
    const draft = await context.newPage();
    await draft.goto(sectionUrl(site, MIDDLE_NORM_SECTION));
    const draftSample = await startSample(draft, 'editableAt');
    const wholeAt = await waitForProbe(draft, 'sectionLoadedAt');
    await draft.close();
    const library = await context.newPage();
    await library.goto(site);
    const librarySample = await startSample(library, 'libraryAt');
    await library.close();
    // The first start fills the browser's caches (code, compiled scripts): not counted.
    if (i === 0) continue;
    toDraft.push(draftSample);
    toLibrary.push(librarySample);
    whole.push(wholeAt);
  }
  return { toDraft, toLibrary, whole };
}

function longTaskInfo(name: string, samples: StartSample[]): void {
  const counts = samples.map((sample) => sample.longTasks.length);
  const durations = samples.flatMap((sample) => sample.longTasks.map((ms) => ms.toFixed(0)));
  console.log(
    `INFO ${name}: ${samples.map((s) => s.at.toFixed(0)).join(', ')} ms; long tasks (>50 ms) on the way per start: ${counts.join(', ')}${durations.length ? ` (${durations.join(', ')} ms)` : ''}`,
  );
}

export async function startupCases(context: BrowserContext, site: string): Promise<Result[]> {
  const size = bundleSize();
  console.log(
    `INFO start-up code: ${size.startupKb.toFixed(0)} kB in ${size.startupFiles} files before the first screen, of ${size.allKb.toFixed(0)} kB in ${size.allFiles} files (the rest loads when first used)`,
  );
  console.log(
    `INFO startup method: navigation start to the painted frame after Norm 7's editor holds its text (1,000 drafts stored); warm = new tab of a warm browser, median of ${WARM_RUNS}, fixed target ${WARM_MS} ms; cold = new browser process, HTTP and code caches emptied, first navigation, median of ${COLD_RUNS}, on a profile whose stored library LevelDB has finished compacting; files served uncompressed, as the desktop app reads them, fixed target ${COLD_MS} ms; longest task = PerformanceObserver longtask before that frame, in the warm starts and in ${COLD_RUNS} more cold starts with no DevTools client attached while the page loads (Chromium started by hand with Playwright's switches, the page opened through the DevTools port's HTTP interface, probes served in the page and read afterwards), as the desktop app runs, fixed target ${LONG_TASK_MS} ms`,
  );
  const warm = await warmStarts(context, site);
  await seedColdProfile(site);
  const cold: StartSample[] = [];
  const undriven: StartSample[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    cold.push(await coldStart(sectionUrl(site, MIDDLE_NORM_SECTION), 'editableAt'));
    undriven.push(await coldStartWithoutDevTools(sectionUrl(site, MIDDLE_NORM_SECTION), 'editableAt'));
  }
  longTaskInfo('startup-warm', warm.toDraft);
  console.log(
    `INFO startup-warm, the whole of Norm 7 in the editor and painted: ${warm.whole.map((ms) => ms.toFixed(0)).join(', ')} ms, median ${median(warm.whole).toFixed(0)} ms`,
  );
  longTaskInfo('startup-cold, driven by Playwright (DevTools attached)', cold);
  longTaskInfo('startup-cold, no DevTools client while loading', undriven);
  const longest = Math.max(0, ...[...warm.toDraft, ...undriven].flatMap((sample) => sample.longTasks));
  const at = (samples: StartSample[]) => median(samples.map((sample) => sample.at));
  return [
    { name: 'startup-warm', ours: at(warm.toDraft), baseline: WARM_MS, unit: 'ms', maxRatio: 1 },
    { name: 'startup-cold', ours: at(cold), baseline: COLD_MS, unit: 'ms', maxRatio: 1 },
    { name: 'startup-longest-task', ours: longest, baseline: LONG_TASK_MS, unit: 'ms', maxRatio: 1 },
    { name: 'startup-library', ours: at(warm.toLibrary), baseline: LIBRARY_MS, unit: 'ms', maxRatio: 1, strict: true },
  ];
}
