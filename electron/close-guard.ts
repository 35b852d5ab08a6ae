// Closing a window or quitting never loses an edit. On 'close', main first asks the page to
// write its pending edits (autosave) and waits for the answer, a few seconds at most, then closes.
// If some text still could not be saved (a failed write, a conflict with another window), the
// page's beforeunload cancels the unload and main asks the user natively: Keep editing, or
// Close anyway. Without that question Close and Quit would silently do nothing.
import { randomUUID } from 'node:crypto';
import { dialog, ipcMain, type BrowserWindow, type Event, type IpcMainEvent, type WebContents } from 'electron';
import { CHANNELS } from '../shared/bridge/api';
import type { MenuLabels } from './menu-labels';

/** Long enough for a write to IndexedDB under load; short enough that a hung page still closes. */
export const FLUSH_TIMEOUT_MS = 3000;

export type CloseLabels = Pick<
  MenuLabels,
  'closeUnsavedTitle' | 'closeUnsavedMessage' | 'closeUnsavedDetail' | 'keepEditing' | 'closeAnyway'
>;

export type FlushOutcome = 'flushed' | 'timed-out' | 'gone';

/** Asks the page to write pending edits; settles on its answer, after the timeout, or if the page goes. */
export function requestFlush(contents: WebContents, timeoutMs = FLUSH_TIMEOUT_MS): Promise<FlushOutcome> {
  if (contents.isDestroyed() || contents.isCrashed()) return Promise.resolve('gone');
  const token = randomUUID();
  return new Promise((resolve) => {
    const finish = (outcome: FlushOutcome) => {
      clearTimeout(timer);
      ipcMain.removeListener(CHANNELS.flushDone, onDone);
      contents.removeListener('destroyed', onGone);
      resolve(outcome);
    };
    // Only this page's answer to this request counts.
    const onDone = (event: IpcMainEvent, reply: unknown) => {
      if (event.sender === contents && reply === token) finish('flushed');
    };
    const onGone = () => finish('gone');
    const timer = setTimeout(() => finish('timed-out'), timeoutMs);
    ipcMain.on(CHANNELS.flushDone, onDone);
    contents.once('destroyed', onGone);
    contents.send(CHANNELS.flushRequest, token);
  });
}

/** Index of "Close anyway" among the dialog's buttons; "Keep editing" (0) is the default and Esc. */
const CLOSE_ANYWAY = 1;

/** True when the user chose to close although some text is not saved. */
export function confirmCloseUnsaved(window: BrowserWindow, labels: CloseLabels): boolean {
  const choice = dialog.showMessageBoxSync(window, {
    type: 'warning',
    title: labels.closeUnsavedTitle,
    message: labels.closeUnsavedMessage,
    detail: labels.closeUnsavedDetail,
    buttons: [labels.keepEditing, labels.closeAnyway],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return choice === CLOSE_ANYWAY;
}

export interface CloseGuardOptions {
  /** The dialog's texts, in the current UI language. */
  labels(): CloseLabels;
  /** Quits the app (app.quit): called again once a window that held up a quit has flushed. */
  quit(): void;
  timeoutMs?: number;
}

export class CloseGuard {
  private quitting = false;
  private readonly flushing = new WeakSet<BrowserWindow>();
  private readonly flushed = new WeakSet<BrowserWindow>();

  constructor(private readonly options: CloseGuardOptions) {}

  /** The app's 'before-quit': the windows are about to be closed for a quit. */
  quitRequested(): void {
    this.quitting = true;
  }

  attach(window: BrowserWindow): void {
    window.on('close', (event) => this.onClose(window, event));
    window.webContents.on('will-prevent-unload', (event) => this.onPreventUnload(window, event));
  }

  private onClose(window: BrowserWindow, event: Event): void {
    // Flushed already: let the close go on (the page's beforeunload has the last word).
    if (this.flushed.has(window)) return;
    event.preventDefault();
    if (this.flushing.has(window)) return;
    this.flushing.add(window);
    void requestFlush(window.webContents, this.options.timeoutMs).then(() => {
      this.flushing.delete(window);
      if (window.isDestroyed()) return;
      this.flushed.add(window);
      // A quit was cancelled by preventing this close: start it again, now that this window may go.
      if (this.quitting) this.options.quit();
      else window.close();
    });
  }

  private onPreventUnload(window: BrowserWindow, event: Event): void {
    // preventDefault here overrides the page's beforeunload: the window unloads.
    if (confirmCloseUnsaved(window, this.options.labels())) {
      event.preventDefault();
      return;
    }
    // Keep editing: the window stays, and the next Close or Quit asks the page to save again.
    this.flushed.delete(window);
    this.quitting = false;
  }
}
