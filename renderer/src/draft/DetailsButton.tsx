// "Details" in the draft header: opens the dialog that changes the draft's details after
// creation. Opened at once when the import report asked for it on this draft.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/model/draft';
import type { DraftDetails } from '../storage/repository';
import { useToasts } from '../ui/Toasts';
import { DetailsDialog } from './DetailsDialog';
import { takeDetailsRequest } from './details-request';

interface DetailsButtonProps {
  meta: Omit<Draft, 'sections'>;
  onSaved(details: DraftDetails): void;
}

export function DetailsButton({ meta, onSaved }: DetailsButtonProps) {
  const { t } = useTranslation('draft');
  const toasts = useToasts();
  const [open, setOpen] = useState(() => takeDetailsRequest(meta.id));
  return (
    <>
      <button type="button" className="button button-small details-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('details.button')}
      </button>
      {open && (
        <DetailsDialog
          meta={meta}
          onClose={() => setOpen(false)}
          onSaved={(details) => {
            setOpen(false);
            onSaved(details);
            toasts.show({ message: t('details.saved') });
          }}
        />
      )}
    </>
  );
}
