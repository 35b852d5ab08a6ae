// Typing in a norm section of the 60,000-word draft: keystroke to the next painted frame, p95
// over 300 keystrokes, against one 60 Hz frame. Three ways: plain prose in Norm 7; footnotes
// inserted in Norm 2 (each insertion renumbers the footnotes after it) with text typed into
// them and around them; and plain prose with the Arabic interface (right to left).
import type { BrowserContext, Page } from '@playwright/test';
import { probes } from '../lib/browser';
import { percentile, type Result } from '../lib/stats';
import { caretInMiddle, MIDDLE_NORM_SECTION, NORM_2_SECTION, openSection, proseKeys, sectionUrl, typeMeasured } from './pages';

const KEYSTROKES = 300;
const FRAME_MS = 1000 / 60;

function result(name: string, latencies: number[]): Result {
  return { name, ours: percentile(latencies, 95), baseline: FRAME_MS, unit: 'ms', maxRatio: 1 };
}

async function longTaskInfo(page: Page, name: string, latencies: number[]): Promise<void> {
  const { longTasks } = await probes(page);
  const worst = Math.max(...latencies);
  console.log(`INFO ${name}: ${latencies.length} keystrokes, median ${percentile(latencies, 50).toFixed(1)} ms, max ${worst.toFixed(1)} ms, ${longTasks.length} long tasks (>50 ms) while typing`);
}

async function plainTyping(context: BrowserContext, site: string, name: string): Promise<Result> {
  const { page } = await openSection(context, sectionUrl(site, MIDDLE_NORM_SECTION));
  await caretInMiddle(page);
  const latencies = await typeMeasured(page, proseKeys(KEYSTROKES));
  await longTaskInfo(page, name, latencies);
  await page.close();
  return result(name, latencies);
}

async function footnoteTyping(context: BrowserContext, site: string): Promise<Result> {
  const { page } = await openSection(context, sectionUrl(site, NORM_2_SECTION));
  await caretInMiddle(page);
  // Each round: insert a footnote (Ctrl+Alt+F, the caret goes into its text), type its text,
  // Escape back to the body just after the reference, type on: 20 keystrokes a round.
  const round = ['Control+Alt+F', ...proseKeys(9), 'Escape', ...proseKeys(9)];
  const keys = Array.from({ length: KEYSTROKES }, (_, i) => round[i % round.length]!);
  const latencies = await typeMeasured(page, keys);
  await longTaskInfo(page, 'typing-latency-footnotes', latencies);
  await page.close();
  return result('typing-latency-footnotes', latencies);
}

/** The same typing in a bare contenteditable: what this machine and browser cost by themselves. */
async function floor(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto(`data:text/html,${encodeURIComponent('<div contenteditable="true" style="width:40em;min-height:20em">Examplia</div>')}`);
  await page.click('div');
  const latencies = await typeMeasured(page, proseKeys(100));
  await page.close();
  console.log(`INFO typing-floor: a bare contenteditable on this machine now: median ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`);
}

export async function typingCases(context: BrowserContext, site: string): Promise<Result[]> {
  await floor(context);
  const results = [await plainTyping(context, site, 'typing-latency'), await footnoteTyping(context, site)];
  // The interface in Arabic: the choice is remembered in localStorage, as the language picker does.
  const setup = await context.newPage();
  await setup.goto(site);
  await setup.evaluate(() => localStorage.setItem('drafter.uiLanguage', 'ar'));
  results.push(await plainTyping(context, site, 'typing-latency-arabic-ui'));
  await setup.evaluate(() => localStorage.removeItem('drafter.uiLanguage'));
  await setup.close();
  return results;
}
