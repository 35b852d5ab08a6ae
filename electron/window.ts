// The main window: every security-relevant web preference stated explicitly, and its size and
// position remembered between runs.
import { BrowserWindow, screen, type WebPreferences } from 'electron';
import { loadWindowState, placeWindow, saveWindowState } from './window-state';

export interface MainWindowOptions {
  title: string;
  preloadPath: string;
  /** userData/window-state.json */
  stateFile: string;
}

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Chromium's spellchecker downloads dictionaries on Windows and Linux; macOS uses the OS one.
    spellcheck: process.platform === 'darwin',
  };
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const placement = placeWindow(
    loadWindowState(options.stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    width: placement.width,
    height: placement.height,
    minWidth: 640,
    minHeight: 480,
    title: options.title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  if (placement.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      const { x, y, width, height } = window.getNormalBounds();
      const rounded = { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
      saveWindowState(options.stateFile, { ...rounded, maximized: window.isMaximized() });
    } catch {
      // Forgetting the window's position is not worth interrupting the user's exit.
    }
  });
  return window;
}
