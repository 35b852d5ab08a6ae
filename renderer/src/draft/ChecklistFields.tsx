// A checklist of practical actions: each item's status, its lead agency, evidence and note (one
// click away), and whether it is internal; with how many are done.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHECKLIST_STATUSES,
  checklistProgress,
  SECTION_FIELD_LIMITS,
  type ChecklistField,
  type ChecklistItem,
  type ChecklistStatus,
} from '../../../shared/model/section-fields';
import { formatNumber } from '../ui/format';
import { CHECKLIST_STATUS_KEYS } from '../templates/labels';
import { InternalToggle } from './InternalToggle';

const DETAILS = ['leadAgency', 'evidence', 'note'] as const;

function ItemRow({
  item,
  readOnly,
  onChange,
}: {
  item: ChecklistItem;
  readOnly: boolean;
  onChange(item: ChecklistItem): void;
}) {
  const { t } = useTranslation('draft');
  const id = useId();
  const label = (key: string) => t(key, { ns: 'templates' });
  const detailLabels = {
    leadAgency: t('checklist.column.leadAgency', { ns: 'templates' }),
    evidence: t('checklist.column.evidence', { ns: 'templates' }),
    note: t('checklist.column.note', { ns: 'templates' }),
  };
  return (
    <li className={`checklist-item status-${item.status}${item.internal ? ' is-internal' : ''}`}>
      <span className="checklist-action" id={`${id}-action`}>
        {item.text ?? label(item.labelKey ?? '')}
      </span>
      <span className="checklist-status">
        <label htmlFor={`${id}-status`}>{t('sectionFields.itemStatus')}</label>
        <select
          id={`${id}-status`}
          aria-describedby={`${id}-action`}
          value={item.status}
          disabled={readOnly}
          onChange={(e) => onChange({ ...item, status: e.target.value as ChecklistStatus })}
        >
          {CHECKLIST_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(CHECKLIST_STATUS_KEYS[status], { ns: 'templates' })}
            </option>
          ))}
        </select>
      </span>
      <InternalToggle
        internal={item.internal}
        disabled={readOnly}
        onChange={(internal) => onChange({ ...item, internal })}
      />
      <details className="checklist-details">
        <summary>{t('sectionFields.itemDetails')}</summary>
        {DETAILS.map((detail) => (
          <div className="field-text" key={detail}>
            <label htmlFor={`${id}-${detail}`}>{detailLabels[detail]}</label>
            <input
              id={`${id}-${detail}`}
              type="text"
              dir="auto"
              maxLength={SECTION_FIELD_LIMITS.itemChars}
              value={item[detail]}
              readOnly={readOnly}
              onChange={(e) => onChange({ ...item, [detail]: e.target.value })}
            />
          </div>
        ))}
      </details>
    </li>
  );
}

export function ChecklistFields({
  field,
  readOnly,
  onChange,
}: {
  field: ChecklistField;
  readOnly: boolean;
  onChange(field: ChecklistField): void;
}) {
  const { t, i18n } = useTranslation('draft');
  const { done, total } = checklistProgress([field]);
  const n = (value: number) => formatNumber(value, i18n.language);
  const label = (key: string) => t(key, { ns: 'templates' });
  const replace = (index: number, item: ChecklistItem) =>
    onChange({ ...field, items: field.items.map((old, at) => (at === index ? item : old)) });
  return (
    <fieldset className="field-checklist">
      <legend className="field-label">{label(field.labelKey)}</legend>
      <p className="checklist-progress" aria-live="polite">
        {t('sectionFields.progress', { done: n(done), total: n(total) })}
      </p>
      <ul className="checklist-items">
        {field.items.map((item, index) => (
          <ItemRow key={item.id} item={item} readOnly={readOnly} onChange={(next) => replace(index, next)} />
        ))}
      </ul>
    </fieldset>
  );
}
