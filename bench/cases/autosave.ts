// Saving as the user types in the large draft: how long each save takes (from the autosaver
// starting it to IndexedDB confirming it durable), and what it writes: it must rewrite only the
// edited section's row (and the draft's small summary row), never the other sections. Against a
// target (well within the 600 ms typing pause) and against a baseline measured in the same run:
// a bare Dexie write of the same section row, durable as the app's (bench/web/seed.ts).
import type { BrowserContext, Page } from '@playwright/test';
import { probes, resetProbes } from '../lib/browser';
import { median, percentile, type Result } from '../lib/stats';
import { caretInMiddle, MIDDLE_NORM_SECTION, openSection, proseKeys, sectionUrl } from './pages';
import { LARGE_DRAFT_ID } from '../web/library';

const SAVES = 20;
/** The autosaver writes after this quiet time; a save must be done well within it. */
const QUIET_MS = 600;

async function saved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-save-state]')?.getAttribute('data-save-state') === 'saved',
    null,
    { timeout: 30_000 },
  );
}

/** The same section row written back bare, SAVES times, from the bench's helper page. */
async function bareWrites(context: BrowserContext, site: string): Promise<number[]> {
  const helper = await context.newPage();
  await helper.goto(`${site}bench/seed.html`);
  await helper.waitForFunction(() => document.title === 'ready');
  const times: number[] = [];
  for (let i = 0; i <= SAVES; i++) {
    const ms = await helper.evaluate(
      ([draftId, sectionId]) =>
        (window as unknown as { bench: { bareWrite(d: string, s: string): Promise<number> } }).bench.bareWrite(
          draftId!,
          sectionId!,
        ),
      [LARGE_DRAFT_ID, MIDDLE_NORM_SECTION],
    );
    if (i > 0) times.push(ms); // the first write opens the database
  }
  await helper.close();
  return times;
}

export async function autosaveCases(context: BrowserContext, site: string): Promise<Result[]> {
  const { page } = await openSection(context, sectionUrl(site, MIDDLE_NORM_SECTION));
  await caretInMiddle(page);
  await resetProbes(page);
  for (let i = 0; i < SAVES; i++) {
    for (const key of proseKeys(8)) await page.keyboard.press(key);
    await saved(page);
  }
  const { writes, longTasks, saves: durations } = await probes(page);
  await page.close();
  if (durations.length === 0)
    throw new Error('the autosaver reported no saves (performance.measure "drafter:autosave")');

  // Rows written, by table; the section rows must all be the edited section's.
  const byStore = new Map<string, number>();
  for (const write of writes) byStore.set(write.store, (byStore.get(write.store) ?? 0) + 1);
  const sectionKeys = new Set(writes.filter((w) => w.store === 'sections').map((w) => w.key));
  const expectedKey = JSON.stringify([LARGE_DRAFT_ID, MIDDLE_NORM_SECTION]);
  const onlyEdited = sectionKeys.size === 1 && sectionKeys.has(expectedKey);
  const perSave = [...byStore].map(([store, n]) => `${store} ${(n / durations.length).toFixed(2)}`).join(', ');
  console.log(
    `INFO autosave: ${durations.length} saves, median ${median(durations).toFixed(1)} ms; rows written per save: ${perSave}; section rows written: ${[...sectionKeys].join(' ')} (${onlyEdited ? 'only the edited section' : 'NOT only the edited section'}); ${longTasks.length} long tasks`,
  );
  if (!onlyEdited)
    throw new Error(`autosave wrote other section rows than ${expectedKey}: ${[...sectionKeys].join(', ')}`);
  const bare = await bareWrites(context, site);
  console.log(
    `INFO autosave: a bare Dexie write of the same row, median ${median(bare).toFixed(1)} ms, p95 ${percentile(bare, 95).toFixed(1)} ms`,
  );
  return [
    { name: 'autosave', ours: percentile(durations, 95), baseline: QUIET_MS, unit: 'ms', maxRatio: 1 },
    {
      name: 'autosave-vs-bare-write',
      ours: percentile(durations, 95),
      baseline: percentile(bare, 95),
      measured: true,
      unit: 'ms',
    },
    {
      name: 'autosave-rows-per-save',
      ours: (byStore.get('sections') ?? 0) / durations.length,
      baseline: 1,
      unit: '',
      maxRatio: 1,
    },
  ];
}
