// The Details dialog's checks, in the user's language, before the repository's own: the title
// as Rename checks it, the other fields as the New draft dialog does.
import type { DraftFields } from '../../../shared/model/draft';
import { checkNewDraft, type NewDraftValues } from '../library/new-draft-form';
import { MAX_TITLE_LENGTH } from '../storage/repository';

export type DetailsValues = DraftFields & Pick<NewDraftValues, 'government'>;

export type DetailsError = { field: keyof DetailsValues; key: string };

/** The first problem in what the user typed, as a field and a message key with its namespace. */
export function checkDetails(values: DetailsValues): DetailsError | null {
  const title = values.title.trim();
  if (!title) return { field: 'title', key: 'library:rename.errors.empty' };
  if (title.length > MAX_TITLE_LENGTH) return { field: 'title', key: 'draft:details.titleTooLong' };
  const problem = checkNewDraft(values);
  return problem && { field: problem.field, key: `library:${problem.key}` };
}
