// Every change to a draft's clearance (its path, a section cleared) is written as a replace of
// the draft through the window's edit guard, like new details: typing still pending is written
// first, the state replaced is kept as a version, and a change made in another window is not
// written over. Clearing a section also keeps a named version of the text as cleared.
import type { Clearance, ClearanceRecord } from '../../../shared/collab/model';
import { clearanceOf, type PathError, type PathResult } from '../../../shared/clearance/path';
import { clearSection, type ClearError } from '../../../shared/clearance/records';
import type { Draft } from '../../../shared/model/draft';
import type { Services } from '../services/context';
import { StorageError } from '../storage/errors';
import { shortVersionName } from '../versions/store';

type Stores = Pick<Services, 'autosaver' | 'editGuard' | 'versions'>;

/** Why a clearance change was not made; `refused` carries the model's reason. */
export class ClearanceFailure extends Error {
  constructor(
    readonly kind: 'unsaved' | 'conflict' | 'failed' | 'refused',
    readonly reason?: PathError | ClearError,
  ) {
    super(`Clearance not saved: ${kind}${reason ? ` (${reason})` : ''}`);
    this.name = 'ClearanceFailure';
  }
}

async function savedFirst(autosaver: Stores['autosaver']): Promise<void> {
  await autosaver.flush();
  // Text not yet stored would not be in the version or in the cleared text: refuse, say why.
  if (autosaver.dirty) throw new ClearanceFailure('unsaved');
}

async function replace(stores: Stores, draftId: string, change: (current: Draft) => Clearance): Promise<Clearance> {
  try {
    const draft = await stores.editGuard.replaceDraft(
      draftId,
      (current) => ({ ...current, clearance: change(current) }),
      { reason: 'clearance' },
    );
    return clearanceOf(draft);
  } catch (error) {
    if (error instanceof ClearanceFailure) throw error;
    if (error instanceof StorageError && error.code === 'conflict') throw new ClearanceFailure('conflict');
    throw new ClearanceFailure('failed');
  }
}

/** Applies an edit of the path (see shared/clearance/path.ts) to the stored draft. */
export async function changePath(
  stores: Stores,
  draftId: string,
  edit: (clearance: Clearance) => PathResult,
): Promise<Clearance> {
  await savedFirst(stores.autosaver);
  return replace(stores, draftId, (current) => {
    const result = edit(clearanceOf(current));
    if (!result.ok) throw new ClearanceFailure('refused', result.error);
    return result.clearance;
  });
}

export interface ClearRequest {
  sectionId: string;
  stepId: string;
  by: string;
  /** The named version's name ("Cleared: Norm 7 — Legal review — A. Tarrow"). */
  versionName: string;
  /** Epoch ms of the clearance; now when not given. */
  now?: number;
}

/** Clears a section at a step: keeps a named version, then records the clearance tied to it. */
export async function clearSectionAt(
  stores: Stores,
  draftId: string,
  request: ClearRequest,
): Promise<{ clearance: Clearance; record: ClearanceRecord }> {
  if (!request.by.trim()) throw new ClearanceFailure('refused', 'no-name');
  await savedFirst(stores.autosaver);
  let version;
  try {
    version = await stores.versions.take(draftId, 'manual', { name: shortVersionName(request.versionName) });
  } catch {
    throw new ClearanceFailure('failed');
  }
  let record: ClearanceRecord | undefined;
  const clearance = await replace(stores, draftId, (current) => {
    const section = current.sections.find((s) => s.id === request.sectionId);
    if (!section) throw new ClearanceFailure('failed');
    const result = clearSection(clearanceOf(current), {
      sectionId: section.id,
      stepId: request.stepId,
      by: request.by,
      at: request.now ?? Date.now(),
      versionId: version?.id ?? null,
      content: section.content,
    });
    if (!result.ok) throw new ClearanceFailure('refused', result.error);
    record = result.record;
    return result.clearance;
  });
  return { clearance, record: record! };
}
