// One running copy: two would write the same library and window state. A second launch
// focuses the window that is already open and then exits.
import { app, type BrowserWindow } from 'electron';

/** Returns false when another instance holds the lock (this one is then quitting). */
export function acquireSingleInstance(currentWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = currentWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
