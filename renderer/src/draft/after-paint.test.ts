import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaintBatcher } from './after-paint';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('afterNextPaintBatcher', () => {
  it('delivers once after the next frame, with the latest value of each key', () => {
    vi.useFakeTimers();
    const frames: Array<() => void> = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    const batches: Array<Array<[string, number]>> = [];
    const send = afterNextPaintBatcher<string, number>((batch) => batches.push([...batch]));
    send('norm-a', 1);
    send('norm-b', 1);
    send('norm-a', 2);
    expect(batches).toEqual([]);
    frames.shift()!();
    expect(batches).toEqual([]); // the frame is painted first
    vi.runAllTimers();
    expect(batches).toEqual([[['norm-a', 2], ['norm-b', 1]]]);
    send('norm-a', 3);
    frames.shift()!();
    vi.runAllTimers();
    expect(batches[1]).toEqual([['norm-a', 3]]);
  });
});
