// The template choice: one radio card per shipped template, with its description.
import { useTranslation } from 'react-i18next';
import { TEMPLATES } from '../templates/registry';

export function TemplateChoice({ value, onChange }: { value: string; onChange(templateId: string): void }) {
  const { t } = useTranslation(['library', 'templates']);
  return (
    <fieldset className="field template-choice">
      <legend className="field-label">{t('newDraft.template.label')}</legend>
      <div className="choices">
        {TEMPLATES.map((template) => (
          <label key={template.id} className="choice">
            <input
              type="radio"
              name="template"
              value={template.id}
              checked={value === template.id}
              onChange={() => onChange(template.id)}
            />
            <span className="choice-text">
              <span className="choice-name">{t(template.nameKey, { ns: 'templates' })}</span>
              <span className="choice-description">{t(template.descriptionKey, { ns: 'templates' })}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
