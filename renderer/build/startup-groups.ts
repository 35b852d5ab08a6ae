// The start-up code in one chunk per load step (main.tsx, then storage, the UI texts, React and the
// screens, see startup-chunks.ts) instead of the 35 or so the bundler makes by itself, one for each set
// of entries and lazy parts that share some modules. Each file is one more request, cache read
// and module record on the way to the first screen: a browser fetches at most six files at a
// time from one server, so a cold start waited for them in rounds (bench/). Modules that lazy
// parts share with the start-up code come from these chunks, which are loaded by then.
import type { Rolldown } from 'vite';
import { ENTRY_MODULE, LATER_STEPS, slashed } from './startup-chunks.ts';

type Groups = NonNullable<Exclude<Rolldown.OutputOptions['codeSplitting'], boolean | undefined>['groups']>;
type Context = Parameters<Extract<Groups[number]['name'], (...args: never[]) => unknown>>[1];

/** The load steps in order, and the name of each one's chunk. */
const STEPS = [{ root: ENTRY_MODULE, name: 'startup' }, ...LATER_STEPS];

/** Which step first needs each module, following static imports from each step's root. */
function stepsOf(ids: Iterable<string>, context: Context): Map<string, string> {
  const step = new Map<string, string>();
  const all = [...ids];
  for (const { root, name } of STEPS) {
    const start = all.find((id) => slashed(id).endsWith(root));
    if (!start) continue;
    const queue = [start];
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (step.has(id)) continue;
      step.set(id, name);
      queue.push(...(context.getModuleInfo(id)?.importedIds ?? []));
    }
  }
  return step;
}

/**
 * `output.codeSplitting.groups` for the renderer's build (web and Electron alike): one group per
 * step, the earlier step first (higher priority). A group takes the modules it captures with their
 * dependencies, so one group for all steps let a later step's chunk take storage's modules along
 * with the screens that use them.
 */
export function startupGroups(): Groups {
  let steps: Map<string, string> | null = null;
  const seen = new Set<string>();
  return STEPS.map(({ name: step }, index) => ({
    debugName: `start-up step ${step}`,
    priority: STEPS.length - index,
    test: (id: string) => {
      seen.add(id);
      return true;
    },
    name: (id: string, context: Context) => {
      steps ??= stepsOf(seen, context);
      // The entry stays the bundler's (index.html's script); every other step's module is in its step's chunk.
      if (slashed(id).endsWith(ENTRY_MODULE)) return null;
      return steps.get(id) === step ? step : null;
    },
  }));
}
