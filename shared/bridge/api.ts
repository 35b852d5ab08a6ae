// The one typed contract between the renderer and the Electron main process.
// The preload builds an object that `satisfies DrafterApi`; the web build implements the same
// interface with browser equivalents (renderer/platform/). Main validates every argument with
// the zod schemas in ./schemas.ts, because a compromised renderer can send anything.

export interface FileFilter {
  /** Label shown in the native dialog, already translated. */
  name: string;
  /** Extensions without the dot, e.g. ["docx"]. */
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  filters: FileFilter[];
  data: Uint8Array;
}

export type SaveFileResult = { saved: true; fileName: string } | { saved: false };

export interface OpenFileRequest {
  filters: FileFilter[];
  /** Files larger than this are refused before they are read. */
  maxBytes: number;
}

export type OpenFileResult =
  { opened: true; name: string; data: Uint8Array } | { opened: false; reason: 'cancelled' | 'too-large' };

/** Several files chosen in one dialog (returned contributions); each is read only within maxBytes. */
export interface OpenFilesRequest extends OpenFileRequest {
  /** More files chosen than this: none is read. */
  maxFiles: number;
}

export type OpenFilesResult =
  /** tooLarge: names of chosen files left unread as larger than maxBytes. */
  | { opened: true; files: { name: string; data: Uint8Array }[]; tooLarge: string[] }
  | { opened: false; reason: 'cancelled' | 'too-many' };

export interface AppInfo {
  name: string;
  version: string;
  platform: 'electron' | 'web';
}

/** One backup file of a draft, in the backups folder of the desktop app. */
export interface BackupFileInfo {
  /** The file's name in the draft's backup folder (its UTC time), e.g. 20260512T140301123Z.normdraft. */
  file: string;
  savedAt: number;
  bytes: number;
}

export interface DraftBackups {
  draftId: string;
  /** The title in the newest readable backup; empty when none could be read. */
  title: string;
  /** Newest first. */
  files: BackupFileInfo[];
}

export interface WriteBackupRequest {
  draftId: string;
  /** The draft as a .normdraft file; main checks that it parses and is this draft. */
  data: Uint8Array;
}

export type WriteBackupResult =
  | { written: true; file: string }
  /** too-soon: this draft, or backups in general, were written too often in the last minute; try later. */
  | { written: false; reason: 'unavailable' | 'too-soon' | 'would-empty' | 'invalid' }
  /** The backups folder holds its maximum even with only each draft's newest backup left. */
  | { written: false; reason: 'folder-full'; maxTotalBytes: number };

export interface ReadBackupRequest {
  draftId: string;
  file: string;
}

export type ReadBackupResult = { found: true; data: Uint8Array } | { found: false };

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = [
  'new-draft',
  'open-draft-file',
  'save-draft-file',
  'export-docx',
  'export-for-review',
  'bring-back-review',
  'print-layout',
  'import-file',
  'show-library',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface DrafterApi {
  getAppInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  openFiles(request: OpenFilesRequest): Promise<OpenFilesResult>;
  /** Opens http, https and mailto links in the system browser; anything else is refused. */
  openExternal(url: string): Promise<boolean>;
  /** Tells main the UI language so the native menu follows it. */
  setUiLanguage(language: string): Promise<void>;
  /** Backups written by main outside the browser storage (the web build has none). */
  listBackups(): Promise<DraftBackups[]>;
  /** Writes a backup of one draft; refused when too soon after the last, or empty over text. */
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  readBackup(request: ReadBackupRequest): Promise<ReadBackupResult>;
  /**
   * Subscribes to native menu commands; returns the unsubscribe function. Commands chosen while
   * nothing listened (the page loading) are handed to the first listener, in order.
   */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Before a window closes or the app quits, main asks the page to write its pending edits and
   * waits (a few seconds at most) until the listener's promise settles. Returns the unsubscribe
   * function.
   */
  onFlushRequest(listener: () => Promise<void>): () => void;
}

/** Methods that subscribe to main's messages rather than call main. */
export type SubscriptionMethod = 'onMenuCommand' | 'onFlushRequest';

/** IPC channel names, one per method; never build a channel name from data. */
export const CHANNELS = {
  getAppInfo: 'drafter:get-app-info',
  saveFile: 'drafter:save-file',
  openFile: 'drafter:open-file',
  openFiles: 'drafter:open-files',
  openExternal: 'drafter:open-external',
  setUiLanguage: 'drafter:set-ui-language',
  listBackups: 'drafter:list-backups',
  writeBackup: 'drafter:write-backup',
  readBackup: 'drafter:read-backup',
  menuCommand: 'drafter:menu-command',
  /** main → page: write pending edits, then answer on flushDone with the same token. */
  flushRequest: 'drafter:flush-request',
  flushDone: 'drafter:flush-done',
} as const;

/** Channels main sends on, or listens on without a reply (no ipcMain.handle). */
export const EVENT_CHANNELS = [CHANNELS.menuCommand, CHANNELS.flushRequest, CHANNELS.flushDone] as const;

/** The token main sends with a flush request (a UUID); anything else is ignored. */
export const FLUSH_TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Name of the global the preload exposes with contextBridge. */
export const BRIDGE_GLOBAL = 'drafter' as const;
