import { useCallback, useSyncExternalStore } from 'react';
import type { SaveState } from '../draft/autosave';
import { useServices } from '../services/context';

export function useSaveState(): SaveState {
  const { autosaver } = useServices();
  const subscribe = useCallback((callback: () => void) => autosaver.subscribe(callback), [autosaver]);
  const getState = useCallback(() => autosaver.state, [autosaver]);
  return useSyncExternalStore(subscribe, getState, getState);
}
