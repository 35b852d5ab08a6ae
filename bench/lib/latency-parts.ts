// Where a keystroke's latency goes, from a Chrome trace of the page: each keydown's Event Timing
// (creation to presentation) split at the renderer's main thread — waiting to be handled, the
// key's handlers (keydown to input, the browser's own editing included), waiting for the frame,
// the frame's main-thread work (BeginMainFrame: style, layout, paint, commit), and what follows
// until the frame is presented (raster, compositing, display). Only the parts on the main thread
// can be cut by the page's own code; the last grows with what the frame has to draw.

export interface PartsTraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: Record<string, unknown> };
}

export interface KeyParts {
  total: number;
  queue: number;
  handlers: number;
  waitForFrame: number;
  frame: number;
  toPresentation: number;
}

export const PART_NAMES: ReadonlyArray<keyof KeyParts> = [
  'total',
  'queue',
  'handlers',
  'waitForFrame',
  'frame',
  'toPresentation',
];

const KEY_EVENTS = new Set(['keydown', 'keypress', 'beforeinput', 'textInput', 'input']);

/** The parts of every keydown in the trace (ms), in the order they were pressed. */
export function latencyParts(events: readonly PartsTraceEvent[]): KeyParts[] {
  const mainTid = events.find((e) => e.name === 'EventDispatch')?.tid;
  const onMain = (name: string) =>
    events
      .filter((e) => e.ph === 'X' && e.tid === mainTid && e.name === name && e.dur !== undefined)
      .sort((a, b) => a.ts - b.ts);
  const dispatches = onMain('EventDispatch').filter((e) => KEY_EVENTS.has(String(e.args?.data?.type)));
  const frames = onMain('ProxyMain::BeginMainFrame');
  const keydowns = events
    .filter((e) => e.name === 'EventTiming' && e.ph === 'b' && e.args?.data?.type === 'keydown')
    .sort((a, b) => a.ts - b.ts);
  const parts: KeyParts[] = [];
  for (const keydown of keydowns) {
    const data = keydown.args!.data as { timeStamp: number; duration: number; processingStart: number };
    const created = keydown.ts / 1000;
    const presented = created + data.duration;
    // Event Timing's times are on the page's clock; the trace event sits at the key's creation.
    const handledFrom = data.processingStart + created - data.timeStamp;
    let handledTo = handledFrom;
    for (const d of dispatches) {
      const at = d.ts / 1000;
      if (at >= handledFrom - 0.01 && at < presented) handledTo = Math.max(handledTo, at + d.dur! / 1000);
    }
    const frame = frames.find((f) => f.ts / 1000 >= handledTo);
    if (!frame || frame.ts / 1000 > presented) continue;
    const frameStart = frame.ts / 1000;
    const frameEnd = frameStart + frame.dur! / 1000;
    parts.push({
      total: data.duration,
      queue: handledFrom - created,
      handlers: handledTo - handledFrom,
      waitForFrame: frameStart - handledTo,
      frame: frameEnd - frameStart,
      toPresentation: presented - frameEnd,
    });
  }
  return parts;
}
