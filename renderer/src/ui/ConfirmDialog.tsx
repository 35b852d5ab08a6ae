// "Are you sure?" for actions that replace or delete work: says what will happen, in words, and
// acts only on an explicit click. Escape or Cancel changes nothing.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

interface ConfirmDialogProps {
  heading: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm(): Promise<void> | void;
  onCancel(): void;
}

export function ConfirmDialog({ heading, children, confirmLabel, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation('common');
  const id = useId();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal titleId={`${id}-title`} describedBy={`${id}-text`} onClose={onCancel} className="confirm-dialog">
      <div className="form">
        <h2 id={`${id}-title`} className="modal-title">
          {heading}
        </h2>
        <div id={`${id}-text`} className="confirm-text">
          {children}
        </div>
        <div className="form-actions">
          <button type="button" className="button" onClick={onCancel} autoFocus>
            {t('actions.cancel')}
          </button>
          <button
            type="button"
            className={`button ${danger ? 'button-danger-solid' : 'button-primary'}`}
            disabled={busy}
            onClick={() => void confirm()}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </Modal>
  );
}
