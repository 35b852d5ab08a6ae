// For tests of work kept until after a frame (after-paint.ts): frames drawn when the test says.
import { act } from 'react';
import { vi } from 'vitest';

/** Stubs requestAnimationFrame (with fake timers on); `draw` runs one frame and what it left for after. */
export function fakeFrames(): { draw(): void } {
  let frames: (FrameRequestCallback | null)[] = [];
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => void (frames[id - 1] = null));
  return {
    draw() {
      act(() => {
        const due = frames;
        frames = [];
        for (const callback of due) callback?.(0);
      });
      act(() => void vi.runAllTimers());
    },
  };
}

/** Undoes fakeFrames. */
export function realFrames(): void {
  vi.unstubAllGlobals();
  vi.useRealTimers();
}
