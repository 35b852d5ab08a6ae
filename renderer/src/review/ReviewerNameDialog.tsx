// The one prompt for the name comments, replies and suggestions are written under: asked once per
// installation when an action needs it, and again when the reviewer wants to change it (from the
// comments pane or the suggestions bar). An empty name is refused with a message; Cancel changes nothing.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';
import { reviewerName, setReviewerName } from './reviewer-name';

interface ReviewerNameDialogProps {
  onSaved(): void;
  onClose(): void;
}

export function ReviewerNameDialog({ onSaved, onClose }: ReviewerNameDialogProps) {
  const { t } = useTranslation('draft');
  const id = useId();
  const [name, setName] = useState(reviewerName);
  const [error, setError] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError(true);
      return;
    }
    setReviewerName(name);
    onSaved();
  };
  return (
    <Modal titleId={`${id}-title`} describedBy={`${id}-text`} onClose={onClose} className="reviewer-name-dialog">
      <form className="form" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="modal-title">
          {t('reviewerName.heading')}
        </h2>
        <p id={`${id}-text`}>{t('reviewerName.text')}</p>
        <div className={`field${error ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor={`${id}-name`}>
            {t('reviewerName.label')}
          </label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setError(false);
            }}
            aria-invalid={error || undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            dir="auto"
            autoComplete="name"
            maxLength={100}
            autoFocus
          />
          {error && (
            <p id={`${id}-error`} className="field-error">
              {t('reviewerName.empty')}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('reviewerName.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
