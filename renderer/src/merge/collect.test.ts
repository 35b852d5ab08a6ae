// "Collect contributions" against real storage: the draft is replaced between a version named
// before the merge and one naming who contributed what; a file merged again, a file that is not
// one and a Word file the reader refuses change nothing and are reported.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CERT, JUSTICE, leadDraft, mergeEnv, sendTo, withBlock } from '../../../test/fixtures/contributions';
import { para } from '../../../test/fixtures/content';
import { readMark } from '../../../shared/collab/marks';
import { serializeNormdraft } from '../../../shared/format/normdraft';
import type { Draft } from '../../../shared/model/draft';
import { sectionPlainText } from '../../../shared/model/text';
import { DrafterDb } from '../storage/db';
import { EditGuard } from '../storage/edit-guard';
import { DraftRepository } from '../storage/repository';
import { VersionStore } from '../versions/store';
import {
  collectContributions,
  UnsavedTextError,
  type CollectDeps,
  type CollectTexts,
  type PickedFile,
} from './collect';
import { acceptReviewed, rejectReviewed, resolveReviewed } from './review-actions';

vi.mock('../../../shared/contribution/word', async () => {
  const { WordContributionError } = await import('../../../shared/contribution/word-errors');
  return {
    readReturnedDocx: async () => {
      throw new WordContributionError('other-draft', { title: 'Another paper' });
    },
  };
});

let clock = 1_000;
let db: DrafterDb;
let deps: CollectDeps;
let autosaver: { dirty: boolean; flush: () => Promise<void> };

const texts: CollectTexts = {
  before: (list) => `Before merging contributions from ${list}`,
  merged: (list) => `Merged: ${list}`,
  section: (s) => (s.norm ? `Norm ${s.norm}` : s.heading),
  join: (items) => items.join(', '),
  unreadable: () => 'This file is not a draft file.',
  wordProblem: (error) => `Word file refused: ${error.problem} (${error.params.title})`,
};

const file = (name: string, draft: Draft): PickedFile => ({
  name,
  data: new TextEncoder().encode(serializeNormdraft(draft)),
});

/** The CERT rewrote the second paragraph of norm g; justice added a line to norm h. */
function returned(lead: Draft) {
  const cert = withBlock(
    sendTo(lead, CERT, ['norm-g']),
    'norm-g',
    1,
    para('Operators report incidents within four hours.'),
  );
  const justice = withBlock(sendTo(lead, JUSTICE, ['norm-h']), 'norm-h', 2, para('Requests are logged.'));
  return { cert: file('cert.normdraft', cert), justice: file('justice.normdraft', justice) };
}

const textOf = async (sectionId: string) =>
  sectionPlainText((await deps.repository.get('lead-draft'))!.draft.sections.find((s) => s.id === sectionId)!.content);

beforeEach(async () => {
  db = new DrafterDb(`collect-${Math.random()}`);
  const repository = new DraftRepository(db, { now: () => (clock += 1000), newId: () => `id${clock}` });
  const editGuard = new EditGuard(db, repository);
  const versions = new VersionStore(db, repository, { now: () => clock, newId: () => `v${(clock += 1)}` }, editGuard);
  autosaver = { dirty: false, flush: vi.fn(async () => undefined) };
  deps = { autosaver: autosaver as unknown as CollectDeps['autosaver'], editGuard, repository, versions };
  await repository.add(leadDraft());
  editGuard.opened((await repository.get('lead-draft'))!);
});
afterEach(async () => {
  await db.delete();
});

