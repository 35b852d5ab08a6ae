// Desktop: the backup files main wrote, per draft, each restorable. The web build has none.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftBackups } from '../../../shared/bridge/api';
import { formatDateTime } from '../ui/format';
import { useToasts } from '../ui/Toasts';
import { listDiskBackups, readDiskBackup } from './disk';
import { restoreDrafts } from './restore-drafts';
import { useServices } from '../services/context';

function DraftBackupRow({
  entry,
  inLibrary,
  onRestored,
}: {
  entry: DraftBackups;
  inLibrary: boolean;
  onRestored(): void;
}) {
  const { repository, versions } = useServices();
  const { t, i18n } = useTranslation('safety');
  const toasts = useToasts();
  const [file, setFile] = useState(entry.files[0]?.file ?? '');
  const title = entry.title || t('backups.untitled');
  const chosen = entry.files.find((f) => f.file === file);
  const date = chosen ? formatDateTime(chosen.savedAt, i18n.language) : '';

  async function restore() {
    try {
      const draft = await readDiskBackup(entry.draftId, file);
      if (!draft) return toasts.show({ message: t('backups.backupUnreadable') });
      await restoreDrafts([{ draft, trashed: false }], { repository, versions });
      toasts.show({ message: t('backups.backupRestored', { title, date }) });
      onRestored();
    } catch {
      toasts.show({ message: t('backups.backupUnreadable') });
    }
  }

  return (
    <li className="disk-backup">
      <p className="disk-backup-title">
        <bdi>{title}</bdi>
        {!inLibrary && <span className="disk-backup-flag"> · {t('backups.notInLibrary')}</span>}
      </p>
      <label className="field-label" htmlFor={`backup-${entry.draftId}`}>
        {t('backups.fileChoice')}
      </label>
      <div className="save-version-row">
        <select id={`backup-${entry.draftId}`} value={file} onChange={(event) => setFile(event.target.value)}>
          {entry.files.map((f) => (
            <option key={f.file} value={f.file}>
              {formatDateTime(f.savedAt, i18n.language)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          aria-label={t('backups.restoreBackupLabel', { title, date })}
          onClick={() => void restore()}
        >
          {t('backups.restoreBackup')}
        </button>
      </div>
    </li>
  );
}

export function DiskBackupsSection({ revision, onRestored }: { revision: number; onRestored(): void }) {
  const { db } = useServices();
  const { t } = useTranslation('safety');
  const [entries, setEntries] = useState<DraftBackups[] | null>(null);
  const [known, setKnown] = useState<Set<string>>(new Set());
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    Promise.all([listDiskBackups(), db.drafts.toCollection().primaryKeys()]).then(
      ([list, ids]) => {
        if (cancelled) return;
        setEntries(list);
        setKnown(new Set(ids));
      },
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [db, revision]);
  return (
    <section className="backup-section" aria-labelledby="disk-heading">
      <h2 id="disk-heading">{t('backups.diskHeading')}</h2>
      <p>{t('backups.diskIntro')}</p>
      {failed && <p className="form-error">{t('backups.diskFailed')}</p>}
      {!entries && !failed && <p className="loading">{t('backups.diskLoading')}</p>}
      {entries?.length === 0 && <p>{t('backups.diskEmpty')}</p>}
      {entries && entries.length > 0 && (
        <ul className="disk-backups">
          {entries.map((entry) => (
            <DraftBackupRow
              key={entry.draftId}
              entry={entry}
              inLibrary={known.has(entry.draftId)}
              onRestored={onRestored}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
