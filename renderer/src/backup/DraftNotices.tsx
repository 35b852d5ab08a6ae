// Notices above the open section when its text is at risk: storage full (nothing more saved
// until space is freed), a conflict with another window, changes made elsewhere, and the same
// draft being open twice. Each says what happened and what to do, with the action at hand.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/model/draft';
import { quotedSectionNames } from '../templates/section-names';
import { useToasts } from '../ui/Toasts';
import { usePainted } from '../ui/use-painted';
import { useDraftPresence } from './use-draft-presence';
import { useGuardState } from './use-guard-state';
import './backup.css';
import { useServices } from '../services/context';

interface DraftNoticesProps {
  draftId: string;
  /** The draft as on screen, unsaved typing included. */
  draft(): Draft;
  onReload(): void;
  /** Further notices kept in view with these (text kept aside by the rescue store). */
  children?: ReactNode;
}

export function DraftNotices({ draftId, draft, onReload, children }: DraftNoticesProps) {
  const { autosaver, editGuard, versions } = useServices();
  const { t } = useTranslation(['safety', 'draft']);
  const toasts = useToasts();
  // After the keystroke's frame, and only when it changes (the first key after each save turns
  // "saved" into "saving").
  const quotaFull = usePainted(autosaver, (save) => save.kind === 'failed' && save.reason === 'quota');
  const guard = useGuardState(draftId);
  const elsewhere = useDraftPresence(draftId);
  const [busy, setBusy] = useState(false);
  const names = (ids: string[]) => quotedSectionNames(draft().sections, ids, t);

  async function act(run: () => Promise<void>, failure: string) {
    setBusy(true);
    try {
      await run();
    } catch {
      toasts.show({ message: failure });
    } finally {
      setBusy(false);
    }
  }

  const keepMine = () =>
    act(async () => {
      // The other window's text is kept as a version before this window's text replaces it.
      await versions.take(draftId, 'conflict');
      await editGuard.keepMine(draftId, guard.conflicts);
      await autosaver.flush();
      toasts.show({ message: t('conflict.keptMine') });
    }, t('conflict.failed'));
  const showTheirs = () =>
    act(async () => {
      // This window's text, never saved, is kept as a version before the stored text is shown.
      await versions.keep(draft(), 'conflict');
      editGuard.useTheirs(draftId);
      await autosaver.flush();
      onReload();
      toasts.show({ message: t('conflict.keptTheirs') });
    }, t('conflict.failed'));
  const reload = () =>
    act(async () => {
      await autosaver.flush();
      onReload();
    }, t('conflict.failed'));

  return (
    <div className="draft-notices">
      {quotaFull && (
        <div className="notice notice-danger" role="alert">
          <p className="notice-heading">{t('quota.heading')}</p>
          <p>{t('quota.text')}</p>
          <button type="button" className="button" onClick={() => void autosaver.flush()}>
            {t('quota.retry')}
          </button>
        </div>
      )}
      {guard.conflicts.length > 0 && (
        <div className="notice notice-danger" role="alert">
          <p className="notice-heading">{t('conflict.heading')}</p>
          <p>{t('conflict.text', { sections: names(guard.conflicts) })}</p>
          <div className="notice-actions">
            <button type="button" className="button" disabled={busy} onClick={() => void keepMine()}>
              {t('conflict.keepMine')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void showTheirs()}>
              {t('conflict.useTheirs')}
            </button>
          </div>
        </div>
      )}
      {guard.conflicts.length === 0 && guard.stale.length > 0 && (
        <div className="notice" role="status">
          <p>{t('conflict.staleText', { sections: names(guard.stale) })}</p>
          <button type="button" className="button" disabled={busy} onClick={() => void reload()}>
            {t('conflict.reload')}
          </button>
        </div>
      )}
      {elsewhere && guard.conflicts.length === 0 && guard.stale.length === 0 && (
        <p className="notice notice-quiet" role="status">
          {t('conflict.elsewhere')}
        </p>
      )}
      {children}
    </div>
  );
}
