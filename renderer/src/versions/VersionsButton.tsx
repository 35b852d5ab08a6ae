// "Versions" in the draft's header, opening the versions panel.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/model/draft';
import { lazyPart } from '../ui/Lazy';

// Loaded when first opened (see ui/Lazy.tsx).
const VersionsPanel = lazyPart(() => import('./VersionsPanel'), 'VersionsPanel');

interface VersionsButtonProps {
  draft: () => Draft;
  onRestored(message: string): void;
}

export function VersionsButton({ draft, onRestored }: VersionsButtonProps) {
  const { t } = useTranslation('safety');
  const [open, setOpen] = useState<Draft | null>(null);
  return (
    <>
      <button
        type="button"
        className="button button-small versions-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(draft())}
      >
        {t('versions.open')}
      </button>
      {open && (
        <VersionsPanel
          draftId={open.id}
          current={open}
          onClose={() => setOpen(null)}
          onRestored={(message) => {
            setOpen(null);
            onRestored(message);
          }}
        />
      )}
    </>
  );
}