describe('collecting contributions', () => {
  it('merges the files into the stored draft between two named versions', async () => {
    const { cert, justice } = returned(leadDraft());
    const result = await collectContributions(deps, 'lead-draft', [justice, cert], texts, mergeEnv());
    expect(autosaver.flush).toHaveBeenCalled();
    expect(result.outcome?.contributions.map((c) => [c.contributor?.name, c.status])).toEqual([
      ['Odile Ferrand', 'merged'],
      ['Quillon Ardent', 'merged'],
    ]);
    expect(await textOf('norm-g')).toContain('Operators report incidents within four hours.');
    expect(await textOf('norm-h')).toContain('Requests are logged.');
    const stored = (await deps.repository.get('lead-draft'))!.draft;
    const marked = stored.sections.find((s) => s.id === 'norm-g')!.content.root.children[1]!;
    expect(readMark(marked, 'by')).toBe('cert');
    const named = (await deps.versions.list('lead-draft')).filter((v) => v.reason === 'manual').map((v) => v.name);
    expect(named).toEqual([
      'Merged: Odile Ferrand (Norm h), Quillon Ardent (Norm g)',
      'Before merging contributions from Odile Ferrand, Quillon Ardent',
    ]);
    const before = (await deps.versions.list('lead-draft')).find((v) => v.name.startsWith('Before'))!;
    const { draft: kept } = await deps.versions.content('lead-draft', before.id);
    expect(sectionPlainText(kept.sections.find((s) => s.id === 'norm-g')!.content)).toContain(
      'Operators report incidents to the CERT.',
    );
  });

  it('changes nothing for a file merged before, and says so', async () => {
    const { cert } = returned(leadDraft());
    await collectContributions(deps, 'lead-draft', [cert], texts, mergeEnv());
    const versionsBefore = (await deps.versions.list('lead-draft')).length;
    const updated = (await deps.repository.get('lead-draft'))!.summary.updatedAt;
    const again = await collectContributions(deps, 'lead-draft', [cert], texts, mergeEnv());
    expect(again.outcome?.contributions.map((c) => c.status)).toEqual(['already-merged']);
    expect((await deps.versions.list('lead-draft')).length).toBe(versionsBefore);
    expect((await deps.repository.get('lead-draft'))!.summary.updatedAt).toBe(updated);
  });

  it('reports files it cannot read, saying why in the user’s words, and merges the others', async () => {
    const { cert } = returned(leadDraft());
    const result = await collectContributions(
      deps,
      'lead-draft',
      [
        { name: 'notes.normdraft', data: new TextEncoder().encode('not json') },
        { name: 'returned.docx', data: new Uint8Array([80, 75, 3, 4]) },
        cert,
      ],
      texts,
      mergeEnv(),
    );
    expect(result.unread).toEqual([
      { source: 'notes.normdraft', message: 'This file is not a draft file.' },
      { source: 'returned.docx', message: 'Word file refused: other-draft (Another paper)' },
    ]);
    expect(result.outcome?.contributions.map((c) => c.status)).toEqual(['merged']);
  });

  it('merges nothing while typed text is still unsaved', async () => {
    autosaver.dirty = true;
    const { cert } = returned(leadDraft());
    await expect(collectContributions(deps, 'lead-draft', [cert], texts, mergeEnv())).rejects.toBeInstanceOf(
      UnsavedTextError,
    );
    expect(await textOf('norm-g')).toContain('Operators report incidents to the CERT.');
    expect(await deps.versions.list('lead-draft')).toEqual([]);
  });
});

