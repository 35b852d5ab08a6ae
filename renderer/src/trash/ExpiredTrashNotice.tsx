// Drafts in the trash for more than 30 days are never deleted silently: the library says so and
// offers to review them or delete them for good, after a confirmation naming each one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../app/route';
import type { DraftRow } from '../storage/db';
import { useToasts } from '../ui/Toasts';
import { DeleteForeverDialog } from './DeleteForeverDialog';
import './trash.css';
import { useServices } from '../services/context';

export function ExpiredTrashNotice({ expired, onDeleted }: { expired: DraftRow[]; onDeleted(): void }) {
  const { trash } = useServices();
  const { t } = useTranslation('safety');
  const toasts = useToasts();
  const [confirming, setConfirming] = useState(false);
  if (expired.length === 0) return null;
  const titles = expired.map((row) => `“${row.fields.title}”`).join(', ');
  return (
    <div className="notice trash-notice" role="status">
      <p>{t('trash.expiredNotice', { titles })}</p>
      <div className="notice-actions">
        <a className="button" href={routeHash({ screen: 'trash' })}>
          {t('trash.expiredReview')}
        </a>
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('trash.expiredDelete')}
        </button>
      </div>
      {confirming && (
        <DeleteForeverDialog
          scope="old"
          rows={expired}
          onCancel={() => setConfirming(false)}
          onConfirm={async () => {
            try {
              await trash.deleteForever(expired.map((row) => row.id));
              toasts.show({ message: t('trash.oldDeleted') });
            } catch {
              toasts.show({ message: t('trash.failed') });
            }
            setConfirming(false);
            onDeleted();
          }}
        />
      )}
    </div>
  );
}
