// "Details" in the draft header: opens the dialog that changes the draft's details after
// creation. Opened at once when the import report asked for it on this draft.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/model/draft';
import type { DraftDetails } from '../storage/repository';
import { uiLocale } from '../ui/format';
import { useToasts } from '../ui/Toasts';
import { lazyPart } from '../ui/Lazy';
import { takeDetailsRequest } from '../app/details-request';

// Loaded when first opened (see ui/Lazy.tsx).
const DetailsDialog = lazyPart(() => import('./DetailsDialog'), 'DetailsDialog');

interface DetailsButtonProps {
  meta: Omit<Draft, 'sections'>;
  onSaved(details: DraftDetails): void;
  /** The title block or date line was filled again: the screen reads the draft again. */
  onReload(): void;
}

export function DetailsButton({ meta, onSaved, onReload }: DetailsButtonProps) {
  const { t, i18n } = useTranslation('draft');
  const toasts = useToasts();
  const [open, setOpen] = useState(() => takeDetailsRequest(meta.id));
  return (
    <>
      <button
        type="button"
        className="button button-small details-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('details.button')}
      </button>
      {open && (
        <DetailsDialog
          meta={meta}
          onClose={() => setOpen(false)}
          onSaved={(details, saved) => {
            setOpen(false);
            if (saved.sectionsChanged) onReload();
            else onSaved(details);
            const sections = new Intl.ListFormat(uiLocale(i18n.language), { type: 'conjunction' }).format(
              saved.edited.map((heading) => t('changeTemplate.quoted', { heading })),
            );
            toasts.show({
              message:
                saved.edited.length > 0
                  ? `${t('details.saved')} ${t('details.edited', { sections })}`
                  : t('details.saved'),
            });
          }}
        />
      )}
    </>
  );
}
