import { useSyncExternalStore } from 'react';
import type { SaveState } from '../draft/autosave';
import { useServices } from '../services/context';
import { paintedView } from '../ui/painted-view';

/**
 * What a component shows of the autosave's state (`select` returns a string, number or boolean),
 * each change after the frame of the keystroke that made it: for the notices about failures,
 * which need not render in that keystroke's frame (the first key after each save turns "saved"
 * into "saving"). The component renders again only when what it selects changes.
 */
export function usePaintedSaveState<T extends string | number | boolean>(select: (state: SaveState) => T): T {
  const view = paintedView(useServices().autosaver);
  const selected = () => select(view.get());
  return useSyncExternalStore(view.subscribe, selected, selected);
}
