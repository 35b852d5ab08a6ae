// Saving the Details dialog: typing still pending is written first; then, when the title block
// or the date line still hold what the old details gave them, they are filled again and the
// whole draft is rewritten in one write (the screen reloads it); otherwise only the draft's
// summary row changes.
import { refreshDetails } from '../../../shared/templates';
import type { Services } from '../services/context';
import { StorageError } from '../storage/errors';
import type { DraftDetails } from '../storage/repository';
import { loadLanguage } from '../i18n/resources';
import { templateById } from '../templates/registry';
import { templateTexts } from '../templates/template-texts';

export interface SavedDetails {
  /** True when section text changed too: the screen must read the draft again. */
  sectionsChanged: boolean;
  /** Headings of sections filled from the details that the user edited: they keep the old wording. */
  edited: string[];
}

export async function saveDetails(
  { autosaver, editGuard, repository }: Pick<Services, 'autosaver' | 'editGuard' | 'repository'>,
  draftId: string,
  details: DraftDetails,
): Promise<SavedDetails> {
  await autosaver.flush();
  const stored = await repository.get(draftId);
  if (!stored) throw new Error(`No draft ${draftId}`);
  await loadLanguage(stored.draft.language);
  const refresh = (current: typeof stored.draft) =>
    refreshDetails(current, details, templateById(current.templateId), templateTexts(current.language));
  const planned = refresh(stored.draft);
  // Text still unsaved on screen would be lost by rewriting the sections: keep them as they are.
  if (planned.refreshed.length === 0 || autosaver.dirty) {
    await repository.updateDetails(draftId, details);
    return { sectionsChanged: false, edited: planned.edited };
  }
  let edited: string[] = [];
  try {
    // The draft as it was is kept as a version; another window's changes are not written over.
    await editGuard.replaceDraft(
      draftId,
      (current) => {
        const result = refresh(current);
        edited = result.edited;
        return result.draft;
      },
      { reason: 'details' },
    );
  } catch (error) {
    if (!(error instanceof StorageError && error.code === 'conflict')) throw error;
    // Another window changed the draft since this one read it: as with unsaved text, the sections
    // stay as they are (the window offers a reload) and only the details are saved.
    await repository.updateDetails(draftId, details);
    return { sectionsChanged: false, edited: planned.edited };
  }
  return { sectionsChanged: true, edited };
}
