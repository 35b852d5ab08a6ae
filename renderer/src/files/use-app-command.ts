import { useEffect, useRef } from 'react';
import { appCommands, type AppCommand } from './commands';

/** Answers an app command (menu item or button elsewhere) while the calling component is on screen. */
export function useAppCommand(command: AppCommand, handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => appCommands.handle(command, () => latest.current()), [command]);
}
