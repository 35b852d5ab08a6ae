// The native application menu: File, Edit, View, (Window on macOS), Help, plus the macOS app
// menu. File items are app commands sent to the renderer; the rest are Electron roles.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/bridge/api';
import type { Language } from '../shared/model/languages';
import { MENU_LABELS, type MenuLabels } from './menu-labels';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** Reload and developer tools, only when running from the dev server. */
  developerItems: boolean;
  send(command: MenuCommand): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

function fileMenu(l: MenuLabels, o: MenuOptions): MenuItemConstructorOptions {
  const command = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => o.send(id),
  });
  return {
    label: l.file,
    submenu: [
      command(l.newDraft, 'new-draft', 'CmdOrCtrl+N'),
      command(l.openDraftFile, 'open-draft-file', 'CmdOrCtrl+O'),
      command(l.saveDraftFile, 'save-draft-file', 'CmdOrCtrl+S'),
      separator,
      command(l.importFile, 'import-file', 'CmdOrCtrl+Shift+O'),
      command(l.exportDocx, 'export-docx', 'CmdOrCtrl+Shift+E'),
      command(l.exportForReview, 'export-for-review'),
      command(l.bringBackReview, 'bring-back-review'),
      // Word's own shortcut for its Print Layout view.
      command(l.printLayout, 'print-layout', 'CmdOrCtrl+Alt+P'),
      separator,
      command(l.showLibrary, 'show-library', 'CmdOrCtrl+Shift+L'),
      separator,
      o.isMac ? { role: 'close', label: l.closeWindow } : { role: 'quit', label: l.quit },
    ],
  };
}

function editMenu(l: MenuLabels): MenuItemConstructorOptions {
  return {
    label: l.edit,
    submenu: [
      { role: 'undo', label: l.undo },
      { role: 'redo', label: l.redo },
      separator,
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { role: 'pasteAndMatchStyle', label: l.pasteAndMatchStyle },
      { role: 'selectAll', label: l.selectAll },
    ],
  };
}

function viewMenu(l: MenuLabels, o: MenuOptions): MenuItemConstructorOptions {
  const developer: MenuItemConstructorOptions[] = o.developerItems
    ? [separator, { role: 'reload', label: l.reload }, { role: 'toggleDevTools', label: l.toggleDevTools }]
    : [];
  return {
    label: l.view,
    submenu: [
      { role: 'resetZoom', label: l.resetZoom },
      { role: 'zoomIn', label: l.zoomIn },
      { role: 'zoomOut', label: l.zoomOut },
      separator,
      { role: 'togglefullscreen', label: l.toggleFullScreen },
      ...developer,
    ],
  };
}

function macMenus(
  l: MenuLabels,
  o: MenuOptions,
): { app: MenuItemConstructorOptions; window: MenuItemConstructorOptions } {
  return {
    app: {
      label: o.appName,
      submenu: [
        { label: l.about, click: () => o.send('about') },
        separator,
        { role: 'services', label: l.services },
        separator,
        { role: 'hide', label: l.hide },
        { role: 'hideOthers', label: l.hideOthers },
        { role: 'unhide', label: l.showAll },
        separator,
        { role: 'quit', label: l.quitApp },
      ],
    },
    window: {
      role: 'window',
      label: l.window,
      submenu: [
        { role: 'minimize', label: l.minimize },
        { role: 'zoom', label: l.zoom },
        separator,
        { role: 'front', label: l.front },
      ],
    },
  };
}

export function menuTemplate(language: Language, o: MenuOptions): MenuItemConstructorOptions[] {
  const l = MENU_LABELS[language];
  // On macOS "About" lives in the app menu; elsewhere in Help.
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: l.help,
    submenu: o.isMac ? [] : [{ label: l.about, click: () => o.send('about') }],
  };
  if (!o.isMac) return [fileMenu(l, o), editMenu(l), viewMenu(l, o), help];
  const mac = macMenus(l, o);
  return [mac.app, fileMenu(l, o), editMenu(l), viewMenu(l, o), mac.window, help];
}

/** Sets the menu now and returns the function that rebuilds it in another language. */
export function installAppMenu(language: Language, options: MenuOptions): (language: Language) => void {
  const apply = (next: Language) => Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(next, options)));
  apply(language);
  return apply;
}
