// Confirmation before drafts are deleted for good: names them and says it cannot be undone.
import { useTranslation } from 'react-i18next';
import type { DraftRow } from '../storage/db';
import { isDesktop } from '../platform';
import { DocumentText } from '../ui/DocumentText';
import { ConfirmDialog } from '../ui/ConfirmDialog';

export type DeleteScope = 'one' | 'all' | 'old';

interface DeleteForeverDialogProps {
  scope: DeleteScope;
  rows: DraftRow[];
  onConfirm(): Promise<void>;
  onCancel(): void;
}

export function DeleteForeverDialog({ scope, rows, onConfirm, onCancel }: DeleteForeverDialogProps) {
  const { t } = useTranslation('safety');
  const heading =
    scope === 'one'
      ? t('trash.confirmOneHeading', { title: rows[0]?.fields.title ?? '' })
      : scope === 'all'
        ? t('trash.confirmAllHeading')
        : t('trash.confirmOldHeading');
  return (
    <ConfirmDialog
      heading={heading}
      confirmLabel={t('trash.deleteForever')}
      danger
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{isDesktop ? t('trash.confirmTextDesktop') : t('trash.confirmText')}</p>
      {scope !== 'one' && (
        <>
          <p>{t('trash.confirmList')}</p>
          <ul className="confirm-list">
            {rows.map((row) => (
              <li key={row.id}>
                <DocumentText language={row.language}>{row.fields.title}</DocumentText>
              </li>
            ))}
          </ul>
        </>
      )}
    </ConfirmDialog>
  );
}
