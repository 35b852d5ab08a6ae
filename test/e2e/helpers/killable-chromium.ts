// Chromium started by the test itself, with a persistent profile, so that it can be killed
// outright (SIGKILL, like a power cut or a crash) and started again on the same profile.
// Playwright connects to it over the DevTools protocol.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs } from '../../../playwright.config';

export interface Killable {
  browser: Browser;
  page: Page;
  process: ChildProcess;
  profile: string;
}

export async function launchKillable(executablePath: string, profile: string): Promise<Killable> {
  // detached: Chromium leads its own process group, so that one signal reaches every process it starts.
  const proc = spawn(
    executablePath,
    ['--headless=new', `--user-data-dir=${profile}`, '--remote-debugging-port=0', ...chromiumArgs(), 'about:blank'],
    {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    // Keep reading stderr for the life of the process, so a full pipe never blocks Chromium.
    proc.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    proc.on('exit', (code) =>
      reject(new Error(`Chromium exited (${code}) before it could be driven: ${output.slice(-500)}`)),
    );
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  return { browser, page, process: proc, profile };
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

/** Ends the test's Chromium, if it still runs: the whole process group, killed outright. */
export async function endGroup(target: Killable | undefined): Promise<void> {
  if (!target) return;
  await target.browser.close().catch(() => undefined);
  try {
    process.kill(-target.process.pid!, 'SIGKILL');
  } catch {
    // ESRCH: the group has already ended.
  }
  for (let wait = 0; wait < 50 && processesLeft(target).length > 0; wait++)
    await new Promise((resolve) => setTimeout(resolve, 100));
}

/**
 * Processes still alive from this Chromium (pid and command line): those in its process group,
 * and any other whose command line names its profile folder. Zombies (already ended, waiting for
 * their parent to read their status) hold nothing and are not counted.
 */
export function processesLeft(target: Killable): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    let command: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      continue; // ended meanwhile
    }
    // "pid (name) state ppid pgrp ...": the name may hold spaces and parentheses.
    const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state === 'Z') continue;
    if (Number(group) === target.process.pid || command.includes(target.profile))
      found.push(`${pid}: ${command.slice(0, 120)}`);
  }
  return found;
}
