// The draft exactly as on screen, for everything that writes it out (Export to Word, Save as
// .normdraft, versions, backups, "Download all drafts"): pending edits are flushed first, and
// what storage did not take (a full disk, a conflict with another window, text it refuses) is
// laid over the stored draft from the autosaver, which holds each section's live content until it
// is written. Live content is checked with the same strict schema as storage; a section that
// fails it is listed as refused, so an output can stop and offer the text another way.
import type { Draft, Section } from '../../../shared/model/draft';
import { SECTION_STATUSES } from '../../../shared/model/draft';
import { editorStateSchema } from '../../../shared/model/schema';
import type { Autosaver } from '../draft/autosave';
import { StorageError } from './errors';
import type { DraftRepository } from './repository';

export interface LiveDraft {
  /** The stored draft with every valid unsaved change laid over it. */
  draft: Draft;
  /** Sections whose live text is in `draft` but not (yet) in storage. */
  unsaved: string[];
  /** Sections whose live text fails the schema: `draft` has their stored text, `loose` their live one. */
  refused: string[];
  /** The draft with all live text, refused sections included: not valid, for a plain-text copy only. */
  loose: Draft;
}

export interface LiveDraftDeps {
  autosaver: Pick<Autosaver, 'flush' | 'unsaved'>;
  repository: Pick<DraftRepository, 'get'>;
}

/** Raised by outputs that must hold every word on screen when some of it fails the schema. */
export class UnsavedTextError extends Error {
  constructor(readonly live: LiveDraft) {
    super(`Sections ${live.refused.join(', ')} of draft ${live.draft.id} cannot be written as they are`);
    this.name = 'UnsavedTextError';
  }
}

export async function liveDraft(draftId: string, deps: LiveDraftDeps): Promise<LiveDraft> {
  // A failed flush keeps its changes in the autosaver (and reports the failure there); they are read below.
  await deps.autosaver.flush();
  const stored = await deps.repository.get(draftId);
  if (!stored) throw new StorageError('not-found', `No draft ${draftId}`);
  const changes = deps.autosaver.unsaved(draftId);
  const unsaved: string[] = [];
  const refused: string[] = [];
  const valid: Section[] = [];
  const loose: Section[] = [];
  for (const section of stored.draft.sections) {
    const change = changes.get(section.id);
    if (!change) {
      valid.push(section);
      loose.push(section);
      continue;
    }
    const status =
      change.status !== undefined && SECTION_STATUSES.includes(change.status) ? change.status : section.status;
    const content = change.content ?? section.content;
    const withFields = change.fields === undefined ? section : { ...section, fields: change.fields };
    loose.push({ ...withFields, status, content });
    if (change.content === undefined || editorStateSchema.safeParse(change.content).success) {
      valid.push({ ...withFields, status, content });
      unsaved.push(section.id);
    } else {
      valid.push({ ...withFields, status });
      refused.push(section.id);
    }
  }
  return { draft: { ...stored.draft, sections: valid }, unsaved, refused, loose: { ...stored.draft, sections: loose } };
}

/** The live draft, or null when the draft is no longer stored (deleted for good meanwhile). */
export async function liveDraftIfStored(draftId: string, deps: LiveDraftDeps): Promise<LiveDraft | null> {
  try {
    return await liveDraft(draftId, deps);
  } catch (error) {
    if (error instanceof StorageError && error.code === 'not-found') return null;
    throw error;
  }
}

/** For outputs that must hold every word on screen: the live draft, or an UnsavedTextError. */
export async function completeLiveDraft(draftId: string, deps: LiveDraftDeps): Promise<LiveDraft> {
  const live = await liveDraft(draftId, deps);
  if (live.refused.length > 0) throw new UnsavedTextError(live);
  return live;
}
