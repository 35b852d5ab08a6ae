// Full-text search across the 1,000 drafts, as the user sees it: from the moment the library
// starts searching (after its short typing pause) to the results painted. Against a target
// (50 ms), and against a baseline measured in the same run: the simplest search over the same
// rows, a plain IndexedDB scan with no index (bench/web/seed.ts), which must find the same drafts.
import type { BrowserContext, Page } from '@playwright/test';
import { waitForProbe } from '../lib/browser';
import { median, percentile, type Result } from '../lib/stats';
import { TOPICS } from '../web/library';

const BAR_MS = 50;
/** Rare words (in about one draft in forty), a submitter, a word's beginning, two-word queries. */
const QUERIES = [...TOPICS.slice(0, 8), 'Mockovia', 'quant', 'ransomware cooperation', 'elections points'];

interface Timing {
  inputAt: number;
  paintedAt: number;
}

type Found = { ms: number; ids: string[] };
type Helper = { bench: { search(query: string): Promise<Found>; plainScan(query: string): Promise<Found> } };

/**
 * Types a query into the search box; resolves with when it was typed and when the list first
 * showed the query's results (the drafts `expected`), painted. Until then the library may still
 * show the previous search's results.
 */
async function searchOnce(page: Page, query: string, expected: string[]): Promise<Timing> {
  await page.evaluate((ids) => {
    const wanted = ids
      .map((id) => `#/draft/${encodeURIComponent(id)}`)
      .sort()
      .join(' ');
    const state = window as unknown as { __search: Partial<Timing> };
    state.__search = {};
    const box = document.querySelector<HTMLInputElement>('main input[type="search"]')!;
    box.addEventListener('input', () => void (state.__search.inputAt = performance.now()), { once: true });
    const list = document.querySelector('main .draft-list')!;
    const parent = list.parentElement!;
    const observer = new MutationObserver(() => {
      const links = document.querySelectorAll<HTMLAnchorElement>('main .draft-list > li .draft-card-title a');
      if (links.length !== ids.length || state.__search.inputAt === undefined) return;
      if (
        [...links]
          .map((link) => link.getAttribute('href'))
          .sort()
          .join(' ') !== wanted
      )
        return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => void (state.__search.paintedAt = performance.now());
        channel.port2.postMessage(null);
      });
    });
    observer.observe(list, { childList: true });
    observer.observe(parent, { childList: true });
  }, expected);
  await page.locator('main input[type="search"]').fill(query);
  const handle = await page.waitForFunction(
    () => {
      const timing = (window as unknown as { __search: Partial<Timing> }).__search;
      return timing.paintedAt !== undefined && timing;
    },
    null,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as Timing;
}

export async function librarySearchCases(context: BrowserContext, site: string): Promise<Result[]> {
  // What each query finds, and the storage search alone, from the helper page (same database).
  const helper = await context.newPage();
  await helper.goto(`${site}bench/seed.html`);
  await helper.waitForFunction(() => document.title === 'ready');
  const expected = new Map<string, string[]>();
  const direct: number[] = [];
  const scans: number[] = [];
  for (const [index, query] of QUERIES.entries()) {
    const found = await helper.evaluate((q) => (window as unknown as Helper).bench.search(q), query);
    const scanned = await helper.evaluate((q) => (window as unknown as Helper).bench.plainScan(q), query);
    if ([...scanned.ids].sort().join() !== [...found.ids].sort().join())
      throw new Error(`the plain scan for "${query}" found other drafts than the app's search`);
    expected.set(query, found.ids);
    direct.push(found.ms);
    if (index > 0) scans.push(scanned.ms); // the first scan warms the code up, as the first search does
  }
  await helper.close();

  const page = await context.newPage();
  await page.goto(site);
  await waitForProbe(page, 'libraryAt');
  const times: number[] = [];
  for (const [index, query] of QUERIES.entries()) {
    const found = expected.get(query)!;
    if (found.length === 0 || found.length >= 1000)
      throw new Error(`the query "${query}" should find some drafts, not ${found.length}`);
    const { inputAt, paintedAt } = await searchOnce(page, query, found);
    // The search starts when the library reads IndexedDB after the query was typed.
    const started = await page.evaluate(
      (after) => window.__bench.transactions.find((t) => t.start > after)?.start ?? null,
      inputAt,
    );
    if (started === null || started > paintedAt)
      throw new Error(`library search for "${query}" did not read the library`);
    if (index > 0) times.push(paintedAt - started); // the first search warms the code up
    await page.locator('main input[type="search"]').fill('');
    await page.waitForFunction(() => document.querySelectorAll('main .draft-list > li').length >= 1000, null, {
      timeout: 30_000,
    });
  }
  await page.close();
  console.log(
    `INFO library-search: storage search re-reading all 1,000 rows (no UI) median ${median(direct).toFixed(1)} ms; plain scan (no index) median ${median(scans).toFixed(1)} ms; search+paint p95 ${percentile(times, 95).toFixed(1)} ms; drafts found ${[...expected.values()].map((ids) => ids.length).join(', ')}`,
  );
  return [
    { name: 'library-search', ours: median(times), baseline: BAR_MS, unit: 'ms', maxRatio: 1, strict: true },
    {
      name: 'library-search-vs-scan',
      ours: median(times),
      baseline: median(scans),
      measured: true,
      unit: 'ms',
      maxRatio: 1,
    },
  ];
}
