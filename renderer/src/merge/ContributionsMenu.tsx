// "Contributions" in the draft's header: Collect contributions (merge returned files) and Review
// contributions, with the number of changes and conflicts still open. Its dialogs are loaded
// when first opened.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/model/draft';
import { FileMenu } from '../files/FileMenu';
import { formatNumber } from '../ui/format';
import { lazyPart } from '../ui/Lazy';
import { openCounts } from './review-model';
import './merge.css';

const CollectDialog = lazyPart(() => import('./CollectDialog'), 'CollectDialog');
const ReviewPanel = lazyPart(() => import('./ReviewPanel'), 'ReviewPanel');

interface ContributionsMenuProps {
  meta: Omit<Draft, 'sections'>;
  /** The draft as on screen, read when the review opens and after each change. */
  draft(): Draft;
  /** Reads the stored draft again after a merge or a review action. */
  onChanged(): Promise<void>;
}

export function ContributionsMenu({ meta, draft, onChanged }: ContributionsMenuProps) {
  const { t, i18n } = useTranslation('draft');
  const [open, setOpen] = useState<'collect' | 'review' | null>(null);
  const openTotal = useMemo(() => {
    let total = 0;
    for (const count of openCounts(meta).values()) total += count.changes + count.conflicts;
    return total;
  }, [meta]);
  const reviewed = useMemo(() => (open === 'review' ? draft() : null), [open, draft]);
  return (
    <>
      <FileMenu
        className="button button-small header-button"
        label={
          <>
            {t('merge.menu')}
            {openTotal > 0 && (
              <span className="merge-count">
                <span aria-hidden="true">{formatNumber(openTotal, i18n.language)}</span>
                <span className="visually-hidden">
                  {t('merge.openCount', { count: openTotal, formatted: formatNumber(openTotal, i18n.language) })}
                </span>
              </span>
            )}
          </>
        }
        items={[
          { label: t('merge.collect.open'), run: () => setOpen('collect') },
          { label: t('merge.review.open'), run: () => setOpen('review') },
        ]}
      />
      {open === 'collect' && (
        <CollectDialog
          draftId={meta.id}
          language={meta.language}
          onClose={() => setOpen(null)}
          onMerged={() => void onChanged()}
        />
      )}
      {reviewed && <ReviewPanel draft={reviewed} onClose={() => setOpen(null)} onChanged={onChanged} />}
    </>
  );
}
