import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, MENU_COMMANDS, type MenuCommand } from '../shared/bridge/api';
import { LANGUAGES } from '../shared/model/languages';
import { registerIpcHandlers } from './ipc';
import { installAppMenu, menuTemplate, type MenuOptions } from './menu';
import { MENU_LABELS, menuLanguageFor } from './menu-labels';
import { electronModule, ipcHandlers } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule);

const send = vi.fn<(command: MenuCommand) => void>();
const options = (overrides: Partial<MenuOptions> = {}): MenuOptions => ({
  appName: 'Norms Drafter',
  isMac: false,
  developerItems: false,
  send,
  ...overrides,
});
const items = (menu: MenuItemConstructorOptions | undefined) => (menu?.submenu ?? []) as MenuItemConstructorOptions[];
const labels = (template: MenuItemConstructorOptions[]) => template.map((menu) => menu.label);
const lastTemplate = () => electronModule.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as MenuItemConstructorOptions[];

beforeEach(() => vi.clearAllMocks());

describe('menu labels', () => {
  it('exist, non-empty, for every key in all six languages', () => {
    const keys = Object.keys(MENU_LABELS.en).sort();
    for (const language of LANGUAGES) {
      const translated = MENU_LABELS[language] as Record<string, string>;
      expect(Object.keys(translated).sort(), language).toEqual(keys);
      for (const key of keys) expect(translated[key]?.trim(), `${language}.${key}`).toBeTruthy();
    }
  });

  it('are really translated: each language has its own File, Edit, View and Help', () => {
    for (const key of ['file', 'edit', 'view', 'help'] as const) {
      const values = LANGUAGES.map((language) => MENU_LABELS[language][key]);
      expect(new Set(values).size, key).toBe(LANGUAGES.length);
    }
  });

  it('start in the first system language the app speaks', () => {
    expect(menuLanguageFor(['de-CH', 'fr-CH', 'en'])).toBe('fr');
    expect(menuLanguageFor(['zh-Hans-CN'])).toBe('zh');
    expect(menuLanguageFor(['pt_BR'])).toBe('en');
  });
});

describe('application menu', () => {
  it('has File, Edit, View and Help, and File items send app commands', () => {
    const template = menuTemplate('en', options());
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Help']);
    const file = items(template[0]);
    for (const item of file) (item.click as (() => void) | undefined)?.();
    for (const item of items(template[3])) (item.click as (() => void) | undefined)?.();
    const sent = send.mock.calls.map(([command]) => command);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
    const accelerators = Object.fromEntries(
      file.filter((item) => item.accelerator).map((item) => [item.label, item.accelerator]),
    );
    expect(accelerators).toMatchObject({
      'New Draft…': 'CmdOrCtrl+N',
      'Open Draft File…': 'CmdOrCtrl+O',
      'Save Draft File…': 'CmdOrCtrl+S',
      'Print Layout': 'CmdOrCtrl+Alt+P',
    });
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('offers the Word review round trip in File, after Export to Word, in every language', () => {
    const file = items(menuTemplate('en', options())[0]);
    const at = file.findIndex((item) => item.label === 'Export to Word…');
    expect(file.slice(at + 1, at + 3).map((item) => item.label)).toEqual([
      'Export for Review (Word)…',
      'Bring Back Reviewed Word File…',
    ]);
    for (const item of file.slice(at + 1, at + 3)) (item.click as () => void)();
    expect(send.mock.calls.map(([command]) => command)).toEqual(['export-for-review', 'bring-back-review']);
    const french = items(menuTemplate('fr', options())[0]).map((item) => item.label);
    expect(french).toContain('Exporter pour relecture (Word)…');
    expect(french).toContain('Rapporter un fichier Word relu…');
  });

  it('uses the standard roles for editing and viewing, with translated labels', () => {
    const template = menuTemplate('es', options());
    const roles = (menu: MenuItemConstructorOptions | undefined) =>
      items(menu)
        .map((item) => item.role)
        .filter(Boolean);
    expect(roles(template[1])).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll']);
    expect(roles(template[2])).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(items(template[1])[0]?.label).toBe('Deshacer');
  });

  it('offers reload and developer tools only when developing', () => {
    const devView = items(menuTemplate('en', options({ developerItems: true }))[2]).map((item) => item.role);
    expect(devView).toContain('toggleDevTools');
    expect(devView).toContain('reload');
  });

  it('on macOS starts with the app menu and adds the Window menu', () => {
    const template = menuTemplate('fr', options({ isMac: true }));
    expect(labels(template)).toEqual(['Norms Drafter', 'Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    expect(
      items(template[0])
        .map((item) => item.role)
        .filter(Boolean),
    ).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(items(template[1]).at(-1)?.role).toBe('close');
  });

  it('follows the UI language the renderer sets', async () => {
    const setLanguage = installAppMenu('en', options());
    expect(electronModule.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(labels(lastTemplate())).toEqual(['File', 'Edit', 'View', 'Help']);

    ipcHandlers.clear();
    registerIpcHandlers({
      appInfo: () => ({ name: 'x', version: '0', platform: 'electron' }),
      files: { writeFileAtomic: vi.fn(), readFileLimited: vi.fn() },
      backups: { list: vi.fn(), write: vi.fn(), read: vi.fn() },
      setUiLanguage: setLanguage,
      devUrl: null,
    });
    const event = { sender: {}, senderFrame: { url: 'app://drafter/index.html', parent: null } };
    for (const language of LANGUAGES) {
      await ipcHandlers.get(CHANNELS.setUiLanguage)?.(event, language);
      expect(labels(lastTemplate())[0]).toBe(MENU_LABELS[language].file);
    }
    expect(labels(lastTemplate())).toEqual(['Archivo', 'Edición', 'Ver', 'Ayuda']);
    expect(electronModule.Menu.setApplicationMenu).toHaveBeenCalledTimes(1 + LANGUAGES.length);
  });
});
