// Opening a .normdraft file into the library. The file is read strictly; a draft is only ever
// added, never written over: when the library already holds a draft with the file's id (the same
// draft carried back from another machine, or opened twice), the file becomes a copy with a new id.
import { lineageForSave, type Lineage } from '../../../shared/format/normdraft';
import type { Draft } from '../../../shared/model/draft';
import { withFields } from '../../../shared/model/draft-fields';
import { MAX_TITLE_LENGTH, type DraftRepository } from '../storage/repository';

/** Ids the app's addresses (#/draft/<id>) can hold; the file format allows longer ones. */
const ROUTABLE_ID = /^[\w-]{1,100}$/;

export interface OpenedDraft {
  id: string;
  title: string;
  /** True when the file was added as a copy because its draft was already in the library. */
  copied: boolean;
}

export interface OpenEnv {
  now(): number;
  newId(): string;
  /** The copy's title in the UI language, e.g. "National non-paper (copy)". */
  copyTitle(title: string): string;
}

/**
 * Adds the file's draft. It keeps the file's lineage (for an older file without one: the draft
 * in the file and the state it holds), also when it becomes a copy with a new id.
 */
export async function addOpenedDraft(
  repository: Pick<DraftRepository, 'get' | 'add'>,
  draft: Draft,
  env: OpenEnv,
  fileLineage: Lineage | null = null,
): Promise<OpenedDraft> {
  const lineage = lineageForSave(draft, fileLineage);
  if (!ROUTABLE_ID.test(draft.id)) {
    const renamed = { ...draft, id: env.newId() };
    await repository.add(renamed, lineage);
    return { id: renamed.id, title: draft.fields.title, copied: false };
  }
  if (!(await repository.get(draft.id))) {
    await repository.add(draft, lineage);
    return { id: draft.id, title: draft.fields.title, copied: false };
  }
  const now = env.now();
  const named = env.copyTitle(draft.fields.title).trim();
  const title = named && named.length <= MAX_TITLE_LENGTH ? named : draft.fields.title;
  const copy: Draft = { ...withFields(draft, { title }), id: env.newId(), createdAt: now, updatedAt: now };
  await repository.add(copy, lineage);
  return { id: copy.id, title, copied: true };
}
