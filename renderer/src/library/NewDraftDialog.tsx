// "New draft": choose a template, say who submits it, where, in which language and on which
// date. Keyboard-only use works: the native dialog takes focus, Enter submits, Escape closes.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmitterKind } from '../../../shared/model/draft';
import { isLanguage, type Language } from '../../../shared/model/languages';
import { TEMPLATES } from '../templates/registry';
import { ENDONYMS, LANGUAGES, todayIso } from '../ui/format';
import { useServices } from '../services/context';
import { Modal } from '../ui/Modal';
import { createFromTemplate } from './create';
import { checkNewDraft, kindFor, type FieldError, type NewDraftValues } from './new-draft-form';
import { TemplateChoice } from './TemplateChoice';
import { SubmitterFields } from './SubmitterFields';
import { TextField } from './TextField';

interface NewDraftDialogProps {
  onClose(): void;
  onCreated(draftId: string): void;
}

export function NewDraftDialog({ onClose, onCreated }: NewDraftDialogProps) {
  const { t, i18n } = useTranslation('library');
  const { repository } = useServices();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const uiLanguage: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  const [values, setValues] = useState<NewDraftValues>({
    templateId: TEMPLATES[0]?.id ?? '',
    submitterKind: 'state',
    submitter: '',
    issuingBody: '',
    government: '',
    forum: '',
    language: uiLanguage,
    date: todayIso(),
  });
  const [error, setError] = useState<FieldError | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const template = TEMPLATES.find((tpl) => tpl.id === values.templateId) ?? TEMPLATES[0];
  const kind: SubmitterKind = template ? kindFor(template, values.submitterKind) : 'state';
  const set = <K extends keyof NewDraftValues>(key: K, value: NewDraftValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (error?.field === key) setError(null);
  };
  const errorFor = (field: FieldError['field']) => (error?.field === field ? t(error.key) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!template || busy) return;
    const problem = checkNewDraft(values);
    setError(problem);
    setFailure(null);
    if (problem) {
      formRef.current?.querySelector<HTMLElement>(`[name="${problem.field}"]`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const draftId = await createFromTemplate(repository, template, {
        submitter: values.submitter,
        submitterKind: kind,
        forum: values.forum,
        language: values.language,
        date: values.date,
        issuingBody: kind === 'state' ? values.issuingBody : '',
        government: kind === 'stakeholder' ? values.government : '',
      });
      onCreated(draftId);
    } catch {
      setFailure(t('newDraft.errors.failed'));
      setBusy(false);
    }
  }

  return (
    <Modal titleId={`${id}-title`} onClose={onClose} className="new-draft-dialog">
      <form ref={formRef} className="form" onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-title`} className="modal-title">
          {t('newDraft.heading')}
        </h2>
        <TemplateChoice value={values.templateId} onChange={(templateId) => set('templateId', templateId)} />
        {template?.submitterKind === 'any' && (
          <fieldset className="field">
            <legend className="field-label">{t('newDraft.kind.label')}</legend>
            <div className="inline-choices">
              {(['state', 'stakeholder'] as const).map((option) => (
                <label key={option} className="inline-choice">
                  <input
                    type="radio"
                    name="submitterKind"
                    value={option}
                    checked={values.submitterKind === option}
                    onChange={() => set('submitterKind', option)}
                  />
                  {option === 'state' ? t('newDraft.kind.state') : t('newDraft.kind.stakeholder')}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <SubmitterFields kind={kind} values={values} set={set} errorFor={errorFor} />
        <div className="field-row">
          <div className="field">
            <label className="field-label" htmlFor={`${id}-language`}>
              {t('newDraft.language.label')}
            </label>
            <select
              id={`${id}-language`}
              name="language"
              value={values.language}
              onChange={(e) => isLanguage(e.target.value) && set('language', e.target.value)}
            >
              {LANGUAGES.map((language) => (
                <option key={language} value={language} lang={language}>
                  {ENDONYMS[language]}
                </option>
              ))}
            </select>
            <p className="field-hint">{t('newDraft.language.hint')}</p>
          </div>
          <TextField
            name="date"
            type="date"
            label={t('newDraft.date.label')}
            value={values.date}
            onChange={(v) => set('date', v)}
            error={errorFor('date')}
            required
          />
        </div>
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('newDraft.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
