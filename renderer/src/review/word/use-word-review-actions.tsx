// The Word round trip of a review, offered in the draft's File menu: "Export for review (Word)…"
// (the Export dialog writing the file with comments and tracked changes) and "Bring back reviewed
// Word file…" (the desktop app's native File menu reaches them through the draft screen). The
// dialogs are loaded when first opened.
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/model/languages';
import type { FileMenuItem } from '../../files/FileMenu';
import { lazyPart } from '../../ui/Lazy';

const ExportDialog = lazyPart(() => import('../../export/ExportDialog'), 'ExportDialog');
const BringBackDialog = lazyPart(() => import('./BringBackDialog'), 'BringBackDialog');

export interface WordReviewActions {
  items: FileMenuItem[];
  /** Opens a dialog as its item does (the desktop app's native menu). */
  open(kind: 'export' | 'bring-back'): void;
  /** The open dialog, if any. */
  dialogs: ReactNode;
}

interface WordReviewActionsProps {
  draftId: string;
  /** The document's language (how sections are named in the report). */
  language: Language;
  /** Reads the stored draft again after a review was brought back. */
  onChanged(): Promise<void>;
}

export function useWordReviewActions({ draftId, language, onChanged }: WordReviewActionsProps): WordReviewActions {
  const { t } = useTranslation(['export', 'draft']);
  const [open, setOpen] = useState<'export' | 'bring-back' | null>(null);
  const items = useMemo(
    () => [
      { label: t('export:forReview.menu'), run: () => setOpen('export') },
      { label: t('draft:reviewBack.menu'), run: () => setOpen('bring-back') },
    ],
    [t],
  );
  const dialogs = (
    <>
      {open === 'export' && <ExportDialog draftId={draftId} forReview onClose={() => setOpen(null)} />}
      {open === 'bring-back' && (
        <BringBackDialog
          draftId={draftId}
          language={language}
          onClose={() => setOpen(null)}
          onChanged={() => void onChanged()}
        />
      )}
    </>
  );
  return { items, dialogs, open: setOpen };
}
