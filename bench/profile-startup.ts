// npx tsx bench/profile-startup.ts [runs] [--no-build] [--readable]: where a warm start's time
// goes. Builds and seeds as `npm run bench` does, opens Norm 7 of the large draft in new tabs of
// a warm browser under the CPU profiler (the first start, filling the caches, is not counted),
// and prints per start the probe's time, the functions with the most self time and the time
// spent per script (the app's functions are named in a --readable build; --sources builds with
// source maps and adds the time per source file). --metrics runs without the profiler and prints
// instead the main thread's busy time up to the probe (Chrome's TaskDuration, ScriptDuration,
// layout and style), which load on a shared machine distorts less than the wall-clock time, and
// the longest task before it. --cpu instead traces each start and prints the main thread's CPU
// time up to the probe and its longest task in CPU time (bench/lib/start-cpu.ts), the figures a
// busy machine distorts least: compare two checkouts by running it in each, alternately. --tasks
// prints, per start, each stretch of the main thread busy for over 30 ms without idling, with the
// functions (or, with --sources, the source files) that took its time; --inclusive counts each function's callees too (what ran inside a React commit).
import { medianOf } from './lib/stats';
import type { BrowserContext } from '@playwright/test';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWeb } from './lib/build';
import { launchBrowser, probes, waitForProbe } from './lib/browser';
import { seedLibrary } from './lib/seed-library';
import { serveApp } from './lib/server';
import { tracedStart } from './lib/start-cpu';
import { WEB_DIR } from './lib/paths';
import { MIDDLE_NORM_SECTION, sectionUrl } from './cases/pages';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime?: number;
  samples?: number[];
  timeDeltas?: number[];
}

const runs = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 5);

/**
 * Self time (ms) per key, summed over the profile's samples. `keyOf` is given the sampled node
 * and a way up its stack (the caller of a node).
 */
