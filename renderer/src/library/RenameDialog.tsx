// Rename a draft: the title is selected so typing replaces it; Enter saves, Escape cancels.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TITLE_LENGTH } from '../storage/repository';
import { Modal } from '../ui/Modal';
import { TextField } from './TextField';
import { useServices } from '../services/context';

interface RenameDialogProps {
  draftId: string;
  title: string;
  onClose(): void;
  onRenamed(): void;
}

export function RenameDialog({ draftId, title, onClose, onRenamed }: RenameDialogProps) {
  const { repository } = useServices();
  const { t } = useTranslation('library');
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[name="title"]')?.select();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const clean = value.trim();
    if (!clean) return setError(t('rename.errors.empty'));
    if (clean.length > MAX_TITLE_LENGTH) return setError(t('rename.errors.tooLong', { max: MAX_TITLE_LENGTH }));
    try {
      await repository.rename(draftId, clean);
      onRenamed();
    } catch {
      setError(t('rename.errors.failed'));
    }
  }

  return (
    <Modal titleId={`${id}-title`} onClose={onClose} className="rename-dialog">
      <form ref={formRef} className="form" onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-title`} className="modal-title">
          {t('rename.heading')}
        </h2>
        <TextField
          name="title"
          label={t('rename.label')}
          value={value}
          onChange={(v) => {
            setValue(v);
            setError(undefined);
          }}
          error={error}
          required
        />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('rename.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
