// "Internal: never in the public export", for one field or checklist item.
import { useTranslation } from 'react-i18next';

export function InternalToggle({
  internal,
  disabled,
  onChange,
}: {
  internal: boolean;
  disabled: boolean;
  onChange(internal: boolean): void;
}) {
  const { t } = useTranslation('draft');
  return (
    <label className="field-internal">
      <input type="checkbox" checked={internal} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      {t('sectionFields.internal')}
    </label>
  );
}
