// @vitest-environment jsdom
// A state as the notices show it: a change appears once the keystroke's frame is drawn,
// not inside it; several changes before that frame make one update; nothing is left scheduled
// once no one watches.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paintedView, type ObservedStore } from './painted-view';

let frames: FrameRequestCallback[] = [];

function store(initial: string): ObservedStore<string> & { set(next: string): void } {
  const listeners = new Set<() => void>();
  const found = {
    state: initial,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    set(next: string) {
      found.state = next;
      for (const listener of listeners) listener();
    },
  };
  return found;
}

/** A store with a view watching it: `told` is called at each update of the view. */
function watched(initial: string) {
  const saves = store(initial);
  const view = paintedView(saves);
  const told = vi.fn();
  const stop = view.subscribe(told);
  return { saves, view, told, stop };
}

function drawFrame(): void {
  const due = frames;
  frames = [];
  for (const callback of due) callback(0);
  vi.runAllTimers();
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => void (frames[id - 1] = () => undefined));
});

afterEach(() => {
  frames = [];
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('paintedView', () => {
  it('shows a change after the frame being drawn, not during it', () => {
    const { saves, view, told } = watched('saved');
    saves.set('saving');
    vi.runAllTimers();
    expect(view.get()).toBe('saved');
    expect(told).not.toHaveBeenCalled();
    drawFrame();
    expect(view.get()).toBe('saving');
    expect(told).toHaveBeenCalledTimes(1);
  });

  it('makes one update of several changes before the frame, showing the last', () => {
    const { saves, view, told } = watched('saved');
    saves.set('saving');
    saves.set('failed');
    drawFrame();
    expect(told).toHaveBeenCalledTimes(1);
    expect(view.get()).toBe('failed');
  });

  it('is one view per store, and unwatched it reads the store itself', () => {
    const saves = store('saved');
    expect(paintedView(saves)).toBe(paintedView(saves));
    saves.set('saving');
    expect(paintedView(saves).get()).toBe('saving');
  });

  it('stops listening and drops a waiting update when the last watcher leaves', () => {
    const { saves, told, stop } = watched('saved');
    saves.set('saving');
    stop();
    drawFrame();
    expect(told).not.toHaveBeenCalled();
    saves.set('saved');
    drawFrame();
    expect(told).not.toHaveBeenCalled();
  });
});
