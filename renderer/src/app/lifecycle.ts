// Flush pending edits whenever the page may go away or the user moves elsewhere: the tab is
// hidden, the page is being unloaded, the route changes, or (desktop) main is about to close
// the window or quit and waits for the answer.
import type { DrafterApi } from '../../../shared/bridge/api';
import type { Autosaver } from '../draft/autosave';
import type { LeaveJournal } from '../rescue/leave-journal';

/** Main's flush request is answered once every pending edit has been written (or has failed). */
export function answerFlushRequests(
  saver: Pick<Autosaver, 'flush'>,
  api: Pick<DrafterApi, 'onFlushRequest'>,
): () => void {
  return api.onFlushRequest(() => saver.flush());
}

/** `journal`: where text not yet stored is copied as the page goes away (web; see leave-journal.ts). */
export function installSaveOnLeave(
  saver: Autosaver,
  api: Pick<DrafterApi, 'onFlushRequest'>,
  journal?: LeaveJournal,
): () => void {
  const stopAnswering = answerFlushRequests(saver, api);
  const flush = () => void saver.flush();
  const leave = () => {
    journal?.write();
    flush();
  };
  const stopClearing = saver.subscribe((state) => {
    if (state.kind === 'saved' && !saver.dirty) journal?.clear();
  });
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    leave();
    // Ask before leaving only when a write has actually failed or is held back by a conflict
    // with another window, or storage refuses some text: then leaving could lose text.
    if (saver.state.kind === 'failed' || saver.state.kind === 'conflict' || saver.state.kind === 'refused')
      event.preventDefault();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', leave);
  window.addEventListener('hashchange', flush);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    stopAnswering();
    stopClearing();
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', leave);
    window.removeEventListener('hashchange', flush);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
