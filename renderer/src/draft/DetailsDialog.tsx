// The draft's details after creation: title, submitter, issuing body or government, forum and
// date. Nothing is saved on Cancel or Escape; an invalid value is named under its field.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/model/draft';
import { SubmitterFields } from '../library/SubmitterFields';
import { TextField } from '../library/TextField';
import type { DraftDetails } from '../storage/repository';
import { useServices } from '../services/context';
import { trimmedFields } from '../../../shared/model/draft-fields';
import { Modal } from '../ui/Modal';
import { checkDetails, type DetailsError, type DetailsValues } from './details-form';
import { saveDetails, type SavedDetails } from './save-details';

interface DetailsDialogProps {
  meta: Omit<Draft, 'sections'>;
  onClose(): void;
  onSaved(details: DraftDetails, saved: SavedDetails): void;
}

export function DetailsDialog({ meta, onClose, onSaved }: DetailsDialogProps) {
  const { t } = useTranslation(['draft', 'library']);
  const services = useServices();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const state = meta.submitterKind === 'state';
  const [values, setValues] = useState<DetailsValues>({ ...meta.fields, government: meta.fields.government ?? '' });
  const [error, setError] = useState<DetailsError | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof DetailsValues, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (error?.field === field) setError(null);
  };
  const errorFor = (field: keyof DetailsValues) => (error?.field === field ? t(error.key) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problem = checkDetails(values);
    setError(problem);
    setFailed(false);
    if (problem) {
      formRef.current?.querySelector<HTMLElement>(`[name="${problem.field}"]`)?.focus();
      return;
    }
    // Only a State's draft names an issuing body and only a stakeholder contribution a
    // government: the other keeps what it had.
    const details = trimmedFields({
      ...values,
      issuingBody: state ? values.issuingBody : meta.fields.issuingBody,
      government: state ? meta.fields.government : values.government,
    });
    setBusy(true);
    try {
      onSaved(details, await saveDetails(services, meta.id, details));
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <Modal titleId={`${id}-title`} onClose={onClose} className="details-dialog">
      <form ref={formRef} className="form" onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-title`} className="modal-title">
          {t('details.heading')}
        </h2>
        <TextField
          name="title"
          label={t('details.title')}
          value={values.title}
          onChange={(v) => set('title', v)}
          error={errorFor('title')}
          required
        />
        <SubmitterFields kind={meta.submitterKind} values={values} set={set} errorFor={errorFor} />
        <TextField
          name="date"
          type="date"
          label={t('library:newDraft.date.label')}
          value={values.date}
          onChange={(v) => set('date', v)}
          error={errorFor('date')}
          required
        />
        {failed && (
          <p className="form-error" role="alert">
            {t('details.failed')}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('details.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
