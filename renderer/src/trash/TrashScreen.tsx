// The trash: deleted drafts with when they were deleted, Restore and Delete for good, and
// "Empty the trash". Every deletion for good is confirmed first.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from '../app/AppHeader';
import { BackToLibrary } from '../app/BackToLibrary';
import type { DraftRow } from '../storage/db';
import { DocumentText } from '../ui/DocumentText';
import { formatDateTime } from '../ui/format';
import { useToasts } from '../ui/Toasts';
import { DeleteForeverDialog, type DeleteScope } from './DeleteForeverDialog';
import { ExpiredTrashNotice } from './ExpiredTrashNotice';
import { useTrash } from './use-trash';
import './trash.css';
import { useServices } from '../services/context';

export function TrashScreen() {
  const { repository, trash } = useServices();
  const { t, i18n } = useTranslation('safety');
  const toasts = useToasts();
  const { rows, expired, failed, refresh } = useTrash();
  const [deleting, setDeleting] = useState<{ scope: DeleteScope; rows: DraftRow[] } | null>(null);
  useEffect(() => {
    document.title = `${t('trash.heading')} – ${t('common:app.name')}`;
  }, [t]);

  async function restore(row: DraftRow) {
    try {
      await repository.restore(row.id);
      toasts.show({ message: t('trash.restored', { title: row.fields.title }) });
    } catch {
      toasts.show({ message: t('trash.failed') });
    }
    await refresh();
  }

  async function deleteForever(scope: DeleteScope, targets: DraftRow[]) {
    try {
      await trash.deleteForever(targets.map((row) => row.id));
      toasts.show({
        message: scope === 'one' ? t('trash.deleted', { title: targets[0]?.fields.title ?? '' }) : t('trash.emptied'),
      });
    } catch {
      toasts.show({ message: t('trash.failed') });
    }
    setDeleting(null);
    await refresh();
  }

  return (
    <div className="app">
      <AppHeader>
        <BackToLibrary />
      </AppHeader>
      <main className="app-main trash" id="main">
        <div className="library-head">
          <h1 className="library-heading">{t('trash.heading')}</h1>
          {rows && rows.length > 0 && (
            <button type="button" className="button button-danger" onClick={() => setDeleting({ scope: 'all', rows })}>
              {t('trash.emptyTrash')}
            </button>
          )}
        </div>
        <p className="trash-intro">{t('trash.intro')}</p>
        <ExpiredTrashNotice expired={expired} onDeleted={() => void refresh()} />
        {failed && (
          <p className="form-error" role="alert">
            {t('trash.loadFailed')}
          </p>
        )}
        {!rows && !failed && <p className="loading">{t('trash.loading')}</p>}
        {rows?.length === 0 && <p className="empty-state-title">{t('trash.empty')}</p>}
        {rows && rows.length > 0 && (
          <ul className="trash-list">
            {rows.map((row) => (
              <li key={row.id} className="trash-item">
                <div className="trash-what">
                  <h2 className="trash-title">
                    <DocumentText language={row.language}>{row.fields.title}</DocumentText>
                  </h2>
                  <p className="trash-facts">
                    <bdi>{row.fields.submitter}</bdi>
                    {' · '}
                    {t('trash.deletedOn')}{' '}
                    <time dateTime={new Date(row.deletedAt ?? 0).toISOString()}>
                      {formatDateTime(row.deletedAt ?? 0, i18n.language)}
                    </time>
                  </p>
                </div>
                <div className="trash-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('trash.restoreLabel', { title: row.fields.title })}
                    onClick={() => void restore(row)}
                  >
                    {t('trash.restore')}
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    aria-label={t('trash.deleteForeverLabel', { title: row.fields.title })}
                    onClick={() => setDeleting({ scope: 'one', rows: [row] })}
                  >
                    {t('trash.deleteForever')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </main>
      {deleting && (
        <DeleteForeverDialog
          scope={deleting.scope}
          rows={deleting.rows}
          onCancel={() => setDeleting(null)}
          onConfirm={() => deleteForever(deleting.scope, deleting.rows)}
        />
      )}
    </div>
  );
}
