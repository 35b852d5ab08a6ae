// A store's state as the screen shows it: each change once the frame being drawn is on screen.
// For what a keystroke changes but its frame need not show (the notices that follow the save
// state, which turns from "saved" to "saving" with the first key after each save): rendering
// them in that key's own frame made it one of the slowest keystrokes (bench/). One view per
// store, shared by every component that shows it.
import { afterNextPaint } from './after-paint';

export interface ObservedStore<T> {
  readonly state: T;
  subscribe(listener: () => void): () => void;
}

export interface PaintedView<T> {
  subscribe(listener: () => void): () => void;
  get(): T;
}

function viewOf<T>(source: ObservedStore<T>): PaintedView<T> {
  let shown = source.state;
  let waiting: (() => void) | null = null;
  let stop: (() => void) | null = null;
  const listeners = new Set<() => void>();
  const show = () => {
    waiting = null;
    shown = source.state;
    for (const listener of listeners) listener();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      stop ??= source.subscribe(() => void (waiting ??= afterNextPaint(show)));
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        stop?.();
        waiting?.();
        stop = waiting = null;
      };
    },
    // Unwatched, it is the store's state itself (the first render sees the latest).
    get: () => (listeners.size > 0 ? shown : (shown = source.state)),
  };
}

const views = new WeakMap<object, PaintedView<unknown>>();

export function paintedView<T>(source: ObservedStore<T>): PaintedView<T> {
  let view = views.get(source) as PaintedView<T> | undefined;
  if (!view) views.set(source, (view = viewOf(source)));
  return view;
}
