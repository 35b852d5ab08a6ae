// At start, if the library is empty or cannot be read while backups of drafts exist on this
// computer, the app says so and offers to restore them; if it cannot be read, it says why and
// what to do. A reset is offered only for a storage that is really damaged, and only once a
// rescue file of everything still readable has been saved. Nothing is restored or reset without
// the user's choice, and no backups are written over meanwhile.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../app/route';
import type { OpenFailure } from '../storage/open-failure';
import type { RescuedTable } from '../storage/rescue';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Modal } from '../ui/Modal';
import { newestReadable } from './disk';
import { dismissStartupFinding, useDurability } from './durability';
import { resetFromRescue, saveRescueFile, type SavedRescue } from './reset-storage';
import { restoreDrafts } from './restore-drafts';
import './backup.css';
import { useServices } from '../services/context';

function reload(): void {
  window.location.hash = '#/';
  window.location.reload();
}

export function StartupNotice() {
  const services = useServices();
  const { repository, versions } = services;
  const { t } = useTranslation('safety');
  const id = useId();
  const { startup } = useDurability();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [saved, setSaved] = useState<SavedRescue | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  if (!startup || startup.kind === 'ok') return null;
  const titles = startup.backups
    .slice(0, 5)
    .map((b) => `“${b.title || t('backups.untitled')}”`)
    .join(', ')
    .concat(startup.backups.length > 5 ? ', …' : '');

  async function run(action: () => Promise<void>, failure: string) {
    setBusy(true);
    setFailed(null);
    try {
      await action();
    } catch {
      setFailed(failure);
    } finally {
      setBusy(false);
    }
  }

  const restoreAll = () =>
    run(async () => {
      const drafts = await newestReadable(startup.backups);
      await restoreDrafts(
        drafts.map((draft) => ({ draft, trashed: false })),
        { repository, versions },
      );
      reload();
    }, t('startup.failed'));

  const rescue = () =>
    run(async () => {
      const result = await saveRescueFile(t('backups.fileFilter'));
      if (result) setSaved(result);
    }, t('startup.rescueFailed'));

  const reset = (rescued: SavedRescue) =>
    run(async () => {
      setConfirmReset(false);
      await resetFromRescue(services, rescued, startup.backups);
      reload();
    }, t('startup.resetFailed'));

  if (startup.kind === 'empty-with-backups') {
    return (
      <Modal
        titleId={`${id}-title`}
        describedBy={`${id}-text`}
        onClose={dismissStartupFinding}
        className="startup-dialog"
      >
        <div className="form">
          <h2 id={`${id}-title`} className="modal-title">
            {t('startup.emptyHeading')}
          </h2>
          <p id={`${id}-text`}>{t('startup.emptyText', { titles })}</p>
          {failed && (
            <p className="form-error" role="alert">
              {failed}
            </p>
          )}
          {busy && <p role="status">{t('startup.restoring')}</p>}
          <div className="form-actions">
            <button type="button" className="button" onClick={dismissStartupFinding}>
              {t('startup.later')}
            </button>
            <a className="button" href={routeHash({ screen: 'backups' })} onClick={dismissStartupFinding}>
              {t('startup.choose')}
            </a>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void restoreAll()}>
              {t('startup.restoreAll')}
            </button>
          </div>
        </div>
      </Modal>
    );
  }

  const problem: OpenFailure = startup.problem;
  const explanation: Record<OpenFailure, string> = {
    quota: t('startup.problem.quota'),
    blocked: t('startup.problem.blocked'),
    'newer-version': t('startup.newerText'),
    unavailable: t('startup.problem.unavailable'),
    transient: t('startup.problem.transient'),
    damaged: t('startup.problem.damaged'),
  };
  const partNames: Record<RescuedTable, string> = {
    drafts: t('startup.parts.drafts'),
    sections: t('startup.parts.sections'),
    versions: t('startup.parts.versions'),
    versionData: t('startup.parts.versionData'),
    normTexts: t('startup.parts.normTexts'),
  };
  const unreadable = saved ? [...new Set(saved.rescue.unreadable.map((table) => partNames[table]))].join(', ') : '';
  return (
    <Modal
      titleId={`${id}-title`}
      describedBy={`${id}-text`}
      onClose={dismissStartupFinding}
      className="startup-dialog"
    >
      <div className="form" data-open-problem={problem}>
        <h2 id={`${id}-title`} className="modal-title">
          {t('startup.unreadableHeading')}
        </h2>
        <p id={`${id}-text`}>{explanation[problem]}</p>
        {startup.backups.length > 0 && <p>{t('startup.backupsFound', { titles })}</p>}
        {saved && (
          <p role="status">
            {t('startup.rescueSaved', { file: saved.fileName })}{' '}
            {unreadable && t('startup.rescuePartial', { parts: unreadable })}
          </p>
        )}
        {failed && (
          <p className="form-error" role="alert">
            {failed}
          </p>
        )}
        {busy && <p role="status">{t('startup.working')}</p>}
        <div className="form-actions">
          <button type="button" className="button" onClick={dismissStartupFinding}>
            {t('startup.later')}
          </button>
          {problem !== 'newer-version' && (
            <button
              type="button"
              className={`button${problem === 'damaged' ? '' : ' button-primary'}`}
              disabled={busy}
              onClick={reload}
            >
              {t('startup.tryAgain')}
            </button>
          )}
          {problem === 'damaged' && !saved && (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void rescue()}>
              {t('startup.rescue')}
            </button>
          )}
          {problem === 'damaged' && saved && (
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => setConfirmReset(true)}
            >
              {t('startup.reset')}
            </button>
          )}
        </div>
      </div>
      {confirmReset && saved && (
        <ConfirmDialog
          heading={t('startup.resetConfirmHeading')}
          confirmLabel={t('startup.reset')}
          danger
          onCancel={() => setConfirmReset(false)}
          onConfirm={() => reset(saved)}
        >
          <p>{t('startup.resetConfirmText', { file: saved.fileName })}</p>
        </ConfirmDialog>
      )}
    </Modal>
  );
}
