// Pasting a norm's official text in the draft's language: once per norm and language, kept in
// the library. Bad input gets a clear message and changes nothing.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NormLetter } from '../../../shared/model/draft';
import { directionOf } from '../../../shared/model/languages';
import { formatNumber } from '../ui/format';
import { DOCUMENT_LANGUAGE_KEYS, type OtherLanguage } from './labels';
import { MAX_NORM_TEXT_CHARS, NORM_TEXT_PROBLEM_KEYS, NormTextError } from './norm-texts';

interface NormTextFormProps {
  language: OtherLanguage;
  norm: NormLetter;
  initial: string;
  onSave(raw: string): Promise<void>;
  onRemove?: () => Promise<void>;
  onClose(): void;
}

export function NormTextForm({ language, norm, initial, onSave, onRemove, onClose }: NormTextFormProps) {
  const { t, i18n } = useTranslation('language');
  const id = useId();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
      onClose();
    } catch (problem) {
      setError(
        problem instanceof NormTextError
          ? t(NORM_TEXT_PROBLEM_KEYS[problem.problem], { max: formatNumber(MAX_NORM_TEXT_CHARS, i18n.language) })
          : t('normText.errors.failed'),
      );
      setBusy(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void run(() => onSave(value));
  };

  return (
    <form className="norm-text-form" onSubmit={submit} noValidate data-norm={norm}>
      <label className="field-label" htmlFor={`${id}-text`}>
        {t(DOCUMENT_LANGUAGE_KEYS.field[language])}
      </label>
      <textarea
        id={`${id}-text`}
        className="norm-text-input"
        lang={language}
        dir={directionOf(language)}
        rows={5}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        // Opened by the user's own click on "Paste the official … text": the caret goes where they paste.
        autoFocus
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('normText.fieldHint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        {onRemove && (
          <button
            type="button"
            className="button button-danger norm-text-remove"
            disabled={busy}
            onClick={() => void run(onRemove)}
          >
            {t('normText.remove')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('common:actions.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('normText.save')}
        </button>
      </div>
    </form>
  );
}
