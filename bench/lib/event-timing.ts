// Keystroke latency as the browser itself reports it: Event Timing, read from a Chrome trace.
// Each EventTiming trace event carries the event's creation time and its duration up to the
// *presentation* of the frame that showed its effect (paint and composite included), unrounded;
// PerformanceEventTiming.duration in the page is rounded to 8 ms, and a probe in the page can
// only see the main thread finish, not the frame reach the screen.
import type { Page } from '@playwright/test';
import { recordTrace } from './trace';

export interface EventTimingEntry {
  type: string;
  /** When the browser created the event (ms, the page's performance.now clock). */
  timeStamp: number;
  /** From timeStamp to the presentation of the next frame (ms, unrounded). */
  duration: number;
  interactionId: number;
  processingStart: number;
  processingEnd: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  args?: { data?: Partial<EventTimingEntry> };
}

/** Traces what `run` does in the page and returns its result with every EventTiming entry. */
export async function withEventTiming<T>(
  page: Page,
  run: () => Promise<T>,
): Promise<{ result: T; entries: EventTimingEntry[] }> {
  // EventTiming is in devtools.timeline; nothing else is recorded, to keep the tracing light.
  const { result, events } = await recordTrace<T, TraceEvent>(page, ['devtools.timeline'], run);
  const entries: EventTimingEntry[] = [];
  for (const event of events) {
    const data = event.args?.data;
    if (event.name !== 'EventTiming' || event.ph !== 'b' || data?.type === undefined) continue;
    entries.push({
      type: data.type,
      timeStamp: data.timeStamp ?? Number.NaN,
      duration: data.duration ?? Number.NaN,
      interactionId: data.interactionId ?? 0,
      processingStart: data.processingStart ?? Number.NaN,
      processingEnd: data.processingEnd ?? Number.NaN,
    });
  }
  return { result, entries };
}

export interface KeyLatencies {
  /** Per pressed key: from its keydown's creation to the presentation of the next frame (ms). */
  keydown: number[];
  /** Per pressed key: the interaction's latency, the longest of its keydown, keypress and keyup. */
  interaction: number[];
}

/**
 * The latencies of the pressed keys, in order. `pressed` are the keydown times the page saw for
 * the keys of interest (modifiers of a chord left out); each is matched to the trace's keydown
 * created at the same moment (the page's clock is coarsened to 0.1 ms).
 */
export function keyLatencies(entries: readonly EventTimingEntry[], pressed: readonly number[]): KeyLatencies {
  const keydowns = entries.filter((entry) => entry.type === 'keydown');
  const result: KeyLatencies = { keydown: [], interaction: [] };
  for (const at of pressed) {
    let best: EventTimingEntry | undefined;
    for (const entry of keydowns)
      if (!best || Math.abs(entry.timeStamp - at) < Math.abs(best.timeStamp - at)) best = entry;
    if (!best || Math.abs(best.timeStamp - at) > 0.5)
      throw new Error(`no EventTiming keydown in the trace for the key pressed at ${at.toFixed(1)} ms`);
    result.keydown.push(best.duration);
    const id = best.interactionId;
    const related = id === 0 ? [best] : entries.filter((entry) => entry.interactionId === id);
    result.interaction.push(Math.max(...related.map((entry) => entry.duration)));
  }
  return result;
}
