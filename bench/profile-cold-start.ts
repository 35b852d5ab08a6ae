// npx tsx bench/profile-cold-start.ts [runs] [--no-build]: where a cold start's main-thread time
// goes. Builds and seeds as `npm run bench` does, then makes cold first navigations to Norm 7 of
// the large draft (bench/lib/cold-start.ts) under a Chrome trace and prints, per start, the
// renderer main thread's CPU time up to the probe's editableAt (the trace's thread time, which a
// loaded machine distorts far less than wall-clock time), the part spent evaluating modules, the
// longest task in CPU time, and the main thread's lazy compilation (wall-clock), beside the
// wall-clock editableAt. Compare two checkouts by running it in each, alternately.
import { buildWeb } from './lib/build';
import { probes, waitForProbe } from './lib/browser';
import { coldContext, seedColdProfile } from './lib/cold-start';
import { serveApp } from './lib/server';
import { MIDDLE_NORM_SECTION, sectionUrl } from './cases/pages';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { isLoadingMainFrame?: boolean; documentLoaderURL?: string } };
}

const CATEGORIES = ['devtools.timeline', 'v8', 'disabled-by-default-v8.compile', 'blink.user_timing', 'toplevel'];
const runs = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 5);

async function tracedColdStart(url: string, origin: string): Promise<Record<string, number>> {
  const context = await coldContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (batch) => void events.push(...(batch.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES } });
    await page.goto(url);
    const at = await waitForProbe(page, 'editableAt');
    const { longTasks } = await probes(page);
    await cdp.send('Tracing.end');
    await complete;
    // The app's navigation marks its renderer's main thread and the moment counting starts.
    const navigation = events.findLast(
      (event) =>
        event.name === 'navigationStart' &&
        !!event.args?.data?.isLoadingMainFrame &&
        String(event.args.data.documentLoaderURL ?? '').startsWith(origin),
    );
    if (!navigation) throw new Error('the trace holds no navigation to the app');
    const onMain = events.filter(
      (event) =>
        event.pid === navigation.pid &&
        event.tid === navigation.tid &&
        event.ph === 'X' &&
        event.ts >= navigation.ts &&
        event.ts < navigation.ts + at * 1000,
    );
    const named = (name: string) => onMain.filter((event) => event.name === name);
    const sum = (list: TraceEvent[], key: 'dur' | 'tdur') =>
      list.reduce((ms, event) => ms + (event[key] ?? 0) / 1000, 0);
    const tasks = named('ThreadControllerImpl::RunTask');
    return {
      editableAt: at,
      mainThreadCpu: sum(tasks, 'tdur'),
      moduleEvaluationCpu: sum(named('v8.evaluateModule'), 'tdur'),
      longestTaskCpu: Math.max(0, ...tasks.map((task) => (task.tdur ?? 0) / 1000)),
      longestTaskWall: Math.max(0, ...longTasks.filter((task) => task.start < at).map((task) => task.duration)),
      lazyCompileWall: sum(named('V8.CompileCode'), 'dur') + sum(named('V8.ParseFunction'), 'dur'),
    };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

if (!process.argv.includes('--no-build')) await buildWeb();
const site = await serveApp();
try {
  await seedColdProfile(site.url);
  const samples: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++)
    samples.push(await tracedColdStart(sectionUrl(site.url, MIDDLE_NORM_SECTION), site.url));
  for (const name of Object.keys(samples[0]!))
    console.log(
      `COLD ${name}: median ${median(samples.map((s) => s[name]!)).toFixed(0)} ms (${samples.map((s) => s[name]!.toFixed(0)).join(', ')})`,
    );
} finally {
  await site.close();
}
