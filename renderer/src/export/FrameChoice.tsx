// "Write as": the template whose sections the file is written in. The draft's own by default;
// another one arranges the same text in its sections (a survey's norm answers as a non-paper)
// for this export only.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATES } from '../templates/registry';

export function FrameChoice({
  ownTemplateId,
  value,
  onChange,
}: {
  ownTemplateId: string;
  value: string;
  onChange(templateId: string): void;
}) {
  const { t } = useTranslation('export');
  const id = useId();
  return (
    <fieldset className="field" aria-describedby={`${id}-hint`}>
      <legend className="field-label">{t('dialog.frame.label')}</legend>
      <div className="inline-choices">
        {TEMPLATES.map((template) => {
          const name = t(template.nameKey, { ns: 'templates' });
          return (
            <label key={template.id} className="inline-choice">
              <input
                type="radio"
                name={`${id}-frame`}
                value={template.id}
                checked={value === template.id}
                onChange={() => onChange(template.id)}
              />
              {template.id === ownTemplateId ? t('dialog.frame.own', { name }) : name}
            </label>
          );
        })}
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {t('dialog.frame.hint')}
      </p>
    </fieldset>
  );
}
