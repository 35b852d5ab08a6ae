// Chromium started by the test itself, with a persistent profile, so that it can be killed
// outright (SIGKILL, like a power cut or a crash) and started again on the same profile.
// Playwright connects to it over the DevTools protocol.
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';

/** The same switches as playwright.config.ts. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface Killable {
  browser: Browser;
  page: Page;
  process: ChildProcess;
}

export async function launchKillable(executablePath: string, profile: string): Promise<Killable> {
  const proc = spawn(executablePath, ['--headless=new', `--user-data-dir=${profile}`, '--remote-debugging-port=0', ...FLAGS, 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    // Keep reading stderr for the life of the process, so a full pipe never blocks Chromium.
    proc.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    proc.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before it could be driven: ${output.slice(-500)}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  return { browser, page, process: proc };
}

/** SIGKILL to Chromium's whole process group: nothing gets to flush or shut down cleanly. */
export async function killHard(target: Killable): Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (target.process.exitCode !== null || target.process.signalCode !== null) resolve();
    else target.process.once('exit', () => resolve());
  });
  process.kill(-target.process.pid!, 'SIGKILL');
  await exited;
  await target.browser.close().catch(() => undefined);
}
