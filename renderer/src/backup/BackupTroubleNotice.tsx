// Desktop backups that keep failing are said plainly, with the reason and what to do: in the
// storage status, and as a short alert in the library leading there. Gone once a backup works.
import { useTranslation } from 'react-i18next';
import { routeHash } from '../app/route';
import { formatDateTime } from '../ui/format';
import type { BackupFailureReason } from './backup-failure';
import { useDurability } from './durability';
import './backup.css';

export function BackupTroubleNotice() {
  const { t, i18n } = useTranslation('safety');
  const { backupTrouble } = useDurability();
  if (!backupTrouble) return null;
  const reasons: Record<BackupFailureReason, string> = {
    'disk-full': t('backups.failing.diskFull'),
    'no-permission': t('backups.failing.noPermission'),
    storage: t('backups.failing.storage'),
    unknown: t('backups.failing.unknown'),
  };
  return (
    <div className="notice notice-danger" role="alert" data-backup-trouble={backupTrouble.reason}>
      <p className="notice-heading">
        {t('backups.failing.heading', { time: formatDateTime(backupTrouble.since, i18n.language) })}
      </p>
      <p>{reasons[backupTrouble.reason]}</p>
      <p>{t('backups.failing.meanwhile')}</p>
    </div>
  );
}

/** In the library: one line that leads to the storage status, only while backups fail. */
export function BackupTroubleLink() {
  const { t } = useTranslation('safety');
  const { backupTrouble } = useDurability();
  if (!backupTrouble) return null;
  return (
    <p className="notice notice-danger" role="alert">
      <a href={routeHash({ screen: 'backups' })}>{t('backups.failing.link')}</a>
    </p>
  );
}
