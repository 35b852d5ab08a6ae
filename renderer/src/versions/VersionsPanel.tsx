// The versions of the open draft: save one with a name, see all kept, compare one with today's
// text, restore the whole draft or one section. Every restore keeps the current state first.
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/model/draft';
import type { VersionRow } from '../storage/db';
import { UnsavedTextError, type LiveDraft } from '../storage/live-draft';
import { RefusedOutput, useUnsavedNote } from '../rescue/RefusedOutput';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatDateTime } from '../ui/format';
import { Modal } from '../ui/Modal';
import { useVersionLabel } from './use-version-label';
import { CompareView } from './CompareView';
import { SaveVersionForm } from './SaveVersionForm';
import { VersionList } from './VersionList';
import './versions.css';
import { useServices } from '../services/context';

interface VersionsPanelProps {
  draftId: string;
  current: Draft;
  onClose(): void;
  /** After a restore: the screen reloads the draft and says what happened. */
  onRestored(message: string): void;
}

type Confirm =
  { kind: 'draft'; version: VersionRow } | { kind: 'section'; version: VersionRow; sectionId: string; name: string };

export function VersionsPanel({ draftId, current, onClose, onRestored }: VersionsPanelProps) {
  const { autosaver, versions, snapshots } = useServices();
  const { t, i18n } = useTranslation('safety');
  const id = useId();
  const [list, setList] = useState<VersionRow[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [message, setMessage] = useState('');
  const [comparing, setComparing] = useState<{ version: VersionRow; draft: Draft } | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [refused, setRefused] = useState<LiveDraft | null>(null);
  const unsavedNote = useUnsavedNote();
  const date = (version: VersionRow) => formatDateTime(version.createdAt, i18n.language);
  const versionLabel = useVersionLabel();

  const load = useCallback(async () => {
    try {
      setList(await versions.list(draftId));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [versions, draftId]);
  useEffect(() => {
    let cancelled = false;
    versions.list(draftId).then(
      (rows) => !cancelled && setList(rows),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [versions, draftId]);

  async function save(name: string): Promise<boolean> {
    setRefused(null);
    try {
      const live = await snapshots.save(draftId, name);
      setMessage(t('versions.saved', { name }) + unsavedNote(live));
      await load();
      return true;
    } catch (error) {
      // Not a storage failure: the form's own message would mislead; the refusal says what to do.
      if (error instanceof UnsavedTextError) {
        setRefused(error.live);
        return true;
      }
      return false;
    }
  }

  async function compare(version: VersionRow) {
    try {
      setComparing({ version, draft: (await versions.content(draftId, version.id)).draft });
    } catch {
      setMessage(t('versions.loadFailed'));
    }
  }

  async function restore(what: Confirm) {
    try {
      // Unsaved typing would be written over the restored text afterwards: it must be saved first.
      await autosaver.flush();
      if (autosaver.dirty) throw new Error('unsaved changes');
      if (what.kind === 'draft') await versions.restoreDraft(draftId, what.version.id);
      else await versions.restoreSection(draftId, what.version.id, what.sectionId);
      snapshots.editing.noteTaken(draftId, Date.now());
      setConfirm(null);
      onRestored(
        what.kind === 'draft'
          ? t('restore.draftDone', { date: date(what.version) })
          : t('restore.sectionDone', { section: what.name, date: date(what.version) }),
      );
    } catch {
      setConfirm(null);
      setMessage(t('restore.failed'));
    }
  }

  return (
    <Modal titleId={`${id}-title`} onClose={onClose} className="versions-dialog">
      <div className="versions-panel">
        <div className="versions-head">
          <h2 id={`${id}-title`} className="modal-title">
            {comparing
              ? t('compare.heading', { name: versionLabel(comparing.version), date: date(comparing.version) })
              : t('versions.heading', { title: current.fields.title })}
          </h2>
          <button type="button" className="button" onClick={comparing ? () => setComparing(null) : onClose}>
            {comparing ? t('compare.back') : t('common:actions.close')}
          </button>
        </div>
        <p className="visually-hidden" role="status" aria-live="polite">
          {message}
        </p>
        {message && <p className="versions-message">{message}</p>}
        {comparing ? (
          <CompareView
            version={comparing.draft}
            current={current}
            date={date(comparing.version)}
            onRestoreSection={(sectionId, name) =>
              setConfirm({ kind: 'section', version: comparing.version, sectionId, name })
            }
          />
        ) : (
          <>
            <p className="versions-intro">{t('versions.intro')}</p>
            <SaveVersionForm onSave={save} />
            {refused && <RefusedOutput live={refused} />}
            <h3 className="versions-list-heading">{t('versions.listHeading')}</h3>
            {failed && <p className="form-error">{t('versions.loadFailed')}</p>}
            {!list && !failed && <p className="loading">{t('versions.loading')}</p>}
            {list && (
              <VersionList
                versions={list}
                onCompare={(v) => void compare(v)}
                onRestore={(version) => setConfirm({ kind: 'draft', version })}
              />
            )}
            <p className="field-hint">{t('versions.thinning')}</p>
          </>
        )}
      </div>
      {confirm && (
        <ConfirmDialog
          heading={
            confirm.kind === 'draft'
              ? t('restore.draftHeading', { date: date(confirm.version) })
              : t('restore.sectionHeading', { section: confirm.name })
          }
          confirmLabel={t('restore.confirm')}
          onConfirm={() => restore(confirm)}
          onCancel={() => setConfirm(null)}
        >
          <p>
            {confirm.kind === 'draft'
              ? t('restore.draftText')
              : t('restore.sectionText', { date: date(confirm.version) })}
          </p>
        </ConfirmDialog>
      )}
    </Modal>
  );
}
