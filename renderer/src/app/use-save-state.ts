import { useSyncExternalStore } from 'react';
import type { SaveState } from '../draft/autosave';
import { useServices } from '../services/context';
import { paintedView } from '../ui/painted-view';

/** The autosave's state, each change shown after the frame of the keystroke that made it. */
export function useSaveState(): SaveState {
  const view = paintedView(useServices().autosaver);
  return useSyncExternalStore(view.subscribe, view.get, view.get);
}
