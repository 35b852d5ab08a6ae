// Above the open section when text storage refused is kept aside: which sections, what happened
// and what to do (shorten or split the section, save a copy as a file). After a reload the kept
// text is offered back the same way until the user removes it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/model/draft';
import { quotedSectionNames, sectionName } from '../templates/section-names';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatDateTime } from '../ui/format';
import { useToasts } from '../ui/Toasts';
import type { RescuedText } from './rescue-store';
import { RescueCopyButton } from './RescueCopyButton';
import { looseSectionText } from './rescue-text';
import './rescue.css';
import { useServices } from '../services/context';
import { usePainted } from '../ui/use-painted';

function useRescued(draftId: string): RescuedText[] {
  const { rescued } = useServices();
  const [entries, setEntries] = useState<RescuedText[]>([]);
  useEffect(() => {
    let current = true;
    const load = () =>
      void rescued.forDraft(draftId).then(
        (rows) => current && setEntries(rows),
        () => undefined,
      );
    load();
    const stop = rescued.subscribe(load);
    return () => {
      current = false;
      stop();
    };
  }, [rescued, draftId]);
  return entries;
}

export function RescueNotice({ draftId, draft }: { draftId: string; draft(): Draft }) {
  const { autosaver, rescued } = useServices();
  const { t, i18n } = useTranslation(['safety', 'draft']);
  const toasts = useToasts();
  const entries = useRescued(draftId);
  // Which kept texts are still on screen (refused since the draft was opened) can change with any
  // save: rendered again, after the frame, when the refused or unsaved sections change.
  usePainted(
    autosaver,
    () =>
      `${[...autosaver.refusedSections(draftId).keys()].join()}|${entries.length > 0 ? [...autosaver.unsavedSectionIds(draftId)].join() : ''}`,
  );
  const [confirming, setConfirming] = useState(false);
  // Refused text the rescue store could not take (its own write failed) is still named here.
  const refusedNow = autosaver.refusedSections(draftId);
  const unstored = [...refusedNow]
    .filter(([sectionId]) => !entries.some((e) => e.sectionId === sectionId))
    .map(([sectionId, patch]): RescuedText => ({
      draftId,
      sectionId,
      text: looseSectionText(patch.content),
      keptAt: 0,
    }));
  if (entries.length === 0 && unstored.length === 0) return null;

  const onScreen = autosaver.unsavedSectionIds(draftId);
  const sections = draft().sections;
  const names = (list: RescuedText[]) =>
    quotedSectionNames(
      sections,
      list.map((e) => e.sectionId),
      t,
    );
  const current = [...entries.filter((e) => onScreen.has(e.sectionId)), ...unstored];
  const earlier = entries.filter((e) => !onScreen.has(e.sectionId));
  const nameOf = (sectionId: string) => {
    const section = sections.find((s) => s.id === sectionId);
    return section ? sectionName(section, t) : sectionId;
  };
  const copy = () => ({
    draft: draft(),
    sections: [...earlier, ...current].map((e) => ({ name: nameOf(e.sectionId), text: e.text })),
  });
  const remove = async () => {
    try {
      for (const entry of earlier) await rescued.remove(entry.draftId, entry.sectionId);
      setConfirming(false);
    } catch {
      setConfirming(false);
      toasts.show({ message: t('rescue.removeFailed') });
    }
  };

  return (
    <div className="notice notice-danger rescue-notice" role="alert">
      <p className="notice-heading">{t('rescue.heading')}</p>
      {current.length > 0 && <p>{t('rescue.refusedNow', { sections: names(current) })}</p>}
      {earlier.length > 0 && (
        <p>
          {t('rescue.keptEarlier', {
            sections: names(earlier),
            date: formatDateTime(Math.max(...earlier.map((e) => e.keptAt)), i18n.language),
          })}
        </p>
      )}
      <div className="notice-actions">
        <RescueCopyButton copy={copy} />
        {earlier.length > 0 && (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('rescue.remove')}
          </button>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          heading={t('rescue.removeHeading')}
          confirmLabel={t('rescue.removeConfirm')}
          danger
          onConfirm={remove}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('rescue.removeText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
