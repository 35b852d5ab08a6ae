import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphState } from '../../../shared/model/empty';
import { sectionPlainText } from '../../../shared/model/text';
import { sampleDraft, sampleNormSection } from '../../../test/fixtures/sample-draft';
import { Autosaver } from '../draft/autosave';
import { DrafterDb } from '../storage/db';
import { EditGuard } from '../storage/edit-guard';
import { DraftRepository } from '../storage/repository';
import { LeaveJournal, recoverLeftText, type JournalStorage } from './leave-journal';
import { RescueStore } from './rescue-store';

/** localStorage as a browser keeps it between two page loads. */
class MemoryStorage implements JournalStorage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

let db: DrafterDb;
let repository: DraftRepository;
let rescued: RescueStore;
let storage: MemoryStorage;
let n = 0;

beforeEach(async () => {
  n += 1;
  db = new DrafterDb(`leave-journal-${n}`);
  repository = new DraftRepository(db, { now: () => Date.now(), newId: () => `id-${n}-${Math.random()}` });
  rescued = new RescueStore(`leave-journal-rescue-${n}`);
  storage = new MemoryStorage();
  await repository.add(sampleDraft({ id: 'examplia', sections: [sampleNormSection('Our national strategy.')] }));
});

afterEach(() => db.close());

/** A window that opened the draft, typed `text` in Norm 1 and went away before storage answered. */
async function leaveWhileWriting(text: string): Promise<void> {
  const guard = new EditGuard(db, repository);
  guard.opened((await repository.get('examplia'))!);
  // The page is going away: the write started, but the browser will not let it finish.
  const saver = new Autosaver({ save: () => new Promise(() => {}), debounceMs: 10_000 });
  const journal = new LeaveJournal(storage, saver, (draftId) => guard.baseUpdatedAt(draftId));
  saver.change('examplia', 'norm-a', { content: paragraphState(['Our national strategy, adopted in 2025.']) });
  void saver.flush();
  saver.change('examplia', 'norm-a', { content: paragraphState([text]) });
  journal.write();
}

const storedText = async () => sectionPlainText((await repository.get('examplia'))!.draft.sections[0]!.content);

describe('text typed just before the page went away', () => {
  it('is back in its section at the next start, and the copy is gone', async () => {
    await leaveWhileWriting('Our national strategy, adopted in 2025, names a lead agency.');
    expect(await storedText()).toBe('Our national strategy.');
    expect(await recoverLeftText(storage, { db, repository, rescued })).toEqual({ restored: 1, keptAside: 0 });
    expect(await storedText()).toBe('Our national strategy, adopted in 2025, names a lead agency.');
    expect(storage.length).toBe(0);
  });

  it('does not overwrite what another window stored since: it is kept aside in the rescue store', async () => {
    await leaveWhileWriting('Typed in the window that closed.');
    await repository.saveSection('examplia', 'norm-a', { content: paragraphState(['Typed in another window.']) });
    expect(await recoverLeftText(storage, { db, repository, rescued })).toEqual({ restored: 0, keptAside: 1 });
    expect(await storedText()).toBe('Typed in another window.');
    expect((await rescued.forDraft('examplia')).map((row) => row.text)).toEqual(['Typed in the window that closed.']);
  });

  it('changes nothing when the write had finished after all, or the journal is damaged', async () => {
    await leaveWhileWriting('Our national strategy.');
    storage.setItem('norms-drafter:unsaved:broken', '{not json');
    expect(await recoverLeftText(storage, { db, repository, rescued })).toEqual({ restored: 0, keptAside: 0 });
    expect(await storedText()).toBe('Our national strategy.');
    expect(await rescued.forDraft('examplia')).toEqual([]);
    expect(storage.length).toBe(0);
  });

  it('brings back structured answers changed just before the page went away', async () => {
    const guard = new EditGuard(db, repository);
    guard.opened((await repository.get('examplia'))!);
    const saver = new Autosaver({ save: () => new Promise(() => {}), debounceMs: 10_000 });
    const journal = new LeaveJournal(storage, saver, (draftId) => guard.baseUpdatedAt(draftId));
    const fields = [
      {
        id: 'challenges',
        kind: 'shortText' as const,
        labelKey: 'survey.field.challenges',
        value: 'Few trained staff',
        internal: true,
      },
    ];
    saver.change('examplia', 'norm-a', { fields });
    journal.write();
    expect(await recoverLeftText(storage, { db, repository, rescued })).toEqual({ restored: 1, keptAside: 0 });
    expect((await repository.get('examplia'))!.draft.sections[0]!.fields).toEqual(fields);
  });

  it('is not copied once everything is stored', async () => {
    const saver = new Autosaver({
      save: (draftId, sectionId, patch) => repository.saveSection(draftId, sectionId, patch),
    });
    const journal = new LeaveJournal(storage, saver, () => null);
    saver.change('examplia', 'norm-a', { content: paragraphState(['Stored in time.']) });
    await saver.flush();
    journal.write();
    expect(storage.length).toBe(0);
  });
});
