// "Clear at <step>": asks for the name of the person clearing the section, remembering the last
// name typed on this installation.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberedName, rememberName } from './remembered-name';

interface ClearFormProps {
  /** "Clear “Norm 7 …” at Legal review", the form's name. */
  label: string;
  /** Resolves to an error message to show, or null once cleared. */
  onClear(by: string): Promise<string | null>;
  onCancel(): void;
}

export function ClearForm({ label, onClear, onCancel }: ClearFormProps) {
  const { t } = useTranslation(['draft', 'common']);
  const id = useId();
  const [name, setName] = useState(rememberedName);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setError(t('clearance.error.noName'));
    setBusy(true);
    rememberName(name);
    const failed = await onClear(name);
    setBusy(false);
    setError(failed);
  }

  return (
    <form className="clear-form" aria-label={label} onSubmit={(event) => void submit(event)} noValidate>
      <div className={`field${error ? ' field-invalid' : ''}`}>
        <label className="field-label" htmlFor={id}>
          {t('clearance.byLabel')}
        </label>
        <div className="clear-form-row">
          <input
            id={id}
            type="text"
            value={name}
            // Opened by the user's click: the name is what they type next.
            autoFocus
            autoComplete="name"
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
            aria-describedby={error ? `${id}-error` : undefined}
            aria-invalid={error ? true : undefined}
          />
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('clearance.confirm')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
        </div>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
