// App commands that buttons, menus and screens share: the native menu, the library's buttons and
// the draft's header all ask for "import a file" or "export to Word" through here, and whichever
// part of the app is on screen to do it answers. A command can wait for its handler (the library
// opening after "New draft" from the menu) or be dropped when nothing on screen can do it.

export const APP_COMMANDS = [
  'new-draft',
  'open-draft-file',
  'save-draft-file',
  'export-docx',
  'export-for-review',
  'bring-back-review',
  'print-layout',
  'import-file',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

type Handler = () => void;

export class CommandBus {
  private readonly handlers = new Map<AppCommand, Handler[]>();
  private readonly pending = new Set<AppCommand>();

  /**
   * Runs the most recently registered handler of `command`. Without one, a queued command waits
   * for the next handler to register; otherwise it is dropped. Returns whether it ran.
   */
  dispatch(command: AppCommand, { queue = false }: { queue?: boolean } = {}): boolean {
    const handler = this.handlers.get(command)?.at(-1);
    if (handler) {
      handler();
      return true;
    }
    if (queue) this.pending.add(command);
    return false;
  }

  /** Registers a handler; returns the function that removes it. */
  handle(command: AppCommand, handler: Handler): () => void {
    const list = this.handlers.get(command) ?? [];
    list.push(handler);
    this.handlers.set(command, list);
    if (this.pending.delete(command)) handler();
    return () => {
      const index = list.lastIndexOf(handler);
      if (index >= 0) list.splice(index, 1);
    };
  }
}

export const appCommands = new CommandBus();
