// Typing in a norm section of the 60,000-word draft: keystroke to the next painted frame, p95
// over 300 keystrokes, against one 60 Hz frame. Three ways: plain prose in Norm 7; prose in
// Norm 2 with a footnote inserted in the middle (which renumbers the footnotes after it) and its
// text typed; and plain prose with the Arabic interface (right to left).
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

const footnoteCount = (page: Page) => page.locator('main .nd-footnotes__item').count();

async function footnoteTyping(context: BrowserContext, site: string): Promise<Result> {
  const { page } = await openSection(context, sectionUrl(site, NORM_2_SECTION));
  await caretInMiddle(page);
  // Prose, then in the middle a footnote inserted (Ctrl+Alt+F: the caret goes into its text, and
  // every later footnote of the draft is renumbered), its text typed, Escape back to the body
  // just after the reference, and more prose: 300 keystrokes in all.
  const keys = [...proseKeys(140), 'Control+Alt+F', ...proseKeys(40), 'Escape', ...proseKeys(KEYSTROKES - 182)];
  const before = await footnoteCount(page);
  const latencies = await typeMeasured(page, keys);
  if ((await footnoteCount(page)) !== before + 1) throw new Error('typing-latency-footnotes: the footnote was not inserted');
  await longTaskInfo(page, 'typing-latency-footnotes', latencies);
  console.log(`INFO typing-latency-footnotes: the insertion keystroke itself ${latencies[140]!.toFixed(1)} ms`);
  await page.close();
  return result('typing-latency-footnotes', latencies);
}

/**
 * Inserting footnotes one after another (20 times, each with a few letters of text): the
 * latency of the insertion keystroke itself, which renders the new footnote's editor, renumbers
 * the ones after it and moves the caret. Reported for information; the target is the typing above.
 */
async function footnoteInsertions(context: BrowserContext, site: string): Promise<void> {
  const { page } = await openSection(context, sectionUrl(site, NORM_2_SECTION));
  await caretInMiddle(page);
  const round = ['Control+Alt+F', ...proseKeys(4), 'Escape', ...proseKeys(4)];
  const before = await footnoteCount(page);
  const latencies = await typeMeasured(page, Array.from({ length: 20 }, () => round).flat(), 120);
  if ((await footnoteCount(page)) !== before + 20) throw new Error('footnote-insertion: not every footnote was inserted');
  const insertions = latencies.filter((_, i) => i % round.length === 0);
  await page.close();
  console.log(`INFO footnote-insertion: keystroke to paint of an insertion, median ${percentile(insertions, 50).toFixed(1)} ms, max ${Math.max(...insertions).toFixed(1)} ms; all ${latencies.length} keystrokes of those rounds p95 ${percentile(latencies, 95).toFixed(1)} ms`);
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
  await footnoteInsertions(context, site);
  // The interface in Arabic: the choice is remembered in localStorage, as the language picker does.
  const setup = await context.newPage();
  await setup.goto(site);
  await setup.evaluate(() => localStorage.setItem('drafter.uiLanguage', 'ar'));
  results.push(await plainTyping(context, site, 'typing-latency-arabic-ui'));
  await setup.evaluate(() => localStorage.removeItem('drafter.uiLanguage'));
  await setup.close();
  return results;
}
