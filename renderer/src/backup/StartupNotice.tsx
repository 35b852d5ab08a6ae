// At start, if the library is empty or cannot be read while backups of drafts exist on this
// computer, the app says so and offers to restore them. It never restores (or resets the
// storage) without the user's choice, and never writes backups over them meanwhile.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db, repository, versions } from '../app/services';
import { routeHash } from '../app/route';
import { ConfirmDialog } from '../trash/ConfirmDialog';
import { Modal } from '../ui/Modal';
import { newestReadable } from './disk';
import { dismissStartupFinding, useDurability } from './durability';
import { restoreDrafts } from './restore-drafts';
import './backup.css';

export function StartupNotice() {
  const { t } = useTranslation('safety');
  const id = useId();
  const { startup } = useDurability();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  if (!startup || startup.kind === 'ok') return null;
  if (startup.kind === 'unreadable' && startup.backups.length === 0 && !startup.newerVersion) return null;
  const titles = startup.backups
    .slice(0, 5)
    .map((b) => `“${b.title || t('backups.untitled')}”`)
    .join(', ')
    .concat(startup.backups.length > 5 ? ', …' : '');

  async function restoreAll(reset: boolean) {
    if (!startup || startup.kind === 'ok') return;
    setBusy(true);
    setFailed(false);
    try {
      const drafts = await newestReadable(startup.backups);
      if (reset) {
        // The storage cannot be read at all: start it afresh, then fill it from the backups.
        db.close();
        await db.delete();
        await db.open();
      }
      await restoreDrafts(
        drafts.map((draft) => ({ draft, trashed: false })),
        { repository, versions },
      );
      window.location.hash = '#/';
      window.location.reload();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  const heading = startup.kind === 'empty-with-backups' ? t('startup.emptyHeading') : t('startup.unreadableHeading');
  const text =
    startup.kind === 'empty-with-backups' ? t('startup.emptyText', { titles }) : startup.newerVersion ? t('startup.newerText') : t('startup.unreadableText', { titles });
  return (
    <Modal titleId={`${id}-title`} describedBy={`${id}-text`} onClose={dismissStartupFinding} className="startup-dialog">
      <div className="form">
        <h2 id={`${id}-title`} className="modal-title">
          {heading}
        </h2>
        <p id={`${id}-text`}>{text}</p>
        {failed && (
          <p className="form-error" role="alert">
            {t('startup.failed')}
          </p>
        )}
        {busy && <p role="status">{t('startup.restoring')}</p>}
        <div className="form-actions">
          <button type="button" className="button" onClick={dismissStartupFinding}>
            {t('startup.later')}
          </button>
          {startup.kind === 'empty-with-backups' && (
            <a className="button" href={routeHash({ screen: 'backups' })} onClick={dismissStartupFinding}>
              {t('startup.choose')}
            </a>
          )}
          {startup.kind === 'empty-with-backups' && (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void restoreAll(false)}>
              {t('startup.restoreAll')}
            </button>
          )}
          {startup.kind === 'unreadable' && !startup.newerVersion && (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => setConfirmReset(true)}>
              {t('startup.reset')}
            </button>
          )}
        </div>
      </div>
      {confirmReset && (
        <ConfirmDialog heading={t('startup.resetConfirmHeading')} confirmLabel={t('startup.reset')} danger onCancel={() => setConfirmReset(false)} onConfirm={() => restoreAll(true)}>
          <p>{t('startup.resetConfirmText')}</p>
        </ConfirmDialog>
      )}
    </Modal>
  );
}
