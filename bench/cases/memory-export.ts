// In the browser: the renderer's memory with the large draft open (JS heap after a full
// garbage collection, against the same with a 1,500-word draft of the library open), and the
// in-app export of the large draft (read from IndexedDB, written in a fresh export worker).
import type { BrowserContext } from '@playwright/test';
import { heapUsedMb } from '../lib/browser';
import { median, type Result } from '../lib/stats';
import { MIDDLE_NORM_SECTION, openSection, sectionUrl } from './pages';

const EXPORT_RUNS = 5;
const EXPORT_BAR_MS = 1000;

export async function rendererMemoryCase(context: BrowserContext, site: string): Promise<Result> {
  const large = await openSection(context, sectionUrl(site, MIDDLE_NORM_SECTION));
  const largeMb = await heapUsedMb(large.page);
  await large.page.close();
  const small = await openSection(context, sectionUrl(site, MIDDLE_NORM_SECTION, 'bench-0000'));
  const smallMb = await heapUsedMb(small.page);
  await small.page.close();
  return { name: 'renderer-memory', ours: largeMb, baseline: smallMb, measured: true, unit: 'MB' };
}

export async function inAppExportCase(context: BrowserContext, site: string): Promise<Result> {
  const page = await context.newPage();
  await page.goto(`${site}bench/seed.html`);
  await page.waitForFunction(() => document.title === 'ready');
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i <= EXPORT_RUNS; i++) {
    const run = await page.evaluate(() =>
      (
        window as unknown as { bench: { exportInWorker(): Promise<{ ms: number; bytes: number }> } }
      ).bench.exportInWorker(),
    );
    bytes = run.bytes;
    if (i === 0) console.log(`INFO docx-export-in-app: first export of the session ${run.ms.toFixed(0)} ms`);
    else times.push(run.ms); // the first run compiles the worker's code
  }
  await page.close();
  console.log(`INFO docx-export-in-app: ${(bytes / 1024).toFixed(0)} KB written`);
  return {
    name: 'docx-export-in-app',
    ours: median(times),
    baseline: EXPORT_BAR_MS,
    unit: 'ms',
    maxRatio: 1,
    strict: true,
  };
}
