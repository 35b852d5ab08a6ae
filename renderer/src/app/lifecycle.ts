// Flush pending edits whenever the page may go away or the user moves elsewhere: the tab is
// hidden, the page is being unloaded, or the route changes.
import type { Autosaver } from '../draft/autosave';

export function installSaveOnLeave(saver: Autosaver): () => void {
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
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('hashchange', flush);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
