// Outputs hold what is on screen: when storage does not take the latest typing (a full disk, a
// conflict, text the schema refuses), the live text is laid over the stored draft, checked.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft, Section } from '../../../shared/model/draft';
import type { SerializedNode } from '../../../shared/model/lexical-json';
import { sectionPlainText } from '../../../shared/model/text';
import { bullets, doc, para } from '../../../test/fixtures/content';
import { SAMPLE_DRAFT_FIELDS } from '../../../test/fixtures/sample-draft';
import { Autosaver } from '../draft/autosave';
import { DrafterDb } from './db';
import { StorageError } from './errors';
import { DraftRepository, type SectionPatch } from './repository';
import { completeLiveDraft, liveDraft, UnsavedTextError, type LiveDraftDeps } from './live-draft';

let db: DrafterDb;
let repository: DraftRepository;
let failWrites: unknown = null;
let autosaver: Autosaver;
let deps: LiveDraftDeps;

const quotaError = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

function section(id: string, norm: Section['norm'], text: string): Section {
  return { id, kind: 'norm', norm, heading: '', status: text ? 'drafting' : 'empty', content: doc(para(text)) };
}

const examplia = (): Draft => ({
  ...SAMPLE_DRAFT_FIELDS,
  id: 'd1',
  updatedAt: 1,
  sections: [section('norm-e', 'e', 'Human rights apply online.'), section('norm-g', 'g', '')],
});

/** A list nested deeper than the schema allows, as a runaway Tab in a list could make. */
function tooDeep(levels: number, word: string) {
  let node: SerializedNode = bullets([word]);
  for (let i = 0; i < levels; i += 1) node = bullets([`${word} ${i}`, node]);
  return doc(node);
}

const textOf = (draft: Draft, id: string) => sectionPlainText(draft.sections.find((s) => s.id === id)!.content);

beforeEach(async () => {
  db = new DrafterDb(`live-draft-${Math.random()}`);
  repository = new DraftRepository(db, { now: () => 2, newId: () => 'x' });
  await repository.add(examplia());
  failWrites = null;
  autosaver = new Autosaver({
    save: async (draftId: string, sectionId: string, patch: SectionPatch) => {
      if (failWrites) throw failWrites;
      return repository.saveSection(draftId, sectionId, patch);
    },
    retryDelaysMs: [60_000],
  });
  deps = { autosaver, repository };
});

afterEach(async () => {
  await db.delete();
});

describe('liveDraft', () => {
  it('is the stored draft once everything typed is written', async () => {
    autosaver.change('d1', 'norm-g', { content: doc(para('Critical infrastructure is protected.')) });
    const live = await liveDraft('d1', deps);
    expect(textOf(live.draft, 'norm-g')).toBe('Critical infrastructure is protected.');
    expect(live.unsaved).toEqual([]);
    expect(textOf((await repository.get('d1'))!.draft, 'norm-g')).toBe('Critical infrastructure is protected.');
  });

  it('holds the words typed while the disk is full, and names their section as unsaved', async () => {
    failWrites = quotaError();
    autosaver.change('d1', 'norm-e', {
      content: doc(para('Human rights apply online. Written while the disk was full.')),
    });
    const live = await liveDraft('d1', deps);
    expect(autosaver.state.kind).toBe('failed');
    expect(textOf(live.draft, 'norm-e')).toBe('Human rights apply online. Written while the disk was full.');
    expect(live.unsaved).toEqual(['norm-e']);
    expect(live.refused).toEqual([]);
    // Storage still has the old text: the output is not read from it.
    expect(textOf((await repository.get('d1'))!.draft, 'norm-e')).toBe('Human rights apply online.');
  });

  it('holds text held back by a conflict with another window', async () => {
    failWrites = new StorageError('conflict', 'changed elsewhere');
    autosaver.change('d1', 'norm-g', { content: doc(para('Kept in this window.')), status: 'review' });
    const live = await liveDraft('d1', deps);
    expect(autosaver.state.kind).toBe('conflict');
    expect(textOf(live.draft, 'norm-g')).toBe('Kept in this window.');
    expect(live.draft.sections.find((s) => s.id === 'norm-g')!.status).toBe('review');
  });

  it('lists text that fails the schema as refused, with the stored text in the draft and the live one in the loose copy', async () => {
    autosaver.change('d1', 'norm-g', { content: tooDeep(30, 'Deep') });
    autosaver.change('d1', 'norm-e', { content: doc(para('Valid new text.')) });
    const live = await liveDraft('d1', deps);
    expect(autosaver.state.kind).toBe('refused');
    expect(live.refused).toEqual(['norm-g']);
    expect(textOf(live.draft, 'norm-g')).toBe('');
    expect(textOf(live.loose, 'norm-g')).toContain('Deep 29');
    expect(textOf(live.draft, 'norm-e')).toBe('Valid new text.');
    await expect(completeLiveDraft('d1', deps)).rejects.toBeInstanceOf(UnsavedTextError);
  });

  it('says when the draft is not stored at all', async () => {
    await expect(liveDraft('nowhere', deps)).rejects.toMatchObject({ code: 'not-found' });
  });
});
