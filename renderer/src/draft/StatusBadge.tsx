// A section status as text plus a shape, so it never depends on colour alone.
import { useTranslation } from 'react-i18next';
import type { SectionStatus } from '../../../shared/model/draft';
import { STATUS_KEYS } from '../templates/labels';

export function StatusBadge({ status }: { status: SectionStatus }) {
  const { t } = useTranslation('draft');
  return (
    <span className={`status-badge status-${status}`}>
      <span className="status-mark" aria-hidden="true" />
      {t(STATUS_KEYS[status])}
    </span>
  );
}
