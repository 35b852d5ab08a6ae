// Is the same draft open in another window or tab? Each window holds a shared Web Lock named
// after the draft while it is open; the browser releases it when the window closes or dies, so
// counting the holders is never fooled by a crashed window. A broadcast asks the others to
// count again when a window opens or closes the draft.
import { useEffect, useState } from 'react';

const CHANNEL = 'norms-drafter:presence';

export function useDraftPresence(draftId: string): boolean {
  const [others, setOthers] = useState(false);
  useEffect(() => {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks || typeof BroadcastChannel === 'undefined') return;
    const name = `norms-drafter:draft:${draftId}`;
    let active = true;
    let release = () => {};
    const channel = new BroadcastChannel(CHANNEL);
    const count = async () => {
      const state = await locks.query();
      if (active) setOthers((state.held ?? []).filter((lock) => lock.name === name).length > 1);
    };
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (event.data === draftId) void count();
    };
    void locks
      .request(name, { mode: 'shared' }, () => {
        channel.postMessage(draftId);
        void count();
        return new Promise<void>((resolve) => (release = resolve));
      })
      .catch(() => undefined);
    const onFocus = () => void count();
    window.addEventListener('focus', onFocus);
    return () => {
      active = false;
      window.removeEventListener('focus', onFocus);
      release();
      // Let the lock go before the others count again.
      setTimeout(() => {
        channel.postMessage(draftId);
        channel.close();
      }, 50);
    };
  }, [draftId]);
  return others;
}
