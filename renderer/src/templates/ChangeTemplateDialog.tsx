// Choosing another template for an open draft. Says, before anything happens, that nothing is
// deleted and that a version is saved first; acts only on an explicit click.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeTemplateReport, Template } from '../../../shared/templates';
import { Modal } from '../ui/Modal';
import { ChangeTemplateFailure, changeDraftTemplate, type ChangeTemplateProblem } from './change-draft-template';
import { TEMPLATES, templateById } from './registry';
import { templateTexts } from './template-texts';
import './templates.css';
import { useServices } from '../services/context';
import { newId } from '../storage/new-id';

interface ChangeTemplateDialogProps {
  draftId: string;
  currentTemplateId: string;
  onClose(): void;
  onChanged(target: Template, report: ChangeTemplateReport): void;
}

export function ChangeTemplateDialog({ draftId, currentTemplateId, onClose, onChanged }: ChangeTemplateDialogProps) {
  const { autosaver, editGuard, snapshots } = useServices();
  const { t } = useTranslation(['draft', 'templates']);
  const id = useId();
  const choices = TEMPLATES.filter((template) => template.id !== currentTemplateId);
  const current = templateById(currentTemplateId);
  const [chosen, setChosen] = useState(choices[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ChangeTemplateProblem | null>(null);
  const templateName = (template: Template) => t(template.nameKey, { ns: 'templates' });
  const problemText = (which: ChangeTemplateProblem) =>
    which === 'unsaved'
      ? t('changeTemplate.problem.unsaved')
      : which === 'elsewhere'
        ? t('changeTemplate.problem.elsewhere')
        : which === 'invalid'
          ? t('changeTemplate.problem.invalid')
          : t('changeTemplate.problem.storage');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const target = templateById(chosen);
    if (!target || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const report = await changeDraftTemplate(draftId, target, {
        snapshot: (draft) => snapshots.take(draft, 'template'),
        unsaved: () => autosaver.dirty,
        repository: editGuard,
        now: () => Date.now(),
        newId,
        templateTexts,
      });
      onChanged(target, report);
    } catch (error) {
      setProblem(error instanceof ChangeTemplateFailure ? error.problem : 'storage');
      setBusy(false);
    }
  }

  return (
    <Modal titleId={`${id}-title`} describedBy={`${id}-text`} onClose={onClose} className="change-template-dialog">
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-title`} className="modal-title">
          {t('changeTemplate.heading')}
        </h2>
        <div id={`${id}-text`} className="change-template-text">
          {current && <p>{t('changeTemplate.current', { name: templateName(current) })}</p>}
          <p>{t('changeTemplate.nothingDeleted')}</p>
          <p className="change-template-version">{t('changeTemplate.versionFirst')}</p>
        </div>
        <fieldset className="field">
          <legend className="field-label">{t('changeTemplate.choose')}</legend>
          <div className="choices">
            {choices.map((template) => (
              <label key={template.id} className="choice">
                <input
                  type="radio"
                  name="template"
                  value={template.id}
                  checked={chosen === template.id}
                  onChange={() => setChosen(template.id)}
                />
                <span className="choice-text">
                  <span className="choice-name">{templateName(template)}</span>
                  <span className="choice-description">{t(template.descriptionKey, { ns: 'templates' })}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {problem && (
          <p className="form-error" role="alert">
            {problemText(problem)}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !chosen}>
            {busy ? t('changeTemplate.working') : t('changeTemplate.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
