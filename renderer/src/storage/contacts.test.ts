import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphState } from '../../../shared/model/empty';
import type { Draft } from '../../../shared/model/draft';
import type { Contact } from '../../../shared/model/contacts';
import { DrafterDb } from './db';
import { StorageError } from './errors';
import { DraftRepository } from './repository';

let db: DrafterDb;
let repo: DraftRepository;

const draft: Draft = {
  id: 'd1',
  templateId: 'norms-only',
  fields: { title: 'Non-paper', submitter: 'Republic of Examplia', issuingBody: '', forum: '', date: '2026-05-12' },
  submitterKind: 'state',
  language: 'en',
  createdAt: 1,
  updatedAt: 1,
  sections: [
    { id: 's', kind: 'summary', norm: null, heading: 'Summary', status: 'drafting', content: paragraphState(['Text']) },
  ],
};

const contact: Contact = {
  id: 'c1',
  name: 'Ilse Varnholt',
  position: 'Head of the Cyber Policy Unit',
  institution: 'Ministry of Foreign Affairs of Examplia',
  email: 'i.varnholt@mfa.examplia.example',
  kind: 'policy',
};

beforeEach(() => {
  db = new DrafterDb(`test-${Math.random()}`);
  repo = new DraftRepository(db, { now: () => 5_000, newId: () => 'x' });
});
afterEach(async () => {
  await db.delete();
});

describe('points of contact in storage', () => {
  it('are saved with the draft and read back with it, its text untouched', async () => {
    await repo.add(draft);
    expect(await repo.updateContacts('d1', [contact])).toEqual([contact]);
    const stored = await repo.get('d1');
    expect(stored?.draft.contacts).toEqual([contact]);
    expect(stored?.draft.sections).toEqual(draft.sections);
    expect(stored?.draft.updatedAt).toBe(5_000);
  });

  it('refuses a malformed address and changes nothing', async () => {
    await repo.add({ ...draft, contacts: [contact] });
    await expect(repo.updateContacts('d1', [{ ...contact, email: 'varnholt at mfa' }])).rejects.toBeInstanceOf(
      StorageError,
    );
    expect((await repo.get('d1'))?.draft.contacts).toEqual([contact]);
  });
});
