// A stand-in for the `electron` module in unit tests (the real one needs the Electron binary).
// Use it with: vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule)
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** Casts a fake to the Electron type a function under test expects. */
export function asElectron<T>(fake: unknown): T {
  return fake as T;
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
  readonly send = vi.fn();
  destroyed = false;
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isCrashed(): boolean {
    return false;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  static readonly fromWebContents = vi.fn((): FakeBrowserWindow | null => null);
  static readonly getFocusedWindow = vi.fn((): FakeBrowserWindow | null => null);
  static readonly getAllWindows = vi.fn(() => FakeBrowserWindow.instances);

  readonly webContents = new FakeWebContents();
  bounds: { x: number; y: number; width: number; height: number };
  maximized = false;
  minimized = false;
  readonly maximize = vi.fn(() => {
    this.maximized = true;
  });
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  destroyed = false;
  /** The page's beforeunload cancels the unload (as the app's does while text is not saved). */
  pageCancelsUnload = false;
  /**
   * As Electron does: 'close' first, which a listener may cancel; then the page's beforeunload,
   * whose cancellation 'will-prevent-unload' may override; otherwise the window goes.
   */
  readonly close = vi.fn(() => {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    if (this.pageCancelsUnload) {
      let overridden = false;
      this.webContents.emit('will-prevent-unload', { preventDefault: () => (overridden = true) });
      if (!overridden) return;
    }
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  });

  constructor(readonly options: Record<string, unknown>) {
    super();
    const n = (key: string, fallback: number) =>
      typeof options[key] === 'number' ? (options[key] as number) : fallback;
    this.bounds = { x: n('x', 10), y: n('y', 10), width: n('width', 800), height: n('height', 600) };
    FakeBrowserWindow.instances.push(this);
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
}

function createSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
}

const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  paths: {} as Record<string, string>,
  getPath: vi.fn((name: string) => app.paths[name] ?? `/nonexistent/${name}`),
  getVersion: vi.fn(() => '0.1.0'),
  getPreferredSystemLanguages: vi.fn(() => ['en-GB']),
  requestSingleInstanceLock: vi.fn(() => true),
  enableSandbox: vi.fn(),
  commandLine: { appendSwitch: vi.fn((_name: string, _value?: string) => undefined) },
  quit: vi.fn(),
  exit: vi.fn(),
  // Tests resolve readiness themselves; see `ready()`.
  readyCallbacks: [] as Listener[],
  whenReady: vi.fn(() => new Promise<void>((resolve) => app.readyCallbacks.push(() => resolve()))),
});

export const ipcHandlers = new Map<string, Listener>();

export const electronModule = {
  app,
  BrowserWindow: FakeBrowserWindow,
  ipcMain: Object.assign(new EventEmitter(), {
    handle: vi.fn((channel: string, handler: Listener) => {
      if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
      ipcHandlers.set(channel, handler);
    }),
  }),
  dialog: {
    showMessageBoxSync: vi.fn((..._args: unknown[]) => 0),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  },
  shell: { openExternal: vi.fn(async (_url: string) => undefined) },
  session: { defaultSession: createSession() },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]) },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: Object.assign(new EventEmitter(), {
    invoke: vi.fn(async (..._args: unknown[]) => undefined),
    send: vi.fn((..._args: unknown[]) => undefined),
  }),
};

/** Lets the `app.whenReady()` promises resolve, as Electron does once it has started. */
export async function ready(): Promise<void> {
  for (const callback of app.readyCallbacks.splice(0)) callback();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Back to a fresh start: no windows, handlers, listeners or recorded calls, every fake back to
 * its own behaviour. With `vi.resetModules()` a test can start main as if nothing ran before it.
 */
export function resetFakeElectron(): void {
  FakeBrowserWindow.instances.length = 0;
  ipcHandlers.clear();
  app.readyCallbacks.length = 0;
  app.removeAllListeners();
  electronModule.ipcMain.removeAllListeners();
  vi.resetAllMocks();
}
