// The app-wide half of the file actions, mounted once: "Open draft file…" and "Import a
// document…" work from any screen, and the native menu's commands are routed here to the same
// actions the buttons use.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../app/route';
import { lazyPart } from '../ui/Lazy';
import { platform } from '../platform';
import { useToasts } from '../ui/Toasts';
import { appCommands } from './commands';
import { routeMenuCommand } from './menu-routing';
import { useAppCommand } from './use-app-command';
import { useOpenDraftFile } from './use-draft-file-ops';

// Loaded when first opened (see ui/Lazy.tsx).
const ImportDialog = lazyPart(() => import('../import/ImportDialog'), 'ImportDialog');

export function FileActionsHost({ navigate }: { navigate(route: Route): void }) {
  const { t } = useTranslation('files');
  const toasts = useToasts();
  const open = useOpenDraftFile(navigate);
  const [importing, setImporting] = useState(false);
  useAppCommand('open-draft-file', () => void open.run());
  useAppCommand('import-file', () => setImporting(true));

  useEffect(
    () =>
      // Commands chosen while the app was starting wait in the bridge and arrive here first.
      platform.onMenuCommand((command) =>
        routeMenuCommand(command, {
          navigate,
          commands: appCommands,
          needsDraft: () => toasts.show({ message: t('menuNeedsDraft') }),
        }),
      ),
    [navigate, t, toasts],
  );

  return (
    <>
      {open.dialog}
      {importing && <ImportDialog navigate={navigate} onClose={() => setImporting(false)} />}
    </>
  );
}
