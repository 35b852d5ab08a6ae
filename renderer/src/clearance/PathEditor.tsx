// The draft's clearance path: its steps in order, each renamed, moved or removed, and a new step
// added at the end. A refused change says why (e.g. a step sections were cleared at stays).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clearance, ClearanceStep } from '../../../shared/collab/model';
import { addStep, moveStep, removeStep, renameStep, type PathResult } from '../../../shared/clearance/path';
import { newId } from '../storage/new-id';
import { useStepName } from './labels';

interface PathEditorProps {
  clearance: Clearance;
  /** Saves an edit (of the step named `step`); resolves to an error message, or null when saved. */
  onEdit(edit: (clearance: Clearance) => PathResult, step?: string): Promise<string | null>;
}

function StepItem({
  step,
  index,
  count,
  onEdit,
}: {
  step: ClearanceStep;
  index: number;
  count: number;
  onEdit: PathEditorProps['onEdit'];
}) {
  const { t } = useTranslation(['draft', 'common']);
  const stepName = useStepName();
  const shown = stepName(step);
  const id = useId();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (edit: (clearance: Clearance) => PathResult) => setError(await onEdit(edit, shown));

  async function rename(event: FormEvent) {
    event.preventDefault();
    const failed = await onEdit((c) => renameStep(c, step.id, renaming ?? '', stepName), shown);
    setError(failed);
    if (!failed) setRenaming(null);
  }

  return (
    <li className="clearance-step">
      {renaming === null ? (
        <div className="clearance-step-row">
          <span className="clearance-step-name">{shown}</span>
          <button
            type="button"
            className="button button-small"
            onClick={() => setRenaming(shown)}
            aria-label={t('clearance.path.renameLabel', { step: shown })}
          >
            {t('clearance.path.rename')}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={index === 0}
            onClick={() => void run((c) => moveStep(c, step.id, -1))}
            aria-label={t('clearance.path.earlier', { step: shown })}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={index === count - 1}
            onClick={() => void run((c) => moveStep(c, step.id, 1))}
            aria-label={t('clearance.path.later', { step: shown })}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => void run((c) => removeStep(c, step.id))}
            aria-label={t('clearance.path.remove', { step: shown })}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ) : (
        <form className="clearance-step-row" onSubmit={(event) => void rename(event)} noValidate>
          <label className="visually-hidden" htmlFor={id}>
            {t('clearance.path.renameLabel', { step: shown })}
          </label>
          <input
            id={id}
            type="text"
            value={renaming}
            onChange={(event) => setRenaming(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          <button type="submit" className="button button-small button-primary">
            {t('clearance.path.save')}
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setRenaming(null);
              setError(null);
            }}
          >
            {t('common:actions.cancel')}
          </button>
        </form>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

export function PathEditor({ clearance, onEdit }: PathEditorProps) {
  const { t } = useTranslation('draft');
  const stepName = useStepName();
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    const failed = await onEdit((c) => addStep(c, name, newId(), stepName));
    setError(failed);
    if (!failed) setName('');
  }

  return (
    <section className="clearance-path" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('clearance.path.heading')}</h3>
      <p className="field-hint">{t('clearance.path.hint')}</p>
      <ol className="clearance-steps">
        {clearance.steps.map((step, index) => (
          <StepItem key={step.id} step={step} index={index} count={clearance.steps.length} onEdit={onEdit} />
        ))}
      </ol>
      <form className="clearance-step-row" onSubmit={(event) => void add(event)} noValidate>
        <label className="field-label" htmlFor={id}>
          {t('clearance.path.newStep')}
        </label>
        <input
          id={id}
          type="text"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="submit" className="button button-small">
          {t('clearance.path.add')}
        </button>
      </form>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
