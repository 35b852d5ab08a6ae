// Flush pending edits whenever the page may go away or the user moves elsewhere: the tab is
// hidden, the page is being unloaded, the route changes, or (desktop) main is about to close
// the window or quit and waits for the answer.
import type { DrafterApi } from '../../../shared/bridge/api';
import type { Autosaver } from '../draft/autosave';

/** Main's flush request is answered once every pending edit has been written (or has failed). */
export function answerFlushRequests(saver: Pick<Autosaver, 'flush'>, api: Pick<DrafterApi, 'onFlushRequest'>): () => void {
  return api.onFlushRequest(() => saver.flush());
}

export function installSaveOnLeave(saver: Autosaver, api: Pick<DrafterApi, 'onFlushRequest'>): () => void {
  const stopAnswering = answerFlushRequests(saver, api);
  const flush = () => void saver.flush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    flush();
    // Ask before leaving only when a write has actually failed or is held back by a conflict
    // with another window, or storage refuses some text: then leaving could lose text.
    if (saver.state.kind === 'failed' || saver.state.kind === 'conflict' || saver.state.kind === 'refused') event.preventDefault();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', flush);
  window.addEventListener('hashchange', flush);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    stopAnswering();
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('hashchange', flush);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
