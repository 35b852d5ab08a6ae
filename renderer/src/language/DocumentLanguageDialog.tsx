// Draft settings: the document language, changeable after creation, with the note that a
// change translates nothing.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf, isLanguage, LANGUAGES, type Language } from '../../../shared/model/languages';
import { ENDONYMS } from '../ui/format';
import { Modal } from '../ui/Modal';
import { loadLanguage } from '../i18n/resources';
import { changeDraftLanguage } from './draft-language';
import { useServices } from '../services/context';

interface DocumentLanguageDialogProps {
  draftId: string;
  language: Language;
  onClose(): void;
  onChanged(language: Language): void;
}

export function DocumentLanguageDialog({ draftId, language, onClose, onChanged }: DocumentLanguageDialogProps) {
  const { db } = useServices();
  const { t } = useTranslation('language');
  const id = useId();
  const [choice, setChoice] = useState<Language>(language);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (choice === language) return onClose();
    setBusy(true);
    try {
      await changeDraftLanguage(db, draftId, choice, Date.now());
      await loadLanguage(choice);
      onChanged(choice);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <Modal titleId={`${id}-title`} describedBy={`${id}-note`} onClose={onClose} className="document-language-dialog">
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-title`} className="modal-title">
          {t('documentLanguage.heading')}
        </h2>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-language`}>
            {t('documentLanguage.label')}
          </label>
          <select
            id={`${id}-language`}
            name="language"
            value={choice}
            onChange={(e) => isLanguage(e.target.value) && setChoice(e.target.value)}
          >
            {LANGUAGES.map((option) => (
              <option key={option} value={option} lang={option} dir={directionOf(option)}>
                {ENDONYMS[option]}
              </option>
            ))}
          </select>
        </div>
        <p id={`${id}-note`} className="document-language-note" role="note">
          {t('documentLanguage.note')}
        </p>
        {failed && (
          <p className="form-error" role="alert">
            {t('documentLanguage.failed')}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || choice === language}>
            {t('documentLanguage.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
