// "Commenting as …, change": the name this installation's comments and replies are written
// under (reviewer-name.ts), shown at the top of the comments pane and edited in place. Asked for
// when an action needs it and none is set yet.
import { useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewerName, setReviewerName, subscribeReviewerName } from '../reviewer-name';

export function useReviewerName(): string {
  return useSyncExternalStore(subscribeReviewerName, reviewerName);
}

interface ReviewerNameProps {
  /** Asked because an action needs a name: the form is open and says why. */
  asked: boolean;
  onSaved(): void;
  onCancel(): void;
}

export function ReviewerName({ asked, onSaved, onCancel }: ReviewerNameProps) {
  const { t } = useTranslation('draft');
  const name = useReviewerName();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);
  const [problem, setProblem] = useState(false);
  const id = useId();
  if (!editing && !asked)
    return name ? (
      <p className="comments-name">
        <span>{t('comments.commentingAs', { name })}</span>{' '}
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => {
            setValue(name);
            setEditing(true);
          }}
        >
          {t('comments.changeName')}
        </button>
      </p>
    ) : null;
  const close = () => {
    setEditing(false);
    setProblem(false);
  };
  return (
    <form
      className="comments-name-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim() === '') return setProblem(true);
        setReviewerName(value);
        close();
        onSaved();
      }}
    >
      {asked && <p id={`${id}-why`}>{t('comments.nameNeeded')}</p>}
      <label htmlFor={`${id}-name`}>{t('comments.nameLabel')}</label>
      <input
        id={`${id}-name`}
        value={value}
        autoFocus
        maxLength={200}
        aria-invalid={problem || undefined}
        aria-describedby={problem ? `${id}-problem` : asked ? `${id}-why` : undefined}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            close();
            onCancel();
          }
        }}
      />
      {problem && (
        <p id={`${id}-problem`} className="form-error" role="alert">
          {t('comments.nameNeeded')}
        </p>
      )}
      <div className="comments-actions">
        <button type="submit" className="button button-primary">
          {t('comments.nameSave')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            close();
            onCancel();
          }}
        >
          {t('comments.cancel')}
        </button>
      </div>
    </form>
  );
}
