// The typing profile's split of a keystroke's latency (bench/lib/latency-parts.ts), on a made-up
// trace whose times are known: what it prints is what a change to typing is judged by.
import { describe, expect, it } from 'vitest';
import { latencyParts, type PartsTraceEvent } from '../../bench/lib/latency-parts';

const MAIN = 7;
const dispatch = (type: string, atMs: number, ms: number, tid = MAIN): PartsTraceEvent => ({
  name: 'EventDispatch',
  ph: 'X',
  ts: atMs * 1000,
  dur: ms * 1000,
  tid,
  args: { data: { type } },
});
const frame = (atMs: number, ms: number): PartsTraceEvent => ({
  name: 'ProxyMain::BeginMainFrame',
  ph: 'X',
  ts: atMs * 1000,
  dur: ms * 1000,
  tid: MAIN,
});
// The page's clock starts 1000 ms before the trace's in these events.
const timing = (createdMs: number, durationMs: number, handledAfterMs: number): PartsTraceEvent => ({
  name: 'EventTiming',
  ph: 'b',
  ts: createdMs * 1000,
  tid: 1,
  args: {
    data: {
      type: 'keydown',
      timeStamp: createdMs - 1000,
      duration: durationMs,
      processingStart: createdMs - 1000 + handledAfterMs,
    },
  },
});

describe('latencyParts', () => {
  it('splits a key into waiting, its handlers, the wait for the frame, the frame and what follows', () => {
    const events = [
      timing(5000, 12, 0.5),
      dispatch('keydown', 5000.5, 1),
      dispatch('keypress', 5001.5, 3),
      dispatch('textInput', 5001.6, 2.5),
      dispatch('keyup', 5005, 1),
      frame(5005.5, 2.5),
    ];
    const [parts] = latencyParts(events);
    expect(parts!.total).toBeCloseTo(12);
    expect(parts!.queue).toBeCloseTo(0.5);
    expect(parts!.handlers).toBeCloseTo(4);
    expect(parts!.waitForFrame).toBeCloseTo(1);
    expect(parts!.frame).toBeCloseTo(2.5);
    expect(parts!.toPresentation).toBeCloseTo(4);
  });

  it('leaves out events of other threads and keys whose frame is not in the trace', () => {
    const events = [
      dispatch('keydown', 0, 0.1),
      timing(100, 10, 1),
      dispatch('keydown', 101, 2),
      dispatch('input', 102, 50, MAIN + 1),
      frame(104, 3),
      timing(200, 10, 1),
      dispatch('keydown', 201, 2),
    ];
    const parts = latencyParts(events);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.handlers).toBeCloseTo(2);
    expect(parts[0]!.toPresentation).toBeCloseTo(3);
  });
});
