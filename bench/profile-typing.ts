// npx tsx bench/profile-typing.ts [section id] [keys] [flags]: where a keystroke's time goes.
// Builds and seeds as `npm run bench` does (--no-build reuses the last build), types in a section
// of the large draft under the CPU profiler and prints the functions with the most time, per
// keystroke. --trace adds style, layout and paint from a Chrome trace, the main thread's CPU, and where the
// latency goes (bench/lib/latency-parts.ts); --latency measures Event
// Timing instead (--each prints every key); --footnote inserts a footnote first and types in it;
// --at=<y> scrolls the focused text to that height; --css=<rules> tries a style change first;
// --readable builds without minifying (function names in the profile); --shot saves a screenshot to bench/.work/typing.png; --insert profiles footnote insertions instead
// (rounds of Ctrl+Alt+F, a few letters, Escape, a few letters; figures per insertion); --arabic
// types Arabic prose in the same section of the Arabic draft (the bench's Arabic-document case);
// --suggesting types with "Suggest changes" on; --ar-ui with the Arabic interface; --top=<n>
// prints n functions in each list; --cpuprofile=<file> saves the profile (for DevTools); --bare types in
// the bench's bare contenteditable (--bare-copy holding the section's text, --bare-paragraph only the
// paragraph typed in); --no-profile traces without the sampling profiler; --save-trace=<file>
// keeps the trace's events; --categories=<a,b> traces these categories too (invalidation tracking, V8's
// compiler). With --insert --trace it also prints the CPU of the insertion keystrokes' own
// tasks and of the frame after each.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildWeb } from './lib/build';
import { latencyParts, PART_NAMES } from './lib/latency-parts';
import { launchBrowser } from './lib/browser';
import { serveApp } from './lib/server';
import { median, percentile } from './lib/stats';
import { ARABIC_DRAFT_ID } from './web/library';
import {
  caretInMiddle,
  isForeignCharacter,
  MIDDLE_NORM_SECTION,
  openBare,
  copySection,
  openBareCopy,
  openSection,
  pressCharacter,
  proseKeys,
  sectionUrl,
  setTrialStyle,
  typeMeasured,
} from './cases/pages';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  /** Thread (CPU) time, where the trace has it. */
  tdur?: number;
  tid: number;
  args?: { elementCount?: number; data?: Record<string, unknown>; beginData?: unknown };
  ts: number;
}

/**
 * With --insert: the thread CPU of each insertion keystroke's own task (the keydown of F, the
 * third of each round's 12 keydowns: Control, Alt, F, 4 letters, Escape, 4 letters) and of the
 * frame's task after it, the figures to compare when working on the insertion's latency.
 */
function printInsertionTasks(events: TraceEvent[], mainTid: number | undefined, tasks: TraceEvent[], rounds: number) {
  const keydowns = events.filter(
    (e) => e.ph === 'X' && e.tid === mainTid && e.name === 'EventDispatch' && e.args?.data?.type === 'keydown',
  );
  const keydownTasks = tasks.filter((t) => keydowns.some((d) => d.ts >= t.ts && d.ts < t.ts + t.dur!));
  if (keydownTasks.length !== rounds * 12) {
    console.log(`INSERTION KEYSTROKE: ${keydownTasks.length} keydown tasks for ${rounds} rounds, not 12 each`);
    return;
  }
  const frames = events.filter((e) => e.ph === 'X' && e.tid === mainTid && e.name === 'ProxyMain::BeginMainFrame');
  const own: number[] = [];
  const frame: number[] = [];
  for (const task of keydownTasks.filter((_, i) => i % 12 === 2)) {
    own.push((task.tdur ?? 0) / 1000);
    const next = frames.find((f) => f.ts >= task.ts + task.dur!);
    const frameTask = next && tasks.find((t) => t.ts <= next.ts && next.ts < t.ts + t.dur!);
    if (frameTask) frame.push((frameTask.tdur ?? 0) / 1000);
  }
  console.log(
    `INSERTION KEYSTROKE (thread CPU of its own task): median ${median(own).toFixed(2)} ms, p95 ${percentile(own, 95).toFixed(2)} ms; the frame's task after it: median ${median(frame).toFixed(2)} ms`,
  );
}

const sectionId = process.argv[2] ?? MIDDLE_NORM_SECTION;
/** The value of a --name=value flag, if given. */
const flag = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(`--${name}=`.length);

