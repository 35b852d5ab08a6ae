// Backups and storage: how the browser keeps the drafts, a copy of all drafts in one file, and
// on the desktop the backup files written outside the browser storage.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from '../app/AppHeader';
import { BackToLibrary } from '../app/BackToLibrary';
import { isDesktop } from '../platform';
import { DiskBackupsSection } from './DiskBackupsSection';
import { LibraryFileSection } from './LibraryFileSection';
import { StorageStatus } from './StorageStatus';
import './backup.css';

export function BackupsScreen() {
  const { t } = useTranslation('safety');
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    document.title = `${t('backups.heading')} – ${t('common:app.name')}`;
  }, [t]);
  return (
    <div className="app">
      <AppHeader>
        <BackToLibrary />
      </AppHeader>
      <main className="app-main backups" id="main">
        <h1 className="library-heading">{t('backups.heading')}</h1>
        <StorageStatus />
        <LibraryFileSection onRestored={() => setRevision((n) => n + 1)} />
        {isDesktop && <DiskBackupsSection revision={revision} onRestored={() => setRevision((n) => n + 1)} />}
      </main>
    </div>
  );
}
