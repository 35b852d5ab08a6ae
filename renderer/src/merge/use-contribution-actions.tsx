// "Collect contributions…" and "Review contributions…", offered in the draft's File menu (the
// header has no room for another button) and, for the review, in the bar above the section. The
// dialogs are loaded when first opened.
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/model/draft';
import type { Language } from '../../../shared/model/languages';
import type { FileMenuItem } from '../files/FileMenu';
import { lazyPart } from '../ui/Lazy';
import './merge.css';

const CollectDialog = lazyPart(() => import('./CollectDialog'), 'CollectDialog');
const ReviewPanel = lazyPart(() => import('./ReviewPanel'), 'ReviewPanel');

export interface ContributionActions {
  items: FileMenuItem[];
  openReview(): void;
  /** The open dialog, if any. */
  dialogs: ReactNode;
}

interface ContributionActionsProps {
  draftId: string;
  /** The document's language (how sections are named). */
  language: Language;
  /** The draft as on screen, read when the review opens and after each change. */
  draft(): Draft;
  /** Reads the stored draft again after a merge or a review action. */
  onChanged(): Promise<void>;
}

export function useContributionActions({
  draftId,
  language,
  draft,
  onChanged,
}: ContributionActionsProps): ContributionActions {
  const { t } = useTranslation('draft');
  const [open, setOpen] = useState<'collect' | 'review' | null>(null);
  const reviewed = useMemo(() => (open === 'review' ? draft() : null), [open, draft]);
  const items = useMemo(
    () => [
      { label: t('merge.collect.open'), run: () => setOpen('collect') },
      { label: t('merge.review.open'), run: () => setOpen('review') },
    ],
    [t],
  );
  const dialogs = (
    <>
      {open === 'collect' && (
        <CollectDialog
          draftId={draftId}
          language={language}
          onClose={() => setOpen(null)}
          onMerged={() => void onChanged()}
        />
      )}
      {reviewed && <ReviewPanel draft={reviewed} onClose={() => setOpen(null)} onChanged={onChanged} />}
    </>
  );
  return { items, openReview: () => setOpen('review'), dialogs };
}
