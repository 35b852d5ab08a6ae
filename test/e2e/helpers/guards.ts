// Every end-to-end test runs with these guards: any console error or uncaught page error fails
// the test, and so does any request that would leave this machine (the app must work offline).
import { test as base, expect, type Page } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

export interface Guarded {
  consoleErrors: string[];
  offHostRequests: string[];
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export const test = base.extend<{ guarded: Guarded }>({
  guarded: [
    async ({ page, context }, use) => {
      const guarded: Guarded = { consoleErrors: [], offHostRequests: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') guarded.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => guarded.consoleErrors.push(String(error)));
      // Abort, and record, anything addressed off this machine.
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (isLocal(url)) return route.continue();
        guarded.offHostRequests.push(url);
        return route.abort('blockedbyclient');
      });
      await use(guarded);
      expect(guarded.consoleErrors, 'console errors').toEqual([]);
      expect(guarded.offHostRequests, 'requests leaving 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page };
