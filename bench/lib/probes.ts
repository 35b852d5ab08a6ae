// Measuring instruments injected into every app page before its own scripts run (Playwright
// addInitScript): the function is serialised and runs in the page, so it is self-contained.

export interface ProbeWrite {
  store: string;
  method: string;
  key: string;
  at: number;
}

export interface ProbeTransaction {
  stores: string[];
  mode: string;
  start: number;
  end: number | null;
}

export interface Probes {
  /** When each keydown of a key other than a lone modifier was created (its event timeStamp, ms since navigation). */
  keydowns: number[];
  writes: ProbeWrite[];
  transactions: ProbeTransaction[];
  /** When the section editor first showed its text, and a frame with it was painted (ms since navigation). */
  editableAt: number | null;
  /** When the library first listed drafts, painted. */
  libraryAt: number | null;
  /** When the whole opened section was in the editor (a long one opens a screen first), painted. */
  sectionLoadedAt: number | null;
  longTasks: { start: number; duration: number }[];
  /** Durations of the app's saves (its "drafter:autosave" User Timing measures). */
  saves: number[];
}

export type ProbeMoment = 'editableAt' | 'libraryAt' | 'sectionLoadedAt';

declare global {
  interface Window {
    __bench: Probes;
    /** Resolves with the probe's moment once it is reached (see waitForProbe). */
    __benchReached(name: ProbeMoment): Promise<number>;
  }
}

export function installProbes(): void {
  const probes: Probes = {
    keydowns: [],
    writes: [],
    transactions: [],
    editableAt: null,
    libraryAt: null,
    sectionLoadedAt: null,
    longTasks: [],
    saves: [],
  };
  window.__bench = probes;
  const waiting = new Map<ProbeMoment, ((at: number) => void)[]>();
  const reached = (name: ProbeMoment) => {
    const at = performance.now();
    probes[name] = at;
    for (const resolve of waiting.get(name) ?? []) resolve(at);
    waiting.delete(name);
  };
  window.__benchReached = (name) =>
    new Promise((resolve) => {
      const at = probes[name];
      if (at !== null && at >= 0) resolve(at);
      else waiting.set(name, [...(waiting.get(name) ?? []), resolve]);
    });

  // After the next frame: rAF callbacks run just before the browser renders a frame, and a
  // message posted from there is delivered after that frame has been painted.
  const afterNextPaint = (callback: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = callback;
      channel.port2.postMessage(null);
    });

  // The keydowns that matter: their latency is read from the browser's Event Timing (a trace),
  // matched by this timeStamp. Only a number is recorded here, so as to add nothing to the frame.
  // Modifier keys alone change nothing on screen; their keydowns are left out.
  const MODIFIERS = new Set(['Control', 'Alt', 'Shift', 'Meta', 'AltGraph']);
  document.addEventListener(
    'keydown',
    (event) => {
      if (!MODIFIERS.has(event.key)) probes.keydowns.push(event.timeStamp);
    },
    true,
  );

  // Every IndexedDB write, by store and key, and every transaction with its duration.
  const keyText = (key: unknown) => (key === undefined ? '' : JSON.stringify(key).slice(0, 120));
  for (const method of ['put', 'add', 'delete'] as const) {
    const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
    (IDBObjectStore.prototype as unknown as Record<string, unknown>)[method] = function (
      this: IDBObjectStore,
      ...args: unknown[]
    ) {
      let key: unknown = method === 'delete' ? args[0] : args[1];
      if (key === undefined && method !== 'delete' && this.keyPath !== null) {
        const paths = Array.isArray(this.keyPath) ? this.keyPath : [this.keyPath];
        const value = args[0] as Record<string, unknown>;
        key = paths.map((path) => value?.[path]);
      }
      probes.writes.push({ store: this.name, method, key: keyText(key), at: performance.now() });
      return original.apply(this, args);
    };
  }
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const tx = transaction.apply(this, args);
    const record: ProbeTransaction = {
      stores: [...tx.objectStoreNames],
      mode: tx.mode,
      start: performance.now(),
      end: null,
    };
    probes.transactions.push(record);
    tx.addEventListener('complete', () => void (record.end = performance.now()));
    return tx;
  } as IDBDatabase['transaction'];

  if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        probes.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  }

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'drafter:autosave') probes.saves.push(entry.duration);
  }).observe({ type: 'measure' });
  new PerformanceObserver((list) => {
    if (probes.sectionLoadedAt !== null) return;
    if (list.getEntries().some((entry) => entry.name === 'drafter:section-loaded')) {
      probes.sectionLoadedAt = -1;
      afterNextPaint(() => reached('sectionLoadedAt'));
    }
  }).observe({ type: 'mark' });

  // Startup: the first moment the section editor holds its text (or the library lists drafts).
  const watch = new MutationObserver(() => {
    if (probes.editableAt === null) {
      const editor = document.querySelector('main [contenteditable="true"]');
      if (editor && (editor.textContent ?? '').length > 0) {
        probes.editableAt = -1;
        afterNextPaint(() => reached('editableAt'));
        // Nothing more to watch for on a draft: the keystrokes measured next are not observed.
        watch.disconnect();
        return;
      }
    }
    if (probes.libraryAt === null && document.querySelector('main .draft-list > li')) {
      probes.libraryAt = -1;
      afterNextPaint(() => reached('libraryAt'));
    }
  });
  document.addEventListener('DOMContentLoaded', () =>
    watch.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable'],
    }),
  );
}

/**
 * tsx compiles the bench with esbuild's keepNames, which wraps named functions in __name(...):
 * functions sent to the page (init scripts, evaluate callbacks) need that helper there too.
 */
export const KEEP_NAMES_HELPER = 'window.__name = (target) => target;';

/** The probes as a script of the page itself, for a page no DevTools client prepares (server.ts). */
export const probesScript = () => `${KEEP_NAMES_HELPER} (${installProbes.toString()})();`;
