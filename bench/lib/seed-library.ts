// Fills the app's IndexedDB in a browser profile with the bench's library (bench/web/seed.ts).
import type { BrowserContext } from '@playwright/test';

export async function seedLibrary(context: BrowserContext, siteUrl: string): Promise<{ drafts: number; ms: number }> {
  const helper = await context.newPage();
  await helper.goto(`${siteUrl}bench/seed.html`);
  await helper.waitForFunction(() => document.title === 'ready');
  const seeded = await helper.evaluate(() =>
    (window as unknown as { bench: { seed(): Promise<{ drafts: number; ms: number }> } }).bench.seed(),
  );
  await helper.close();
  return seeded;
}
