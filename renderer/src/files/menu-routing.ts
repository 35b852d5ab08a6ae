// Where each native menu command goes: the library for "Show Library" and "New Draft" (whose form
// lives there), the app-wide file actions for "Open" and "Import", the open draft for "Export",
// the Word review round trip, "Print Layout" and "Save Draft File" (or a word that a draft must be
// open first).
import type { MenuCommand } from '../../../shared/bridge/api';
import type { Route } from '../app/route';
import type { CommandBus } from './commands';

export interface MenuTargets {
  navigate(route: Route): void;
  commands: Pick<CommandBus, 'dispatch'>;
  /** Tells the user a command needs an open draft. */
  needsDraft(): void;
}

export function routeMenuCommand(command: MenuCommand, { navigate, commands, needsDraft }: MenuTargets): void {
  switch (command) {
    case 'show-library':
      navigate({ screen: 'library' });
      break;
    case 'new-draft':
      // The library's "New draft" form answers once the library is on screen.
      navigate({ screen: 'library' });
      commands.dispatch('new-draft', { queue: true });
      break;
    case 'open-draft-file':
    case 'import-file':
      commands.dispatch(command);
      break;
    case 'export-docx':
    case 'export-for-review':
    case 'bring-back-review':
    case 'print-layout':
    case 'save-draft-file':
      if (!commands.dispatch(command)) needsDraft();
      break;
    case 'about':
      // Not a file action: answered elsewhere.
      break;
  }
}
