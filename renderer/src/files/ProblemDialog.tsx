// A problem with a file, told plainly in a dialog the user closes: it says what went wrong and that
// nothing was changed. Used for opening and saving draft files.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';

export interface Problem {
  title: string;
  message: string;
  /** A reassurance such as "Your drafts are unchanged.", shown after the message. */
  note?: string;
  /** Said and offered instead of the message, e.g. a refusal with its "Save a copy as file". */
  body?: ReactNode;
}

export function ProblemDialog({ problem, onClose }: { problem: Problem; onClose(): void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Modal titleId={`${id}-title`} describedBy={`${id}-message`} onClose={onClose} className="problem-dialog">
      <div className="form" role="alert">
        <h2 id={`${id}-title`} className="modal-title">
          {problem.title}
        </h2>
        {problem.body ? (
          <div id={`${id}-message`}>{problem.body}</div>
        ) : (
          <p id={`${id}-message`} className="problem-message">
            {problem.message}
            {problem.note ? ` ${problem.note}` : ''}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={onClose} autoFocus>
            {t('actions.close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