function selfTimes(
  profile: Profile,
  keyOf: (node: ProfileNode, callerOf: (node: ProfileNode) => ProfileNode | undefined) => string,
): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
  const callerOf = (node: ProfileNode) => parents.get(node.id);
  const times = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!);
    if (!node) continue;
    const key = keyOf(node, callerOf);
    times.set(key, (times.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return times;
}

/**
 * The stretches of the profile with no idle sample in them (each one task or tasks back to back,
 * what the browser's long-task observer sees as one), over `minMs`, with the time per key in each.
 */
function busyStretches(
  profile: Profile,
  keyOf: (node: ProfileNode, callerOf: (node: ProfileNode) => ProfileNode | undefined) => string,
  minMs: number,
): { startMs: number; ms: number; times: Map<string, number> }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
  const callerOf = (node: ProfileNode) => parents.get(node.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const stretches: { startMs: number; ms: number; times: Map<string, number> }[] = [];
  let current: { startMs: number; ms: number; times: Map<string, number> } | null = null;
  let clock = 0;
  for (let i = 0; i < samples.length; i++) {
    clock += (deltas[i] ?? 0) / 1000;
    const node = byId.get(samples[i]!);
    const ms = (deltas[i + 1] ?? 0) / 1000;
    if (!node || node.callFrame.functionName === '(idle)') {
      if (current && current.ms >= minMs) stretches.push(current);
      current = null;
      continue;
    }
    current ??= { startMs: clock, ms: 0, times: new Map() };
    current.ms += ms;
    if (process.argv.includes('--inclusive')) {
      const seen = new Set<string>();
      for (let at: ProfileNode | undefined = node; at; at = callerOf(at)) {
        const key = keyOf(at, callerOf);
        if (seen.has(key)) continue;
        seen.add(key);
        current.times.set(key, (current.times.get(key) ?? 0) + ms);
      }
    } else {
      const key = keyOf(node, callerOf);
      current.times.set(key, (current.times.get(key) ?? 0) + ms);
    }
  }
  if (current && current.ms >= minMs) stretches.push(current);
  return stretches;
}

function add(into: Map<string, number>, from: Map<string, number>): void {
  for (const [key, ms] of from) into.set(key, (into.get(key) ?? 0) + ms);
}

function print(title: string, times: Map<string, number>, count: number, top = 30): void {
  console.log(title);
  for (const [key, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${(ms / count).toFixed(1).padStart(8)} ms  ${key}`);
}

async function profiledStart(context: BrowserContext, url: string): Promise<{ at: number; profile: Profile }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  const at = await waitForProbe(page, 'editableAt');
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  return { at, profile: profile as Profile };
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

async function measuredStart(context: BrowserContext, url: string): Promise<Record<string, number>> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  const at = await waitForProbe(page, 'editableAt');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const { longTasks } = await probes(page);
  await page.close();
  const figures: Record<string, number> = { editableAt: at };
  for (const name of METRICS) figures[name] = (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  // The longest task on the way (0 when none took over 50 ms), as the bench's startup case counts it.
  figures.LongestTask = Math.max(0, ...longTasks.filter((task) => task.start < at).map((task) => task.duration));
  return figures;
}

const fileOf = (node: ProfileNode) => {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName || '(native)';
  return url.replace(/^https?:\/\/[^/]+\//, '');
};
// The build's source maps (--sources): a sample's script position to the source file it came from.
const maps = new Map<string, TraceMap | null>();
function sourceOf(node: ProfileNode): string {
  const file = fileOf(node);
  if (!file.startsWith('assets/')) return file;
  if (!maps.has(file)) {
    const mapFile = join(WEB_DIR, `${file}.map`);
    maps.set(file, existsSync(mapFile) ? new TraceMap(readFileSync(mapFile, 'utf8')) : null);
  }
  const map = maps.get(file);
  if (!map) return file;
  const { lineNumber, columnNumber } = node.callFrame;
  const source = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber }).source;
  return source ? source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/') : file;
}

/** The nearest of the app's own source files on the sample's stack (libraries' time goes to their caller). */
function appSourceOf(node: ProfileNode, callerOf: (node: ProfileNode) => ProfileNode | undefined): string {
  for (let at: ProfileNode | undefined = node; at; at = callerOf(at)) {
    const source = sourceOf(at);
    if (/^(renderer|shared)\//.test(source)) return source;
  }
  return `(no app frame) ${sourceOf(node)}`;
}

const functionOf = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'} ${fileOf(node)}:${node.callFrame.lineNumber + 1}`;

if (!process.argv.includes('--no-build'))
  await buildWeb({ readable: process.argv.includes('--readable'), sourcemap: process.argv.includes('--sources') });
const site = await serveApp();
const context = await launchBrowser();
try {
  await seedLibrary(context, site.url);
  const url = sectionUrl(site.url, MIDDLE_NORM_SECTION);
  if (process.argv.includes('--cpu')) {
    await measuredStart(context, url);
    const samples: Record<string, number>[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      samples.push(await tracedStart(page, url, site.url));
      await page.close();
    }
    for (const name of Object.keys(samples[0]!)) console.log(`CPU ${name}: ${medianOf(samples.map((s) => s[name]!))}`);
    process.exit(0);
  }
  if (process.argv.includes('--metrics')) {
    await measuredStart(context, url);
    const samples: Record<string, number>[] = [];
    for (let i = 0; i < runs; i++) samples.push(await measuredStart(context, url));
    for (const name of ['editableAt', ...METRICS, 'LongestTask'])
      console.log(`METRIC ${name}: ${medianOf(samples.map((s) => s[name]!))}`);
    process.exit(0);
  }
  await profiledStart(context, url);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const bySource = new Map<string, number>();
  const byAppSource = new Map<string, number>();
  const ats: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { at, profile } = await profiledStart(context, url);
    ats.push(at);
    if (process.argv.includes('--tasks')) {
      console.log(`START ${i + 1}: editableAt ${at.toFixed(0)} ms`);
      for (const stretch of busyStretches(profile, process.argv.includes('--sources') ? appSourceOf : functionOf, 30)) {
        const top = [...stretch.times]
          .sort((a, b) => b[1] - a[1])
          .slice(0, process.argv.includes('--inclusive') ? 45 : 14);
        console.log(`  busy ${stretch.ms.toFixed(0)} ms at ${stretch.startMs.toFixed(0)} ms of the profile:`);
        for (const [key, ms] of top) console.log(`    ${ms.toFixed(1).padStart(6)} ms  ${key}`);
      }
    }
    add(byFunction, selfTimes(profile, functionOf));
    add(byFile, selfTimes(profile, fileOf));
    if (process.argv.includes('--sources')) {
      add(bySource, selfTimes(profile, sourceOf));
      add(byAppSource, selfTimes(profile, appSourceOf));
    }
  }
  console.log(`STARTS (editableAt, under the profiler): ${ats.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  print('SELF TIME PER START, BY FUNCTION', byFunction, runs, 40);
  print('SELF TIME PER START, BY FILE', byFile, runs, 25);
  if (bySource.size > 0) {
    print('SELF TIME PER START, BY SOURCE FILE', bySource, runs, 60);
    print('TIME PER START, BY THE NEAREST APP SOURCE FILE ON THE STACK', byAppSource, runs, 60);
  }
} finally {
  await context.close();
  await site.close();
}
