// One point of contact in the Points of contact dialog: its fields, what is wrong with them once
// the user tried to save, and Remove.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_KINDS, type Contact, type ContactKind, type ContactProblem } from '../../../shared/model/contacts';
import { DRAFT_LIMITS } from '../../../shared/model/section-schema';

type TextKey = 'name' | 'position' | 'institution' | 'email';

export function ContactFields({
  contact,
  number,
  problems,
  onChange,
  onRemove,
}: {
  contact: Contact;
  number: number;
  problems: readonly ContactProblem[];
  onChange(contact: Contact): void;
  onRemove(): void;
}) {
  const { t } = useTranslation('draft');
  const id = useId();
  // Literal keys, so the key check finds them.
  const kindLabel = (kind: ContactKind) =>
    kind === 'policy' ? t('contacts.kind.policy') : t('contacts.kind.technical');
  const problemText = (problem: ContactProblem) =>
    problem === 'name-missing'
      ? t('contacts.problem.nameMissing')
      : problem === 'email-invalid'
        ? t('contacts.problem.emailInvalid')
        : t('contacts.problem.tooLong');
  // The address is a text field with an email keyboard: the browser's own email check would
  // speak before ours, in its language.
  const text = (key: TextKey, label: string, invalid: boolean, inputMode?: 'email') => (
    <div className="field">
      <label className="field-label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        type="text"
        inputMode={inputMode}
        dir="auto"
        value={contact[key]}
        maxLength={DRAFT_LIMITS.nameChars}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-problems` : undefined}
        onChange={(e) => onChange({ ...contact, [key]: e.target.value })}
      />
    </div>
  );
  return (
    <fieldset className="contact-fields">
      <legend className="field-label">{t('contacts.legend', { number })}</legend>
      {text('name', t('contacts.name'), problems.includes('name-missing'))}
      {text('position', t('contacts.position'), false)}
      {text('institution', t('contacts.institution'), false)}
      {text('email', t('contacts.email'), problems.includes('email-invalid'), 'email')}
      <div className="field">
        <label className="field-label" htmlFor={`${id}-kind`}>
          {t('contacts.kind.label')}
        </label>
        <select
          id={`${id}-kind`}
          value={contact.kind}
          onChange={(e) => onChange({ ...contact, kind: e.target.value as ContactKind })}
        >
          {CONTACT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}
            </option>
          ))}
        </select>
      </div>
      {problems.length > 0 && (
        <div id={`${id}-problems`} className="form-error" role="alert">
          {problems.map((problem) => (
            <p key={problem}>{problemText(problem)}</p>
          ))}
        </div>
      )}
      <button type="button" className="button button-small" onClick={onRemove}>
        {t('contacts.remove', { number })}
      </button>
    </fieldset>
  );
}
