// The File menu's actions on the delegation's own side of a submission: its points of contact,
// the internal copy (with them, "Internal" on every page), and the next edition.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../services/context';
import { lazyPart } from '../ui/Lazy';
import { useToasts } from '../ui/Toasts';
import { startNewEdition } from './new-edition';

// Loaded when first opened (see ui/Lazy.tsx).
const ContactsDialog = lazyPart(() => import('./ContactsDialog'), 'ContactsDialog');
const ExportDialog = lazyPart(() => import('../export/ExportDialog'), 'ExportDialog');

export function useSubmissionActions(draftId: string) {
  const { t } = useTranslation(['draft', 'export']);
  const { autosaver, repository } = useServices();
  const toasts = useToasts();
  const [open, setOpen] = useState<'contacts' | 'internal' | null>(null);
  const [busy, setBusy] = useState(false);
  const items = useMemo(
    () => [
      { label: t('draft:contacts.menu'), run: () => setOpen('contacts') },
      { label: t('export:internal.menu'), run: () => setOpen('internal') },
      {
        label: t('draft:edition.menu'),
        disabled: busy,
        run: () => {
          setBusy(true);
          startNewEdition(draftId, { autosaver, repository })
            .then(() => toasts.show({ message: t('draft:edition.made') }))
            .catch(() => toasts.show({ message: t('draft:edition.failed') }))
            .finally(() => setBusy(false));
        },
      },
    ],
    [t, busy, draftId, autosaver, repository, toasts],
  );
  const dialogs = (
    <>
      {open === 'contacts' && <ContactsDialog draftId={draftId} onClose={() => setOpen(null)} />}
      {open === 'internal' && <ExportDialog draftId={draftId} internal onClose={() => setOpen(null)} />}
    </>
  );
  return { items, dialogs };
}
