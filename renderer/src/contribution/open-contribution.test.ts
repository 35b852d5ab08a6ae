import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContribution, returnContribution, withContributor } from '../../../shared/contribution/make-contribution';
import { readNormdraft, serializeNormdraft } from '../../../shared/format/normdraft';
import type { Draft } from '../../../shared/model/draft';
import { sampleDraft, sampleNormSection } from '../../../test/fixtures/sample-draft';
import { DrafterDb } from '../storage/db';
import { DraftRepository } from '../storage/repository';
import { isContribution, openContribution } from './open-contribution';

let db: DrafterDb;
let repo: DraftRepository;
let ids = 0;
const env = { now: () => 5_000, newId: () => `copy-${(ids += 1)}` };

function lead(): Draft {
  const draft = sampleDraft({
    id: 'lead-draft',
    sections: [sampleNormSection('The grid is protected.', 'g'), sampleNormSection('Requests are answered.', 'h')],
    submitter: 'Republic of Examplia',
  });
  return withContributor(draft, { name: 'Quillon Ardent', organisation: 'Examplia CERT' }, ['norm-g'], () => 'cert')
    .draft;
}

/** The contributor's file as it arrives: written, then read back as the app reads it. */
function received(draft: Draft) {
  const read = readNormdraft(serializeNormdraft(draft));
  if (!isContribution(read.draft)) throw new Error('not a contribution');
  return { draft: read.draft, lineage: read.lineage };
}

beforeEach(() => {
  db = new DrafterDb(`contribution-${Math.random()}`);
  repo = new DraftRepository(db, { now: () => 9_000, newId: () => 'unused' });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('openContribution', () => {
  it('adds the contributor’s copy under a new id beside the lead’s draft, keeping the ticket and the lineage', async () => {
    const leadDraft = lead();
    await repo.add(leadDraft);
    const { copy } = makeContribution(leadDraft, 'cert', { others: 'read-only', now: 10, newId: () => 'ticket-1' });
    const file = received(copy);
    const opened = await openContribution(repo, file.draft, env, file.lineage);
    expect(opened).toEqual({ kind: 'copy', id: 'copy-1', title: leadDraft.fields.title, leadHere: true });
    const stored = await repo.get('copy-1');
    expect(stored!.draft.contribution).toEqual(copy.contribution);
    expect(stored!.draft.sections).toEqual(leadDraft.sections);
    expect(await repo.lineage('copy-1')).toEqual(file.lineage);
    // The lead's draft is untouched.
    expect((await repo.get('lead-draft'))!.draft.contribution).toBeUndefined();
  });

  it('opens the copy already made when the same contribution file is opened again', async () => {
    const { copy } = makeContribution(lead(), 'cert', { others: 'read-only', now: 10, newId: () => 'ticket-1' });
    const file = received(copy);
    const first = await openContribution(repo, file.draft, env, file.lineage);
    const again = await openContribution(repo, file.draft, env, file.lineage);
    expect(again).toEqual({ kind: 'existing', id: first.kind === 'copy' ? first.id : '', title: copy.fields.title });
    expect(await db.drafts.count()).toBe(1);
  });

  it('adds the copy on a machine without the lead’s draft', async () => {
    const { copy } = makeContribution(lead(), 'cert', { others: 'omitted', now: 10, newId: () => 'ticket-1' });
    const file = received(copy);
    const opened = await openContribution(repo, file.draft, env, file.lineage);
    expect(opened).toMatchObject({ kind: 'copy', leadHere: false });
    expect(await repo.get('lead-draft')).toBeUndefined();
  });

  it('adds nothing for a returned contribution to the lead’s draft here, and names that draft', async () => {
    const leadDraft = lead();
    await repo.add(leadDraft);
    const { copy } = makeContribution(leadDraft, 'cert', { others: 'read-only', now: 10, newId: () => 'ticket-1' });
    const file = received(returnContribution(copy, 20));
    const before = await db.drafts.count();
    const opened = await openContribution(repo, file.draft, env, file.lineage);
    expect(opened).toEqual({
      kind: 'returned',
      leadId: 'lead-draft',
      leadTitle: leadDraft.fields.title,
      from: 'Quillon Ardent',
    });
    expect(await db.drafts.count()).toBe(before);
  });
});
