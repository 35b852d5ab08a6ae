import { describe, expect, it, vi } from 'vitest';
import { CommandBus } from './commands';
import { routeMenuCommand, type MenuTargets } from './menu-routing';

function targets(bus = new CommandBus()) {
  return { navigate: vi.fn<MenuTargets['navigate']>(), commands: bus, needsDraft: vi.fn<MenuTargets['needsDraft']>() };
}

describe('routeMenuCommand', () => {
  it('shows the library, and opens the New draft form there once it is on screen', () => {
    const bus = new CommandBus();
    const to = targets(bus);
    routeMenuCommand('show-library', to);
    expect(to.navigate).toHaveBeenLastCalledWith({ screen: 'library' });
    routeMenuCommand('new-draft', to);
    expect(to.navigate).toHaveBeenLastCalledWith({ screen: 'library' });
    const openForm = vi.fn();
    bus.handle('new-draft', openForm);
    expect(openForm).toHaveBeenCalledTimes(1);
  });

  it('runs Open and Import from any screen, the same actions as the buttons', () => {
    const bus = new CommandBus();
    const open = vi.fn();
    const importer = vi.fn();
    bus.handle('open-draft-file', open);
    bus.handle('import-file', importer);
    routeMenuCommand('open-draft-file', targets(bus));
    routeMenuCommand('import-file', targets(bus));
    expect(open).toHaveBeenCalledTimes(1);
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it("opens the open draft's print layout, and says a draft must be open when none is", () => {
    const bus = new CommandBus();
    const to = targets(bus);
    routeMenuCommand('print-layout', to);
    expect(to.needsDraft).toHaveBeenCalledTimes(1);
    const pages = vi.fn();
    bus.handle('print-layout', pages);
    routeMenuCommand('print-layout', to);
    expect(pages).toHaveBeenCalledTimes(1);
    expect(to.needsDraft).toHaveBeenCalledTimes(1);
  });

  it('exports and saves the open draft, and says a draft must be open when none is', () => {
    const bus = new CommandBus();
    const to = targets(bus);
    routeMenuCommand('export-docx', to);
    expect(to.needsDraft).toHaveBeenCalledTimes(1);
    const exporter = vi.fn();
    const saver = vi.fn();
    bus.handle('export-docx', exporter);
    bus.handle('save-draft-file', saver);
    expect(exporter).not.toHaveBeenCalled();
    routeMenuCommand('export-docx', to);
    routeMenuCommand('save-draft-file', to);
    expect(exporter).toHaveBeenCalledTimes(1);
    expect(saver).toHaveBeenCalledTimes(1);
    expect(to.needsDraft).toHaveBeenCalledTimes(1);
  });

  it('opens the Word review round trip of the open draft, and says a draft must be open when none is', () => {
    const bus = new CommandBus();
    const to = targets(bus);
    routeMenuCommand('export-for-review', to);
    routeMenuCommand('bring-back-review', to);
    expect(to.needsDraft).toHaveBeenCalledTimes(2);
    const exporter = vi.fn();
    const bringBack = vi.fn();
    bus.handle('export-for-review', exporter);
    bus.handle('bring-back-review', bringBack);
    routeMenuCommand('export-for-review', to);
    routeMenuCommand('bring-back-review', to);
    expect(exporter).toHaveBeenCalledTimes(1);
    expect(bringBack).toHaveBeenCalledTimes(1);
    expect(to.needsDraft).toHaveBeenCalledTimes(2);
  });
});