const insertions = process.argv.includes('--insert');
const language = process.argv.includes('--arabic') ? 'ar' : 'en';
const keyCount = Number(process.argv[3] ?? (insertions ? 20 : 100));
// --insert: keyCount insertion rounds; figures are then per insertion.
const measuredKeys = insertions
  ? Array.from({ length: keyCount }, () => ['Control+Alt+F', ...proseKeys(4), 'Escape', ...proseKeys(4)]).flat()
  : proseKeys(keyCount, language);
if (!process.argv.includes('--no-build')) await buildWeb({ readable: process.argv.includes('--readable') });
const site = await serveApp();
const context = await launchBrowser();
try {
  const helper = await context.newPage();
  await helper.goto(`${site.url}bench/seed.html`);
  await helper.waitForFunction(() => document.title === 'ready');
  await helper.evaluate(() => (window as unknown as { bench: { seed(): Promise<unknown> } }).bench.seed());
  if (process.argv.includes('--ar-ui')) await helper.evaluate(() => localStorage.setItem('drafter.uiLanguage', 'ar'));
  if (process.argv.includes('--suggesting'))
    await helper.evaluate(() => localStorage.setItem('norms-drafter:reviewer-name', 'Ilse Varnhold'));
  await helper.close();
  // --bare: the bench's bare contenteditable instead of the app, to compare what the browser costs by itself.
  // --bare-copy: the same, holding a copy of the section's text as the app shows it (the app's DOM,
  // without its styles or script): how much of a keystroke's cost is the size of the text itself.
  const url = sectionUrl(site.url, sectionId, language === 'ar' ? ARABIC_DRAFT_ID : undefined);
  let page: Page;
  // --bare-paragraph: a copy of the paragraph typed in alone: what the rest of the section costs.
  const paragraphOnly = process.argv.includes('--bare-paragraph');
  if (paragraphOnly || process.argv.includes('--bare-copy'))
    page = await openBareCopy(context, await copySection(context, url, paragraphOnly));
  else if (process.argv.includes('--bare')) {
    page = await openBare(context);
    await page.click('div');
  } else {
    page = (await openSection(context, url)).page;
    await caretInMiddle(page);
  }
  if (process.argv.includes('--suggesting')) {
    await page.keyboard.press('Control+Shift+E');
    await page.locator('main [role="toolbar"] button[aria-pressed="true"][aria-keyshortcuts$="+E"]').waitFor();
  }
  // --footnote: inserts a footnote first, and types in its text.
  if (process.argv.includes('--footnote')) await page.keyboard.press('Control+Alt+F');
  const at = flag('at');
  if (at)
    await page.evaluate(
      (y) => window.scrollBy(0, (document.activeElement?.getBoundingClientRect().top ?? 0) - Number(y)),
      at,
    );
  if (process.argv.includes('--mouse-away')) await page.mouse.move(5, 5);
  if (process.argv.includes('--center'))
    await page.evaluate(() => document.activeElement?.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(1500);
  // --css=<rules>: tried on the page before typing (to compare a style change without a build).
  const css = flag('css');
  if (css) await setTrialStyle(page, css);
  if (process.argv.includes('--shot')) {
    const ys: number[] = [];
    for (const key of proseKeys(keyCount)) {
      await page.keyboard.press(key);
      ys.push(await page.evaluate(() => scrollY));
    }
    console.log(ys.join(' '));
    await page.screenshot({ path: 'bench/.work/typing.png' });
    console.log(
      await page.evaluate(() =>
        JSON.stringify({
          y: scrollY,
          caret: getSelection()?.rangeCount ? getSelection()!.getRangeAt(0).getBoundingClientRect().toJSON() : null,
          active: document.activeElement?.className,
        }),
      ),
    );
  } else if (process.argv.includes('--latency')) {
    const measured = await typeMeasured(page, measuredKeys, insertions ? 120 : 80);
    // With --insert, the insertion keystrokes alone (the first of each round of ten keys).
    const keydown = insertions ? measured.keydown.filter((_, i) => i % 10 === 0) : measured.keydown;
    const sorted = [...keydown].sort((a, b) => a - b);
    if (process.argv.includes('--each')) console.log(keydown.map((ms) => ms.toFixed(0)).join(' '));
    console.log(
      `LATENCY keydown to presentation: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, p95 ${sorted[Math.ceil(sorted.length * 0.95) - 1]!.toFixed(1)} ms`,
    );
  } else {
    const cdp = await context.newCDPSession(page);
    const traced: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => void traced.push(...(value as unknown as typeof traced)));
    const traceDone = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    const moreCategories = flag('categories')?.split(',') ?? [];
    if (process.argv.includes('--trace'))
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: {
          includedCategories: [
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            'blink',
            'cc',
            'viz',
            ...moreCategories,
          ],
        },
      });
    // --no-profile: the trace alone (the sampling profiler adds its own cost to every task).
    const sampling = !process.argv.includes('--no-profile');
    if (sampling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    for (const key of measuredKeys) {
      if (isForeignCharacter(key)) await pressCharacter(cdp, key);
      else await page.keyboard.press(key);
      await page.waitForTimeout(80);
    }
    const { profile } = sampling
      ? await cdp.send('Profiler.stop')
      : { profile: { nodes: [], samples: [], timeDeltas: [] } };
    const saveTo = flag('cpuprofile');
    if (saveTo) writeFileSync(saveTo, JSON.stringify(profile));
    if (process.argv.includes('--trace')) {
      await cdp.send('Tracing.end');
      await traceDone;
      // --save-trace=<file>: the raw events, for a closer look in DevTools or a script.
      const traceFile = flag('save-trace');
      if (traceFile) writeFileSync(traceFile, JSON.stringify({ traceEvents: traced }));
      // Complete events on the renderer's main thread (the one running EventDispatch), by name.
      const mainTid = traced.find((e) => e.name === 'EventDispatch')?.tid;
      const byName = new Map<string, { ms: number; n: number }>();
      for (const e of traced) {
        if (e.ph !== 'X' || e.tid !== mainTid || e.dur === undefined) continue;
        const entry = byName.get(e.name) ?? { ms: 0, n: 0 };
        entry.ms += e.dur / 1000;
        entry.n += 1;
        byName.set(e.name, entry);
      }
      // The main thread's CPU time (thread clock, not wall clock: it holds on a loaded machine) in
      // its outermost tasks, per keystroke, and the longest of those tasks.
      let taskEnd = -1;
      const tasksCpu: number[] = [];
      const outerTasks: TraceEvent[] = [];
      for (const e of traced
        .filter((t) => t.ph === 'X' && t.tid === mainTid && t.name === 'RunTask' && t.dur !== undefined)
        .sort((a, b) => a.ts - b.ts)) {
        if (e.ts < taskEnd) continue;
        taskEnd = e.ts + e.dur!;
        tasksCpu.push((e.tdur ?? 0) / 1000);
        outerTasks.push(e);
      }
      if (insertions) printInsertionTasks(traced, mainTid, outerTasks, keyCount);
      // Where each keydown's latency went (median and p95 of each part, so they do not add up).
      const allParts = latencyParts(traced);
      // With --insert, the insertion keystrokes' own: the one key of each round whose handlers build
      // a footnote's editor, by far the longest (a keydown whose frame is missing from the trace is
      // left out, so counting positions in the rounds would not do).
      const parts = insertions ? [...allParts].sort((a, b) => b.handlers - a.handlers).slice(0, keyCount) : allParts;
      if (parts.length > 0)
        console.log(
          `LATENCY PARTS (${parts.length} keydowns, median / p95 ms): ${PART_NAMES.map((part) => {
            const values = parts.map((p) => p[part]);
            return `${part} ${median(values).toFixed(2)} / ${percentile(values, 95).toFixed(2)}`;
          }).join(', ')}`,
        );
      tasksCpu.sort((a, b) => a - b);
      const cpu = tasksCpu.reduce((total, ms) => total + ms, 0);
      console.log(
        `MAIN THREAD CPU (thread time of its tasks): ${(cpu / keyCount).toFixed(2)} ms per keystroke; tasks ${tasksCpu.length}, p99 ${tasksCpu[Math.floor(tasksCpu.length * 0.99)]?.toFixed(1)} ms, over 8 ms ${tasksCpu.filter((ms) => ms > 8).length}, longest ${tasksCpu
          .slice(-6)
          .map((ms) => ms.toFixed(1))
          .join(' ')} ms`,
      );
      console.log('MAIN THREAD TRACE EVENTS (per keystroke, nested events counted in each)');
      for (const [n, { ms, n: count }] of [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 40))
        console.log(
          `${(ms / keyCount).toFixed(3).padStart(8)} ms/key ${(count / keyCount).toFixed(1).padStart(6)}/key  ${n}`,
        );
      // What forces style and layout: the innermost script or event around each forced update.
      const mainX = traced.filter((e) => e.ph === 'X' && e.tid === mainTid && e.dur !== undefined);
      const forcedBy = new Map<string, number>();
      for (const f of mainX.filter((e) => e.name === 'Document::UpdateStyleAndLayout')) {
        let inner: (typeof traced)[number] | undefined;
        for (const e of mainX) {
          if (
            ![
              'FunctionCall',
              'EventDispatch',
              'TimerFire',
              'FireAnimationFrame',
              'v8.callFunction',
              'Editor::HandleKeyboardEvent',
              'ProxyMain::BeginMainFrame',
              'EventHandler::handleMouseMoveEvent',
              'FrameSelection::SetSelection',
            ].includes(e.name)
          )
            continue;
          if (e.ts <= f.ts && e.ts + e.dur! >= f.ts + f.dur! && (!inner || e.ts >= inner.ts)) inner = e;
        }
        const d = inner?.args?.data;
        const label = inner
          ? `${inner.name} ${String(d?.functionName ?? d?.type ?? '')} ${String(d?.url ?? '')
              .split('/')
              .pop()}:${String(d?.lineNumber ?? '')}:${String(d?.columnNumber ?? '')}`
          : 'none';
        forcedBy.set(label, (forcedBy.get(label) ?? 0) + 1);
      }
      console.log('FORCED STYLE/LAYOUT BY');
      for (const [label, n] of [...forcedBy].sort((a, b) => b[1] - a[1]).slice(0, 15))
        console.log(`${(n / keyCount).toFixed(1).padStart(6)}/key  ${label}`);
      const recalcs = traced
        .filter((e) => e.name === 'UpdateLayoutTree' && e.ph === 'X' && e.tid === mainTid)
        .map((e) => e.args?.elementCount ?? 0);
      console.log(`style recalcs: ${recalcs.length}, elements: ${recalcs.slice(0, 30).join(' ')}`);
      const layouts = traced
        .filter((e) => e.name === 'Layout' && e.tid === mainTid && e.ph === 'B')
        .map((e) => JSON.stringify(e.args?.beginData ?? {}));
      console.log(`layouts: ${layouts.slice(0, 5).join('\n')}`);
    }
    const nodes = new Map<number, ProfileNode>(profile.nodes.map((node) => [node.id, node as ProfileNode]));
    const parent = new Map<number, number>();
    for (const node of nodes.values()) for (const child of node.children ?? []) parent.set(child, node.id);
    const self = new Map<number, number>();
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++)
      self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    const name = (node: ProfileNode) =>
      `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
    const selfBy = new Map<string, number>();
    const totalBy = new Map<string, number>();
    for (const [id, ms] of self) {
      const node = nodes.get(id)!;
      selfBy.set(name(node), (selfBy.get(name(node)) ?? 0) + ms);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const n = name(nodes.get(at)!);
        if (seen.has(n)) continue;
        seen.add(n);
        totalBy.set(n, (totalBy.get(n) ?? 0) + ms);
      }
    }
    const top = (map: Map<string, number>, count: number) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, count)
        .map(([n, ms]) => `${(ms / keyCount).toFixed(3).padStart(8)} ms/key  ${n}`)
        .join('\n');
    const rows = Number(flag('top') ?? 0);
    const idle = new Set(['(idle)', '(root)']);
    const busy = [...selfBy].filter(([n]) => !idle.has(n.split(' ')[0]!)).reduce((sum, [, ms]) => sum + ms, 0);
    const script = [...selfBy]
      .filter(([n]) => !idle.has(n.split(' ')[0]!) && !n.startsWith('(program)'))
      .reduce((sum, [, ms]) => sum + ms, 0);
    console.log(
      `SELF (per keystroke)\n${top(selfBy, rows || 40)}\n\nTOTAL (per keystroke)\n${top(totalBy, rows || 70)}`,
    );
    console.log(
      `CPU per keystroke: ${(busy / keyCount).toFixed(2)} ms busy, of which ${(script / keyCount).toFixed(2)} ms script and garbage collection`,
    );
  }
} finally {
  await context.close();
  await site.close();
}
