import { useSyncExternalStore } from 'react';
import { paintedView, type ObservedStore } from './painted-view';

/**
 * What a component shows of a store (`select` returns a string, number or boolean), each change
 * after the frame of the keystroke that made it (see painted-view.ts). The component renders
 * again only when what it selects changes.
 */
export function usePainted<S, T extends string | number | boolean>(
  source: ObservedStore<S>,
  select: (shown: S) => T,
): T {
  const view = paintedView(source);
  const selected = () => select(view.get());
  return useSyncExternalStore(view.subscribe, selected, selected);
}
