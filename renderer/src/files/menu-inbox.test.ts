import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/bridge/api';
import { MenuInbox } from './menu-inbox';

function fakeBridge() {
  const listeners = new Set<(command: MenuCommand) => void>();
  return {
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    send: (command: MenuCommand) => listeners.forEach((listener) => listener(command)),
    listeners,
  };
}

describe('MenuInbox', () => {
  it('keeps menu commands chosen while the app starts and hands them, in order, to the first listener; later ones go straight through', () => {
    const bridge = fakeBridge();
    const inbox = new MenuInbox(bridge);
    bridge.send('new-draft');
    bridge.send('show-library');
    const heard: MenuCommand[] = [];
    const stop = inbox.listen((command) => heard.push(command));
    expect(heard).toEqual(['new-draft', 'show-library']);
    bridge.send('import-file');
    expect(heard).toEqual(['new-draft', 'show-library', 'import-file']);
    expect(bridge.listeners.size).toBe(1);

    // A listener replaced (the UI language changed) does not get the early ones again.
    stop();
    const again: MenuCommand[] = [];
    inbox.listen((command) => again.push(command));
    bridge.send('export-docx');
    expect(again).toEqual(['export-docx']);
  });
});
