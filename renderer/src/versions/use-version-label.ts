// How a version is named in the list: the user's name, or what made the app keep it.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionRow } from '../storage/db';
import { formatDateTime } from '../ui/format';

export function useVersionLabel(): (version: Pick<VersionRow, 'reason' | 'name' | 'detail'>) => string {
  const { t, i18n } = useTranslation('safety');
  return useCallback(
    (version) => {
      switch (version.reason) {
        case 'manual':
          return version.name;
        case 'editing':
          return t('reason.editing');
        case 'import':
          return t('reason.import');
        case 'template':
          return t('reason.template');
        case 'upgrade':
          return t('reason.upgrade');
        case 'conflict':
          return t('reason.conflict');
        case 'backup':
          return t('reason.backup');
        case 'details':
          return t('reason.details');
        case 'clearance':
          return t('reason.clearance');
        case 'merge':
          return t('reason.merge');
        case 'suggestions':
          return t('reason.suggestions');
        case 'restore': {
          const restored = Number(version.detail);
          return t('reason.restore', {
            date: Number.isFinite(restored) && version.detail ? formatDateTime(restored, i18n.language) : '…',
          });
        }
      }
    },
    [t, i18n.language],
  );
}
