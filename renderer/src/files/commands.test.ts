import { describe, expect, it, vi } from 'vitest';
import { CommandBus } from './commands';

describe('CommandBus', () => {
  it('runs the handler of the screen on show, the latest one when two are registered', () => {
    const bus = new CommandBus();
    const library = vi.fn();
    const dialog = vi.fn();
    bus.handle('import-file', library);
    const remove = bus.handle('import-file', dialog);
    expect(bus.dispatch('import-file')).toBe(true);
    expect(dialog).toHaveBeenCalledTimes(1);
    expect(library).not.toHaveBeenCalled();
    remove();
    bus.dispatch('import-file');
    expect(library).toHaveBeenCalledTimes(1);
  });

  it('drops a command nothing on screen can do, unless asked to wait for a handler', () => {
    const bus = new CommandBus();
    expect(bus.dispatch('export-docx')).toBe(false);
    const exporter = vi.fn();
    bus.handle('export-docx', exporter);
    expect(exporter).not.toHaveBeenCalled();

    expect(bus.dispatch('new-draft', { queue: true })).toBe(false);
    const creator = vi.fn();
    bus.handle('new-draft', creator);
    expect(creator).toHaveBeenCalledTimes(1);
    bus.handle('new-draft', vi.fn())();
    expect(creator).toHaveBeenCalledTimes(1);
  });
});
