// Text typed just before the page goes away. Leaving starts the autosaver's flush, but the
// browser does not wait for an IndexedDB write to finish, so the last second of typing could be
// lost on closing or reloading a tab. Leaving therefore also copies every change not yet known to
// be stored into localStorage, whose writes are synchronous; the next start puts each copy back
// before any draft is opened: into its section when nothing was stored since this window read the
// draft, otherwise beside it in the rescue store, so that no other window's text is overwritten.
// The copy is removed once everything is saved, so it never outlives the text it protects.
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import type { DrafterDb } from '../storage/db';
import type { DraftRepository, SectionPatch } from '../storage/repository';
import type { RescueStore } from './rescue-store';
import { looseSectionText } from './rescue-text';

const KEY_PREFIX = 'norms-drafter:unsaved:';

export interface JournalEntry {
  draftId: string;
  sectionId: string;
  patch: SectionPatch;
  /** The draft's updatedAt as this window last read or wrote it. */
  base: number | null;
  at: number;
}

export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface UnwrittenSource {
  unwritten(): { draftId: string; sectionId: string; patch: SectionPatch }[];
}

/** One window's journal: each window writes its own key, so two tabs never overwrite each other's. */
export class LeaveJournal {
  private readonly key = `${KEY_PREFIX}${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  /** Whether this window's copy may be in storage: clearing is then the only storage work a save adds. */
  private written = false;

  constructor(
    private readonly storage: JournalStorage,
    private readonly source: UnwrittenSource,
    private readonly baseOf: (draftId: string) => number | null,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Copies what is not yet stored; called as the page goes away. Never throws: leaving goes on. */
  write(): void {
    const entries: JournalEntry[] = this.source
      .unwritten()
      .map((change) => ({ ...change, base: this.baseOf(change.draftId), at: this.now() }));
    if (entries.length === 0) return this.clear();
    try {
      this.storage.setItem(this.key, JSON.stringify(entries));
      this.written = true;
    } catch {
      // Full or disabled: the flush that leaving started is then the only chance.
    }
  }

  /** Everything is stored: the copy is no longer needed. */
  clear(): void {
    if (!this.written) return;
    this.written = false;
    try {
      this.storage.removeItem(this.key);
    } catch {
      // Nothing to do: a copy left behind is checked against storage at the next start.
    }
  }
}

function readEntries(raw: string | null): JournalEntry[] {
  try {
    const parsed: unknown = JSON.parse(raw ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (entry): entry is JournalEntry =>
        !!entry &&
        typeof entry === 'object' &&
        typeof entry.draftId === 'string' &&
        typeof entry.sectionId === 'string' &&
        !!entry.patch &&
        typeof entry.patch === 'object',
    );
  } catch {
    return [];
  }
}

const sameContent = (a: SerializedEditorState | undefined, b: SerializedEditorState | undefined) =>
  a === undefined || JSON.stringify(a) === JSON.stringify(b);

export interface RecoveredText {
  /** Written back into their sections. */
  restored: number;
  /** Kept in the rescue store because the draft changed since. */
  keptAside: number;
}

/**
 * Puts back what windows that went away had not stored; then removes their journals. A copy the
 * schema refuses, or whose draft is gone, goes to the rescue store or is dropped with its draft.
 */
export async function recoverLeftText(
  storage: JournalStorage,
  { db, repository, rescued }: { db: DrafterDb; repository: DraftRepository; rescued: RescueStore },
): Promise<RecoveredText> {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(KEY_PREFIX)) keys.push(key);
  }
  const result: RecoveredText = { restored: 0, keptAside: 0 };
  for (const key of keys) {
    for (const entry of readEntries(storage.getItem(key))) {
      const draft = await db.drafts.get(entry.draftId);
      const section = draft ? await db.sections.get([entry.draftId, entry.sectionId]) : undefined;
      if (!draft || !section) continue;
      if (
        sameContent(entry.patch.content, section.content) &&
        (entry.patch.status === undefined || entry.patch.status === section.status) &&
        (entry.patch.fields === undefined || JSON.stringify(entry.patch.fields) === JSON.stringify(section.fields))
      )
        continue;
      if (draft.updatedAt === entry.base) {
        try {
          await repository.saveSection(entry.draftId, entry.sectionId, entry.patch);
          result.restored += 1;
          continue;
        } catch {
          // Refused as it is: kept aside below, as the autosaver does with such text.
        }
      }
      if (entry.patch.content) {
        await rescued.keep({
          draftId: entry.draftId,
          sectionId: entry.sectionId,
          text: looseSectionText(entry.patch.content),
          keptAt: entry.at,
        });
        result.keptAside += 1;
      }
    }
    storage.removeItem(key);
  }
  return result;
}
