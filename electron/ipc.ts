// One ipcMain.handle per DrafterApi method. Every argument arrives as `unknown` and is
// validated before anything happens; a call from anywhere but the app's own page is refused.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { basename, join } from 'node:path';
import { CHANNELS, type AppInfo, type DrafterApi } from '../shared/bridge/api';
import { parseBridgeArguments, type BridgeArguments, type InvokableMethod } from '../shared/bridge/schemas';
import type { Language } from '../shared/model/languages';
import { isAppUrl } from './app-origin';
import type { BackupStore } from './backups';
import type { FileAccess } from './files';
import { openExternalSafely } from './security';

export interface IpcDependencies {
  appInfo(): AppInfo;
  files: FileAccess;
  /** Backups in the user data folder; only ever touched with ids and names checked by schema. */
  backups: Pick<BackupStore, 'list' | 'write' | 'read'>;
  setUiLanguage(language: Language): void;
  /** The dev server URL in development (its pages may call too), otherwise null. */
  devUrl: string | null;
}

type Result<M extends InvokableMethod> = Awaited<ReturnType<DrafterApi[M]>>;
type Handler<M extends InvokableMethod> = (
  event: IpcMainInvokeEvent,
  args: BridgeArguments<M>,
) => Promise<Result<M>> | Result<M>;

function assertAppSender(event: IpcMainInvokeEvent, method: string, devUrl: string | null): void {
  const frame = event.senderFrame;
  // Only the app's own top-level page may use the bridge, never an embedded or foreign frame.
  if (!frame || frame.parent !== null || !isAppUrl(frame.url, devUrl)) {
    throw new Error(`Refused ${method}: the call did not come from the app`);
  }
}

function ownerWindow(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

export function registerIpcHandlers(deps: IpcDependencies): void {
  const handle = <M extends InvokableMethod>(method: M, handler: Handler<M>): void => {
    ipcMain.handle(CHANNELS[method], async (event, ...args: unknown[]) => {
      assertAppSender(event, method, deps.devUrl);
      return handler(event, parseBridgeArguments(method, args));
    });
  };

  handle('getAppInfo', () => deps.appInfo());

  handle('saveFile', async (event, [request]) => {
    const options: SaveDialogOptions = {
      defaultPath: join(app.getPath('documents'), request.suggestedName),
      filters: request.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const owner = ownerWindow(event);
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    // The only path ever written: the one the user just chose in main's own dialog.
    await deps.files.writeFileAtomic(choice.filePath, request.data);
    return { saved: true, fileName: basename(choice.filePath) };
  });

  handle('openFile', async (event, [request]) => {
    const options: OpenDialogOptions = { filters: request.filters, properties: ['openFile'] };
    const owner = ownerWindow(event);
    const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return { opened: false, reason: 'cancelled' };
    const read = await deps.files.readFileLimited(path, request.maxBytes);
    if (read.tooLarge) return { opened: false, reason: 'too-large' };
    return { opened: true, name: basename(path), data: read.data };
  });

  handle('openFiles', async (event, [request]) => {
    const options: OpenDialogOptions = { filters: request.filters, properties: ['openFile', 'multiSelections'] };
    const owner = ownerWindow(event);
    const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    if (choice.canceled || choice.filePaths.length === 0) return { opened: false, reason: 'cancelled' };
    if (choice.filePaths.length > request.maxFiles) return { opened: false, reason: 'too-many' };
    const files: { name: string; data: Uint8Array }[] = [];
    const tooLarge: string[] = [];
    for (const path of choice.filePaths) {
      const read = await deps.files.readFileLimited(path, request.maxBytes);
      if (read.tooLarge) tooLarge.push(basename(path));
      else files.push({ name: basename(path), data: read.data });
    }
    return { opened: true, files, tooLarge };
  });

  handle('openExternal', (_event, [url]) => openExternalSafely(url));

  handle('setUiLanguage', (_event, [language]) => deps.setUiLanguage(language));

  handle('listBackups', () => deps.backups.list());
  handle('writeBackup', (_event, [request]) => deps.backups.write(request.draftId, request.data));
  handle('readBackup', (_event, [request]) => deps.backups.read(request.draftId, request.file));
}
