// The app-wide half of the file actions, mounted once: "Open draft file…" and "Import a
// document…" work from any screen, and the native menu's commands are routed here to the same
// actions the buttons use.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../../shared/bridge/api';
import type { Route } from '../app/route';
import { ImportDialog } from '../import/ImportDialog';
import { platform } from '../platform';
import { useToasts } from '../ui/Toasts';
import { appCommands } from './commands';
import { useAppCommand } from './useAppCommand';
import { useOpenDraftFile } from './useDraftFileOps';

export function FileActionsHost({ navigate }: { navigate(route: Route): void }) {
  const { t } = useTranslation('files');
  const toasts = useToasts();
  const open = useOpenDraftFile(navigate);
  const [importing, setImporting] = useState(false);
  useAppCommand('open-draft-file', () => void open.run());
  useAppCommand('import-file', () => setImporting(true));

  useEffect(
    () =>
      platform.onMenuCommand((command: MenuCommand) => {
        switch (command) {
          case 'show-library':
            navigate({ screen: 'library' });
            break;
          case 'new-draft':
            // The library's "New draft" form answers once the library is on screen.
            navigate({ screen: 'library' });
            appCommands.dispatch('new-draft', { queue: true });
            break;
          case 'open-draft-file':
          case 'import-file':
            appCommands.dispatch(command);
            break;
          case 'export-docx':
          case 'save-draft-file':
            if (!appCommands.dispatch(command)) toasts.show({ message: t('menuNeedsDraft') });
            break;
          case 'about':
            break;
        }
      }),
    [navigate, t, toasts],
  );

  return (
    <>
      {open.dialog}
      {importing && <ImportDialog navigate={navigate} onClose={() => setImporting(false)} />}
    </>
  );
}
