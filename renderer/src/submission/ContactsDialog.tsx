// "Points of contact…": the people behind the submission (name, position, institution, email,
// policy or technical), kept with the draft for the delegation's own use. They never reach a
// normal export; the internal copy lists them. Saved together when the user saves the dialog.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contactProblems, MAX_CONTACTS, type Contact } from '../../../shared/model/contacts';
import { useServices } from '../services/context';
import { newId } from '../storage/new-id';
import { Modal } from '../ui/Modal';
import { ContactFields } from './ContactFields';
import './submission.css';

const blank = (): Contact => ({ id: newId(), name: '', position: '', institution: '', email: '', kind: 'policy' });

export function ContactsDialog({ draftId, onClose }: { draftId: string; onClose(): void }) {
  const { repository } = useServices();
  const { t } = useTranslation('draft');
  const id = useId();
  const [contacts, setContacts] = useState<Contact[] | null>(null);
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void repository
      .get(draftId)
      .then((stored) => !cancelled && setContacts(stored?.draft.contacts ?? []))
      .catch(() => !cancelled && setError(t('contacts.error.read')));
    return () => {
      cancelled = true;
    };
  }, [repository, draftId, t]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!contacts || saving) return;
    setChecked(true);
    if (contacts.some((contact) => contactProblems(contact).length > 0)) return;
    setSaving(true);
    try {
      const trimmed = contacts.map((c) => ({
        ...c,
        name: c.name.trim(),
        position: c.position.trim(),
        institution: c.institution.trim(),
        email: c.email.trim(),
      }));
      await repository.updateContacts(draftId, trimmed);
      onClose();
    } catch {
      setError(t('contacts.error.save'));
      setSaving(false);
    }
  }

  const change = (index: number, contact: Contact) =>
    setContacts((list) => list && list.map((c, i) => (i === index ? contact : c)));

  return (
    <Modal titleId={`${id}-title`} describedBy={`${id}-intro`} onClose={onClose} className="contacts-dialog">
      <form className="form" onSubmit={(event) => void save(event)} noValidate>
        <h2 id={`${id}-title`} className="modal-title">
          {t('contacts.title')}
        </h2>
        <p id={`${id}-intro`} className="field-hint">
          {t('contacts.intro')}
        </p>
        {contacts === null ? (
          !error && <p className="loading">{t('contacts.loading')}</p>
        ) : (
          <>
            {contacts.length === 0 && <p>{t('contacts.none')}</p>}
            <ol className="contacts-list">
              {contacts.map((contact, index) => (
                <li key={contact.id}>
                  <ContactFields
                    contact={contact}
                    number={index + 1}
                    problems={checked ? contactProblems(contact) : []}
                    onChange={(next) => change(index, next)}
                    onRemove={() => setContacts((list) => list && list.filter((c) => c.id !== contact.id))}
                  />
                </li>
              ))}
            </ol>
            <button
              type="button"
              className="button"
              disabled={contacts.length >= MAX_CONTACTS}
              onClick={() => setContacts((list) => list && [...list, blank()])}
            >
              {t('contacts.add')}
            </button>
          </>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('contacts.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={contacts === null || saving}>
            {t('contacts.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
