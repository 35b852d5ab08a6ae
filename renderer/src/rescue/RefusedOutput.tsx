// What an output (Word, .normdraft, a named version) says when some text on screen fails the
// storage schema: nothing was written, which sections, and a plain text copy of every word.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { quotedSectionNames, sectionName } from '../templates/section-names';
import type { LiveDraft } from '../storage/live-draft';
import { RescueCopyButton } from './RescueCopyButton';
import { draftSectionTexts } from './rescue-text';

export function useRefusedMessage(): (live: LiveDraft) => string {
  const { t } = useTranslation('safety');
  return (live) => t('rescue.refusedOutput', { sections: quotedSectionNames(live.loose.sections, live.refused, t) });
}

/** The refusal with its "Save a copy as file" button (a copy of the whole draft as on screen). */
export function RefusedOutput({ live, announce = true }: { live: LiveDraft; announce?: boolean }) {
  const { t } = useTranslation('safety');
  const message = useRefusedMessage();
  return (
    <div className="rescue-refused" role={announce ? 'alert' : undefined}>
      <p>{message(live)}</p>
      <RescueCopyButton
        copy={() => ({ draft: live.loose, sections: draftSectionTexts(live.loose.sections, (s) => sectionName(s, t)) })}
      />
    </div>
  );
}

/** The short notice added to a success message when the output holds text not yet stored. */
export function useUnsavedNote(): (live: LiveDraft) => string {
  const { t } = useTranslation('safety');
  return useCallback(
    (live: LiveDraft) =>
      live.unsaved.length === 0
        ? ''
        : ` ${t('rescue.includesUnsaved', { sections: quotedSectionNames(live.draft.sections, live.unsaved, t) })}`,
    [t],
  );
}