describe('reviewing what was merged', () => {
  /** The CERT and the NGO both rewrote the second paragraph of norm g: a conflict; justice's line applies. */
  async function merged() {
    const lead = leadDraft();
    const { cert, justice } = returned(lead);
    const other = withBlock(
      sendTo(lead, { contributorId: 'ngo', name: 'Tamsin Roe', organisation: 'Open Lines Foundation' }, ['norm-g']),
      'norm-g',
      1,
      para('Operators report incidents to the CERT and to users.'),
    );
    await collectContributions(deps, 'lead-draft', [cert, justice, file('ngo.normdraft', other)], texts, mergeEnv());
    return (await deps.repository.get('lead-draft'))!.draft.collaboration!;
  }

  it('rejecting a change puts the text as sent back and saves it', async () => {
    const collaboration = await merged();
    const change = collaboration.changes.find((c) => c.author === 'justice')!;
    expect(await rejectReviewed(deps, 'lead-draft', { changeIds: [change.id] })).toEqual([]);
    expect(await textOf('norm-h')).not.toContain('Requests are logged.');
    const stored = (await deps.repository.get('lead-draft'))!.draft.collaboration!;
    expect(stored.changes.find((c) => c.id === change.id)!.status).toBe('rejected');
  });

  it('accepting keeps the text and closes the change', async () => {
    await merged();
    await acceptReviewed(deps, 'lead-draft', { author: 'justice' });
    expect(await textOf('norm-h')).toContain('Requests are logged.');
    const stored = (await deps.repository.get('lead-draft'))!.draft.collaboration!;
    expect(stored.changes.filter((c) => c.author === 'justice').map((c) => c.status)).toEqual(['accepted']);
  });

  it('resolving a conflict with an edited text puts that text in the section', async () => {
    const collaboration = await merged();
    const conflict = collaboration.conflicts.find((c) => c.status === 'open')!;
    await resolveReviewed(deps, 'lead-draft', conflict.id, {
      take: 'edited',
      blocks: { root: { ...conflict.base.root, children: [para('Operators report incidents within two hours.')] } },
    });
    expect(await textOf('norm-g')).toContain('Operators report incidents within two hours.');
    const stored = (await deps.repository.get('lead-draft'))!.draft.collaboration!;
    expect(stored.conflicts.find((c) => c.id === conflict.id)!.status).toBe('resolved');
  });
  it('takes no version before a review action when the newest one already reads the same', async () => {
    const collaboration = await merged();
    const conflict = collaboration.conflicts.find((c) => c.status === 'open')!;
    // Keeping the lead's paragraph, then accepting a change: the text stays as the merge left it.
    await resolveReviewed(deps, 'lead-draft', conflict.id, { take: 'ours' });
    await acceptReviewed(deps, 'lead-draft', { author: 'justice' });
    await acceptReviewed(deps, 'lead-draft', { author: 'cert' });
    const versions = await deps.versions.list('lead-draft');
    const read = await Promise.all(
      versions.map(async (v) => {
        const { draft } = await deps.versions.content('lead-draft', v.id);
        return `${v.reason} ${v.name} ${v.words}: ${draft.sections.map((s) => sectionPlainText(s.content)).join('\n')}`;
      }),
    );
    expect(read.filter((text, i) => i > 0 && text === read[i - 1])).toEqual([]);
    expect(versions.map((v) => v.name || v.reason)).toEqual([
      'Merged: Quillon Ardent (Norm g), Odile Ferrand (Norm h), Tamsin Roe (Norm g)',
      'Before merging contributions from Quillon Ardent, Odile Ferrand, Tamsin Roe',
    ]);
  });
});

describe('rejecting a change edited since the merge', () => {
  it('leaves it as it is and says which', async () => {
    const { justice } = returned(leadDraft());
    await collectContributions(deps, 'lead-draft', [justice], texts, mergeEnv());
    const stored = (await deps.repository.get('lead-draft'))!.draft;
    const change = stored.collaboration!.changes.find((c) => c.author === 'justice')!;
    const section = stored.sections.find((s) => s.id === 'norm-h')!;
    // The lead rewrites the merged line; its marks stay with it, as in the editor.
    const children = section.content.root.children.map((block) =>
      readMark(block, 'change') === change.id ? { ...para('Requests are logged and answered.'), $: block.$ } : block,
    );
    await deps.editGuard.save('lead-draft', 'norm-h', { content: { root: { ...section.content.root, children } } });
    expect(await rejectReviewed(deps, 'lead-draft', { changeIds: [change.id] })).toEqual([change.id]);
    expect(await textOf('norm-h')).toContain('Requests are logged and answered.');
  });
});
