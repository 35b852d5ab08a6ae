import { afterEach, describe, expect, it, vi } from 'vitest';
import { quietBatcher } from './quiet-batch';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('quietBatcher', () => {
  it('delivers a burst of changes once, after the interval and when idle, with the latest value of each key', () => {
    vi.useFakeTimers();
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    const batches: Array<Array<[string, number]>> = [];
    const send = quietBatcher<string, number>((batch) => batches.push([...batch]), 300);
    send('norm-a', 1);
    vi.advanceTimersByTime(100);
    send('norm-b', 1);
    send('norm-a', 2);
    vi.advanceTimersByTime(199);
    expect(idle).toHaveLength(0);
    vi.advanceTimersByTime(1);
    send('norm-a', 3); // typed before the page was idle: still in this batch
    expect(batches).toEqual([]);
    idle.shift()!();
    expect(batches).toEqual([
      [
        ['norm-a', 3],
        ['norm-b', 1],
      ],
    ]);
    send('norm-a', 4);
    vi.advanceTimersByTime(300);
    idle.shift()!();
    expect(batches[1]).toEqual([['norm-a', 4]]);
  });
});
