import { useCallback, useSyncExternalStore } from 'react';
import type { SaveState } from '../draft/autosave';
import { useServices } from '../services/context';
import { paintedView } from '../ui/painted-view';

/** The autosave's state as it is: what the "Saved" line shows, never "Saved" while a change waits. */
export function useSaveState(): SaveState {
  const { autosaver } = useServices();
  const subscribe = useCallback((callback: () => void) => autosaver.subscribe(callback), [autosaver]);
  const getState = useCallback(() => autosaver.state, [autosaver]);
  return useSyncExternalStore(subscribe, getState, getState);
}

/**
 * The same, each change shown after the frame of the keystroke that made it: for the notices
 * about failures, which need not render in that keystroke's frame (the first key after each
 * save turns "saved" into "saving").
 */
export function usePaintedSaveState(): SaveState {
  const view = paintedView(useServices().autosaver);
  return useSyncExternalStore(view.subscribe, view.get, view.get);
}
