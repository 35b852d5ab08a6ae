// A start's main-thread CPU time from a Chrome trace: the renderer main thread's thread time (the
// trace's tdur) up to the probe, which a loaded machine distorts far less than wall-clock time.
import type { Page } from '@playwright/test';
import { probes, waitForProbe } from './browser';
import { recordTrace } from './trace';

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

/**
 * Opens `url` in `page` under a trace and returns, up to the probe's editableAt: the main thread's
 * CPU time, the part spent evaluating modules, the longest task in CPU time and (from the page's
 * long-task observer) in wall-clock time, and the main thread's lazy compilation (wall-clock).
 */
export async function tracedStart(page: Page, url: string, origin: string): Promise<Record<string, number>> {
  const {
    result: { at, longTasks },
    events,
  } = await recordTrace<{ at: number; longTasks: { start: number; duration: number }[] }, TraceEvent>(
    page,
    CATEGORIES,
    async () => {
      await page.goto(url);
      const at = await waitForProbe(page, 'editableAt');
      return { at, longTasks: (await probes(page)).longTasks };
    },
  );
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
  const sum = (list: TraceEvent[], key: 'dur' | 'tdur') => list.reduce((ms, event) => ms + (event[key] ?? 0) / 1000, 0);
  const tasks = named('ThreadControllerImpl::RunTask');
  return {
    editableAt: at,
    mainThreadCpu: sum(tasks, 'tdur'),
    moduleEvaluationCpu: sum(named('v8.evaluateModule'), 'tdur'),
    longestTaskCpu: Math.max(0, ...tasks.map((task) => (task.tdur ?? 0) / 1000)),
    longestTaskWall: Math.max(0, ...longTasks.filter((task) => task.start < at).map((task) => task.duration)),
    lazyCompileWall: sum(named('V8.CompileCode'), 'dur') + sum(named('V8.ParseFunction'), 'dur'),
  };
}
