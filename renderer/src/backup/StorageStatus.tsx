// Whether the browser keeps the drafts persistently, and how much space they use.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../ui/format';
import { BackupTroubleNotice } from './BackupTroubleNotice';
import { askPersistence, useDurability } from './durability';
import { storageUse, type StorageUse } from './persist';

function size(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1024
    ? `${formatNumber(Math.round(mb / 102.4) / 10, locale)} GB`
    : `${formatNumber(Math.max(0.1, Math.round(mb * 10) / 10), locale)} MB`;
}

export function StorageStatus() {
  const { t, i18n } = useTranslation('safety');
  const { persist } = useDurability();
  const [use, setUse] = useState<StorageUse | null>(null);
  useEffect(() => {
    void storageUse().then(setUse);
  }, []);
  const text =
    persist === 'checking'
      ? t('backups.persistChecking')
      : persist === 'persisted'
        ? t('backups.persisted')
        : persist === 'not-persisted'
          ? t('backups.notPersisted')
          : t('backups.persistUnknown');
  return (
    <section className="backup-section" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('backups.storageHeading')}</h2>
      <BackupTroubleNotice />
      <p className={`persist-state persist-${persist}`} data-persist={persist}>
        {text}
      </p>
      {persist === 'not-persisted' && (
        <button type="button" className="button" onClick={() => void askPersistence()}>
          {t('backups.persistAgain')}
        </button>
      )}
      {use && (
        <p>{t('backups.usage', { used: size(use.usage, i18n.language), quota: size(use.quota, i18n.language) })}</p>
      )}
    </section>
  );
}
