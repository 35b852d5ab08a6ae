// The draft's file actions in its header: Export to Word, and under "File" Print layout, Save
// draft file, Open draft file and Import. The menu's "Export to Word…", "Print Layout" and "Save
// Draft File…" reach the same actions while a draft is open. "Contributors…" sends sections out
// for contribution (a file per contributor), which is why it sits with the files.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openPrintLayout } from '../print/open-print-layout';
import { lazyPart } from '../ui/Lazy';
import { appCommands } from './commands';
import { FileMenu, type FileMenuItem } from './FileMenu';
import { useAppCommand } from './use-app-command';
import { useSaveDraftFile } from './use-draft-file-ops';
import './files.css';

// Loaded when first opened (see ui/Lazy.tsx).
const ExportDialog = lazyPart(() => import('../export/ExportDialog'), 'ExportDialog');
const ContributorsDialog = lazyPart(() => import('../contribution/ContributorsDialog'), 'ContributorsDialog');

/** `shareable`: the draft can be sent out for contribution; `more`: actions other features add to the menu (after Import). */
export function DraftFileActions({
  draftId,
  shareable = false,
  more = [],
}: {
  draftId: string;
  shareable?: boolean;
  more?: readonly FileMenuItem[];
}) {
  const { t } = useTranslation(['files', 'export', 'draft']);
  const [exporting, setExporting] = useState(false);
  const [sharing, setSharing] = useState(false);
  const save = useSaveDraftFile(draftId);
  useAppCommand('export-docx', () => setExporting(true));
  useAppCommand('save-draft-file', () => void save.run());
  useAppCommand('print-layout', () => openPrintLayout(draftId));

  return (
    <div className="file-actions" role="group" aria-label={t('actions.groupLabel')}>
      <FileMenu
        label={t('actions.menu')}
        className="button button-small header-button"
        items={[
          { label: t('export:printLayout.open'), run: () => openPrintLayout(draftId) },
          { label: t('actions.save'), run: () => void save.run(), disabled: save.busy },
          { label: t('actions.open'), run: () => appCommands.dispatch('open-draft-file') },
          { label: t('actions.import'), run: () => appCommands.dispatch('import-file') },
          ...more,
          ...(shareable ? [{ label: t('draft:contribution.menu'), run: () => setSharing(true) }] : []),
        ]}
      />
      <button
        type="button"
        className="button button-small header-button header-button-primary"
        onClick={() => setExporting(true)}
      >
        {t('export:action')}
      </button>
      {exporting && <ExportDialog draftId={draftId} onClose={() => setExporting(false)} />}
      {sharing && <ContributorsDialog draftId={draftId} onClose={() => setSharing(false)} />}
      {save.dialog}
    </div>
  );
}
