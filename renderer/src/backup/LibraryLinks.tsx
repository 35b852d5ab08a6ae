// The way from the library to the trash and to backups and storage, and the notice about drafts
// that have been in the trash for more than 30 days.
import { useTranslation } from 'react-i18next';
import { routeHash } from '../app/route';
import { ExpiredTrashNotice } from '../trash/ExpiredTrashNotice';
import { useTrash } from '../trash/use-trash';
import { BackupTroubleLink } from './BackupTroubleNotice';
import './backup.css';

export function LibraryLinks() {
  const { t } = useTranslation('safety');
  return (
    <>
      <nav className="library-links" aria-label={t('backups.navLabel')}>
        <a href={routeHash({ screen: 'trash' })}>{t('trash.link')}</a>
        <a href={routeHash({ screen: 'backups' })}>{t('backups.link')}</a>
      </nav>
      <BackupTroubleLink />
    </>
  );
}

export function LibraryTrashNotice() {
  const { expired, refresh } = useTrash();
  return <ExpiredTrashNotice expired={expired} onDeleted={() => void refresh()} />;
}
