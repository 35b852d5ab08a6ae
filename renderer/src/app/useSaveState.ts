import { useSyncExternalStore } from 'react';
import type { SaveState } from '../draft/autosave';
import { autosaver } from './services';

const subscribe = (callback: () => void) => autosaver.subscribe(callback);
const getState = () => autosaver.state;

export function useSaveState(): SaveState {
  return useSyncExternalStore(subscribe, getState);
}
