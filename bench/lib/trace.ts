// What Chrome records while `run` works in a page: the events of a DevTools trace of the given
// categories, collected as the trace ends. The one way the bench and its profiling scripts trace.
import type { Page } from '@playwright/test';

export async function recordTrace<T, E = unknown>(
  page: Page,
  categories: readonly string[],
  run: () => Promise<T>,
): Promise<{ result: T; events: E[] }> {
  const cdp = await page.context().newCDPSession(page);
  const events: E[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as E[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...categories] },
  });
  try {
    const result = await run();
    return { result, events };
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
}
