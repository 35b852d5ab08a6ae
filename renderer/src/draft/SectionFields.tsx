// A section's structured answers under its text: choices, short texts, dates and checklists, as
// its template declared them, each with "Internal" (kept out of every public document). Every
// change hands the section's whole list of fields up, to be shown and saved like a status.
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SECTION_FIELD_LIMITS,
  type ChoiceField,
  type SectionField,
  type TextField,
} from '../../../shared/model/section-fields';
import { ChecklistFields } from './ChecklistFields';
import { InternalToggle } from './InternalToggle';

interface SectionFieldsProps {
  fields: readonly SectionField[];
  readOnly: boolean;
  onChange(fields: SectionField[]): void;
}

function ChoiceInput({
  field,
  readOnly,
  onChange,
}: {
  field: ChoiceField;
  readOnly: boolean;
  onChange(field: ChoiceField): void;
}) {
  const { t } = useTranslation('draft');
  const name = useId();
  const label = (key: string) => t(key, { ns: 'templates' });
  const toggle = (id: string, on: boolean) => {
    const value = field.multiple ? field.value.filter((chosen) => chosen !== id) : [];
    onChange({ ...field, value: on ? [...value, id] : value });
  };
  return (
    <fieldset className="field-choice" disabled={readOnly}>
      <legend className="field-label">{label(field.labelKey)}</legend>
      {!field.multiple && (
        <label className="field-option">
          <input
            type="radio"
            name={name}
            checked={field.value.length === 0}
            onChange={() => onChange({ ...field, value: [] })}
          />
          {t('sectionFields.notAnswered')}
        </label>
      )}
      {field.options.map((option) => (
        <label className="field-option" key={option.id}>
          <input
            type={field.multiple ? 'checkbox' : 'radio'}
            name={name}
            checked={field.value.includes(option.id)}
            onChange={(event) => toggle(option.id, event.target.checked)}
          />
          {label(option.labelKey)}
        </label>
      ))}
    </fieldset>
  );
}

function TextInput({
  field,
  readOnly,
  onChange,
}: {
  field: TextField;
  readOnly: boolean;
  onChange(field: TextField): void;
}) {
  const { t } = useTranslation('draft');
  const id = useId();
  const label = (key: string) => t(key, { ns: 'templates' });
  return (
    <div className="field-text">
      <label className="field-label" htmlFor={id}>
        {label(field.labelKey)}
      </label>
      {field.kind === 'date' ? (
        <input
          id={id}
          type="date"
          value={field.value}
          readOnly={readOnly}
          onChange={(e) => onChange({ ...field, value: e.target.value })}
        />
      ) : (
        // Answers are typed in the document's language, which may run the other way from the
        // interface: each takes the direction of its own text.
        <textarea
          id={id}
          dir="auto"
          rows={2}
          maxLength={SECTION_FIELD_LIMITS.textChars}
          value={field.value}
          readOnly={readOnly}
          onChange={(e) => onChange({ ...field, value: e.target.value })}
        />
      )}
    </div>
  );
}

function FieldInput({
  field,
  readOnly,
  onChange,
}: {
  field: SectionField;
  readOnly: boolean;
  onChange(field: SectionField): void;
}) {
  switch (field.kind) {
    case 'choice':
      return <ChoiceInput field={field} readOnly={readOnly} onChange={onChange} />;
    case 'checklist':
      return <ChecklistFields field={field} readOnly={readOnly} onChange={onChange} />;
    default:
      return <TextInput field={field} readOnly={readOnly} onChange={onChange} />;
  }
}

// Memoised: the section view renders again a few times a second while typing in the text (live
// word counts); the answers and their handler do not change then.
export const SectionFields = memo(function SectionFields({ fields, readOnly, onChange }: SectionFieldsProps) {
  const { t } = useTranslation('draft');
  const headingId = useId();
  if (fields.length === 0) return null;
  const replace = (index: number, field: SectionField) =>
    onChange(fields.map((old, at) => (at === index ? field : old)));
  return (
    <section className="section-fields" aria-labelledby={headingId}>
      <h3 id={headingId} className="section-fields-heading">
        {t('sectionFields.heading')}
      </h3>
      <ul className="section-fields-list">
        {fields.map((field, index) => (
          <li key={field.id} className={`section-field${field.internal ? ' is-internal' : ''}`}>
            <FieldInput field={field} readOnly={readOnly} onChange={(next) => replace(index, next)} />
            <InternalToggle
              internal={field.internal}
              disabled={readOnly}
              onChange={(internal) => replace(index, { ...field, internal })}
            />
          </li>
        ))}
      </ul>
    </section>
  );
});
