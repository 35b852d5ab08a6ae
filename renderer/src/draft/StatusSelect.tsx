import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_STATUSES, type SectionStatus } from '../../../shared/model/draft';
import { STATUS_KEYS } from '../templates/labels';

export function StatusSelect({ value, onChange }: { value: SectionStatus; onChange(status: SectionStatus): void }) {
  const { t } = useTranslation('draft');
  const id = useId();
  return (
    <div className={`status-select status-${value}`}>
      <label htmlFor={id}>{t('status.label')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as SectionStatus)}>
        {SECTION_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(STATUS_KEYS[status])}
          </option>
        ))}
      </select>
    </div>
  );
}
