// "Save a version" with a name the user chooses.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_VERSION_NAME } from './store';

export function SaveVersionForm({ onSave }: { onSave(name: string): Promise<boolean> }) {
  const { t } = useTranslation('safety');
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const clean = name.trim();
    if (!clean) return setError(t('versions.nameEmpty'));
    if (clean.length > MAX_VERSION_NAME) return setError(t('versions.nameTooLong', { max: MAX_VERSION_NAME }));
    setBusy(true);
    const saved = await onSave(clean);
    setBusy(false);
    if (saved) setName('');
    else setError(t('versions.saveFailed'));
  }

  return (
    <form className="save-version" onSubmit={(event) => void submit(event)} noValidate>
      <div className={`field${error ? ' field-invalid' : ''}`}>
        <label className="field-label" htmlFor={id}>
          {t('versions.nameLabel')}
        </label>
        <div className="save-version-row">
          <input
            id={id}
            type="text"
            value={name}
            maxLength={MAX_VERSION_NAME + 50}
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            aria-invalid={error ? true : undefined}
            autoComplete="off"
          />
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('versions.save')}
          </button>
        </div>
        <p id={`${id}-hint`} className="field-hint">
          {t('versions.nameHint')}
        </p>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
