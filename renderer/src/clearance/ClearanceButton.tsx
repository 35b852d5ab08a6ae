// "Clearance" in the draft's header, opening the clearance panel with the draft as on screen.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clearance } from '../../../shared/collab/model';
import type { Draft } from '../../../shared/model/draft';
import { useServices } from '../services/context';
import { lazyPart } from '../ui/Lazy';

// Loaded when first opened (see ui/Lazy.tsx).
const ClearancePanel = lazyPart(() => import('./ClearancePanel'), 'ClearancePanel');

interface ClearanceButtonProps {
  draft: () => Draft;
  onChanged(clearance: Clearance): void;
}

export function ClearanceButton({ draft, onChanged }: ClearanceButtonProps) {
  const { t } = useTranslation('draft');
  const { autosaver } = useServices();
  const [open, setOpen] = useState<Draft | null>(null);
  return (
    <>
      <button
        type="button"
        className="button button-small clearance-button"
        aria-haspopup="dialog"
        onClick={() => {
          // Pending typing is written first, so the sheet compares against what storage holds.
          void autosaver.flush().finally(() => setOpen(draft()));
        }}
      >
        {t('clearance.open')}
      </button>
      {open && <ClearancePanel draft={open} onClose={() => setOpen(null)} onChanged={onChanged} />}
    </>
  );
}
