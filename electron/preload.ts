// The bridge, built once and exposed once. The renderer gets these functions and nothing else:
// no ipcRenderer, no channel names, no Node. Main validates every argument again.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_GLOBAL,
  CHANNELS,
  FLUSH_TOKEN,
  MENU_COMMANDS,
  type AppInfo,
  type DrafterApi,
  type DraftBackups,
  type MenuCommand,
  type ReadBackupRequest,
  type ReadBackupResult,
  type OpenFileRequest,
  type OpenFileResult,
  type OpenFilesRequest,
  type OpenFilesResult,
  type SaveFileRequest,
  type SaveFileResult,
  type WriteBackupRequest,
  type WriteBackupResult,
} from '../shared/bridge/api';

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

// A menu command chosen while the page is still loading (nothing listens yet) waits here and
// reaches the first listener, so a click on "Open draft file…" during start-up is not lost.
const MAX_WAITING_COMMANDS = 10;
const menuListeners = new Set<(command: MenuCommand) => void>();
const waitingCommands: MenuCommand[] = [];
// The event object is never passed on: it would hand the page a reference to ipcRenderer.
ipcRenderer.on(CHANNELS.menuCommand, (_event: IpcRendererEvent, command: unknown) => {
  if (!isMenuCommand(command)) return;
  if (menuListeners.size > 0) for (const listener of [...menuListeners]) listener(command);
  else if (waitingCommands.length < MAX_WAITING_COMMANDS) waitingCommands.push(command);
});

const api = {
  getAppInfo: (): Promise<AppInfo> => ipcRenderer.invoke(CHANNELS.getAppInfo),
  saveFile: (request: SaveFileRequest): Promise<SaveFileResult> => ipcRenderer.invoke(CHANNELS.saveFile, request),
  openFile: (request: OpenFileRequest): Promise<OpenFileResult> => ipcRenderer.invoke(CHANNELS.openFile, request),
  openFiles: (request: OpenFilesRequest): Promise<OpenFilesResult> => ipcRenderer.invoke(CHANNELS.openFiles, request),
  openExternal: (url: string): Promise<boolean> => ipcRenderer.invoke(CHANNELS.openExternal, url),
  setUiLanguage: (language: string): Promise<void> => ipcRenderer.invoke(CHANNELS.setUiLanguage, language),
  listBackups: (): Promise<DraftBackups[]> => ipcRenderer.invoke(CHANNELS.listBackups),
  writeBackup: (request: WriteBackupRequest): Promise<WriteBackupResult> =>
    ipcRenderer.invoke(CHANNELS.writeBackup, request),
  readBackup: (request: ReadBackupRequest): Promise<ReadBackupResult> =>
    ipcRenderer.invoke(CHANNELS.readBackup, request),
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
    // Each subscription gets its own wrapper, so the same function subscribed twice is two listeners.
    const subscribed = (command: MenuCommand) => listener(command);
    menuListeners.add(subscribed);
    for (const command of waitingCommands.splice(0)) subscribed(command);
    return () => {
      menuListeners.delete(subscribed);
    };
  },
  onFlushRequest(listener: () => Promise<void>): () => void {
    if (typeof listener !== 'function') throw new TypeError('onFlushRequest needs a function');
    const relay = (_event: IpcRendererEvent, token: unknown) => {
      if (typeof token !== 'string' || !FLUSH_TOKEN.test(token)) return;
      // Answered only once the write has finished, whether it succeeded or not: a failed save
      // is the page's beforeunload's business (main then asks the user).
      const answer = () => ipcRenderer.send(CHANNELS.flushDone, token);
      Promise.resolve()
        .then(() => listener())
        .then(answer, answer);
    };
    ipcRenderer.on(CHANNELS.flushRequest, relay);
    return () => {
      ipcRenderer.removeListener(CHANNELS.flushRequest, relay);
    };
  },
} satisfies DrafterApi;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api);
