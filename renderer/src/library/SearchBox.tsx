import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../ui/format';

export function SearchBox({
  value,
  onChange,
  found,
}: {
  value: string;
  onChange(value: string): void;
  found: number | null;
}) {
  const { t, i18n } = useTranslation('library');
  const id = useId();
  return (
    <search className="library-search">
      <label htmlFor={id} className="field-label">
        {t('search.label')}
      </label>
      <input
        id={id}
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        dir="auto"
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('search.hint')}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {found === null ? '' : t('search.found', { count: found, formatted: formatNumber(found, i18n.language) })}
      </p>
    </search>
  );
}
