import { describe, expect, it } from 'vitest';
import { contactProblems, contactSchema } from './contacts';
import { parseNormdraft, serializeNormdraft } from '../format/normdraft';
import { EXAMPLIA_CONTACTS, exampliaWithContacts } from '../../test/fixtures/contacts';

const contact = EXAMPLIA_CONTACTS[0]!;

describe('points of contact', () => {
  it('are saved in the .normdraft file and read back', () => {
    const draft = exampliaWithContacts();
    expect(parseNormdraft(serializeNormdraft(draft)).contacts).toEqual(EXAMPLIA_CONTACTS);
  });

  it('name what is wrong with a contact as typed: no name, a malformed address', () => {
    expect(contactProblems(contact)).toEqual([]);
    expect(contactProblems({ ...contact, email: '' })).toEqual([]);
    expect(contactProblems({ ...contact, name: '  ', email: 'varnholt at mfa' })).toEqual([
      'name-missing',
      'email-invalid',
    ]);
    expect(contactProblems({ ...contact, email: 'a@b@c.example' })).toEqual(['email-invalid']);
  });

  it('are refused by the schema when a file holds a malformed one', () => {
    expect(contactSchema.safeParse(contact).success).toBe(true);
    expect(contactSchema.safeParse({ ...contact, email: 'not an address' }).success).toBe(false);
    expect(contactSchema.safeParse({ ...contact, name: '' }).success).toBe(false);
    expect(contactSchema.safeParse({ ...contact, kind: 'legal' }).success).toBe(false);
    const draft = { ...exampliaWithContacts(), contacts: [{ ...contact, email: 'x' }] };
    expect(() => serializeNormdraft(draft)).toThrow(/invalid draft/);
  });
});
