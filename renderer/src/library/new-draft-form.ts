// The "New draft" form's values and their checks, in the user's language, before the model's own.
import type { SubmitterKind } from '../../../shared/model/draft';
import type { Language } from '../../../shared/model/languages';
import { isIsoDate } from '../../../shared/model/dates';
import { DRAFT_LIMITS } from '../../../shared/model/schema';
import type { Template } from '../../../shared/templates';

export interface NewDraftValues {
  templateId: string;
  submitterKind: SubmitterKind;
  submitter: string;
  issuingBody: string;
  government: string;
  forum: string;
  language: Language;
  date: string;
}

export type FieldError = { field: 'submitter' | 'forum' | 'date' | 'issuingBody' | 'government'; key: string };

/** The kind of submitter a template is for; templates open to both let the user choose. */
export function kindFor(template: Template, chosen: SubmitterKind): SubmitterKind {
  return template.submitterKind === 'any' ? chosen : template.submitterKind;
}

/** The first problem in what the user typed, as a field and a message key (namespace `library`). */
export function checkNewDraft(
  values: Pick<NewDraftValues, 'submitter' | 'issuingBody' | 'government' | 'forum' | 'date'>,
): FieldError | null {
  const submitter = values.submitter.trim();
  if (!submitter) return { field: 'submitter', key: 'newDraft.errors.submitterRequired' };
  if (submitter.length > DRAFT_LIMITS.nameChars) return { field: 'submitter', key: 'newDraft.errors.tooLong' };
  if (values.issuingBody.trim().length > DRAFT_LIMITS.nameChars)
    return { field: 'issuingBody', key: 'newDraft.errors.tooLong' };
  if (values.government.trim().length > DRAFT_LIMITS.nameChars)
    return { field: 'government', key: 'newDraft.errors.tooLong' };
  if (values.forum.trim().length > DRAFT_LIMITS.forumChars) return { field: 'forum', key: 'newDraft.errors.tooLong' };
  if (!isIsoDate(values.date)) return { field: 'date', key: 'newDraft.errors.dateInvalid' };
  return null;
}
