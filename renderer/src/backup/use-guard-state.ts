// The open draft's conflicts with other windows, as React state.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useServices } from '../services/context';
import type { GuardState } from '../storage/edit-guard';

export function useGuardState(draftId: string): GuardState {
  const { editGuard } = useServices();
  const last = useRef<GuardState>({ conflicts: [], stale: [] });
  const subscribe = useCallback(
    (callback: () => void) => editGuard.subscribe((id) => id === draftId && callback()),
    [editGuard, draftId],
  );
  const read = useCallback(() => {
    const next = editGuard.state(draftId);
    const same =
      next.conflicts.join() === last.current.conflicts.join() && next.stale.join() === last.current.stale.join();
    if (!same) last.current = next;
    return last.current;
  }, [editGuard, draftId]);
  return useSyncExternalStore(subscribe, read);
}
