import { describe, expect, it } from 'vitest';
import { publicDraft, PRIVATE_DRAFT_KEYS } from '../collab/public-draft';
import { reviewDraft } from '../review/review-draft';
import { internalDraft } from './internal-draft';
import { collabDraft } from '../../test/fixtures/collab-draft';
import { EXAMPLIA_CONTACTS, CONTACT_WORDS } from '../../test/fixtures/contacts';

const withContacts = () => ({ ...collabDraft(), contacts: structuredClone(EXAMPLIA_CONTACTS) });

describe('private content in the projections of a draft', () => {
  it('leaves the points of contact out of the public projection and the copy for review', () => {
    for (const shown of [publicDraft(withContacts()), reviewDraft(withContacts())]) {
      expect(PRIVATE_DRAFT_KEYS).toContain('contacts');
      expect('contacts' in shown).toBe(false);
      for (const word of CONTACT_WORDS) expect(JSON.stringify(shown)).not.toContain(word);
    }
  });

  it('keeps the contacts in the internal projection, without review or collaboration data', () => {
    const draft = withContacts();
    const internal = internalDraft(draft);
    expect(internal.contacts).toEqual(EXAMPLIA_CONTACTS);
    for (const key of ['collaboration', 'contribution', 'clearance', 'review']) expect(key in internal).toBe(false);
    expect(JSON.stringify(internal)).not.toMatch(/collab:/);
    expect(internal.sections.map((s) => s.id)).toEqual(draft.sections.map((s) => s.id));
  });

  it('gives a draft without contacts an empty list', () => {
    expect(internalDraft(collabDraft()).contacts).toEqual([]);
  });
});
