// Main process entry: wires the small modules next to this file together. Nothing here talks
// to the network: no auto-updater, no crash reporter uploads, no remote content.
import { app, BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CHANNELS } from '../shared/bridge/api';
import type { Language } from '../shared/model/languages';
import { APP_ENTRY_URL, devServerUrl } from './app-origin';
import { INSPECTOR_HEAP_MB, WorkerBackupInspector } from './backup-inspector';
import { BackupStore } from './backups';
import { CloseGuard } from './close-guard';
import { applyEngineSwitches } from './engine-switches';
import { nodeFileAccess } from './files';
import { registerIpcHandlers } from './ipc';
import { installAppMenu } from './menu';
import { MENU_LABELS, menuLanguageFor } from './menu-labels';
import { handleAppProtocol, registerAppSchemePrivileges } from './protocol';
import { hardenWebContents, installSessionPolicy } from './security';
import { acquireSingleInstance } from './single-instance';
import { createMainWindow } from './window';

const APP_NAME = 'Norms Drafter';
const devUrl = devServerUrl(process.env, app.isPackaged);
let mainWindow: BrowserWindow | null = null;
// The UI language the page last reported (the system's until then): menu and native dialogs follow it.
let uiLanguage: Language = 'en';
const closeGuard = new CloseGuard({ labels: () => MENU_LABELS[uiLanguage], quit: () => app.quit() });

function openMainWindow(): void {
  const window = createMainWindow({
    title: APP_NAME,
    preloadPath: join(import.meta.dirname, '../preload/preload.cjs'),
    stateFile: join(app.getPath('userData'), 'window-state.json'),
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  closeGuard.attach(window);
  mainWindow = window;
  window
    .loadURL(devUrl ?? APP_ENTRY_URL)
    .catch((error: unknown) => console.error('Could not load the app page:', error));
}

async function start(): Promise<void> {
  installSessionPolicy(session.defaultSession, devUrl);
  handleAppProtocol(join(import.meta.dirname, '../renderer'));
  uiLanguage = menuLanguageFor(app.getPreferredSystemLanguages());
  const setMenuLanguage = installAppMenu(uiLanguage, {
    appName: APP_NAME,
    isMac: process.platform === 'darwin',
    developerItems: devUrl !== null,
    send: (command) =>
      (BrowserWindow.getFocusedWindow() ?? mainWindow)?.webContents.send(CHANNELS.menuCommand, command),
  });
  registerIpcHandlers({
    appInfo: () => ({ name: APP_NAME, version: app.getVersion(), platform: 'electron' }),
    files: nodeFileAccess,
    backups: new BackupStore(join(app.getPath('userData'), 'backups'), {
      inspector: new WorkerBackupInspector(
        () =>
          new Worker(join(import.meta.dirname, 'backup-inspect.worker.js'), {
            resourceLimits: { maxOldGenerationSizeMb: INSPECTOR_HEAP_MB },
          }),
      ),
    }),
    setUiLanguage: (language) => {
      uiLanguage = language;
      setMenuLanguage(language);
    },
    devUrl,
  });
  openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}

// Before 'ready': the engine's switches, the scheme's privileges and the sandbox for every renderer.
applyEngineSwitches(app.commandLine);
registerAppSchemePrivileges();
app.enableSandbox();

if (acquireSingleInstance(() => mainWindow)) {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('before-quit', () => closeGuard.quitRequested());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Norms Drafter could not start:', error);
      app.exit(1);
    });
}
