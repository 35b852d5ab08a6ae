// Native menu commands that arrive while the app is starting (its texts still loading, nothing
// on screen to answer yet) wait here, subscribed from the moment the code runs, and are handed to
// the first listener; later ones go straight to the listener.
import type { DrafterApi, MenuCommand } from '../../../shared/bridge/api';

export class MenuInbox {
  private early: MenuCommand[] = [];
  private stopEarly: (() => void) | null;

  constructor(private readonly bridge: Pick<DrafterApi, 'onMenuCommand'>) {
    this.stopEarly = bridge.onMenuCommand((command) => this.early.push(command));
  }

  /** Like the bridge's onMenuCommand; the first listener also gets the commands that waited. */
  listen(listener: (command: MenuCommand) => void): () => void {
    this.stopEarly?.();
    this.stopEarly = null;
    const stop = this.bridge.onMenuCommand(listener);
    const waiting = this.early;
    this.early = [];
    for (const command of waiting) listener(command);
    return stop;
  }
}
