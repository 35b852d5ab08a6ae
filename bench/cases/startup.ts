// App start with 1,000 drafts in the library: from navigation to the large draft's Norm 7 shown
// in an editable editor (painted), against 500 ms; and, for comparison, to the library listing
// its drafts. Each start is a new tab of the same browser (the user's profile, its caches warm).
import type { BrowserContext } from '@playwright/test';
import { waitForProbe } from '../lib/browser';
import { median, type Result } from '../lib/stats';
import { MIDDLE_NORM_SECTION, openSection, sectionUrl } from './pages';

const RUNS = 7;
const BAR_MS = 500;

export async function startupCases(context: BrowserContext, site: string): Promise<Result[]> {
  const toDraft: number[] = [];
  const toLibrary: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const { page, editableAtMs } = await openSection(context, sectionUrl(site, MIDDLE_NORM_SECTION));
    await page.close();
    const library = await context.newPage();
    await library.goto(site);
    const libraryAtMs = await waitForProbe(library, 'libraryAt');
    await library.close();
    // The first start fills the browser's caches (code, compiled scripts): not counted.
    if (i === 0) continue;
    toDraft.push(editableAtMs);
    toLibrary.push(libraryAtMs);
  }
  return [
    { name: 'startup', ours: median(toDraft), baseline: BAR_MS, unit: 'ms', maxRatio: 1, strict: true },
    { name: 'startup-library', ours: median(toLibrary), baseline: BAR_MS, unit: 'ms', maxRatio: 1, strict: true },
  ];
}
