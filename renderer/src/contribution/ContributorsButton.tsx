// "Contributors" in the draft header: opens the dialog listing who is asked for which sections,
// from which the contribution files are sent.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collaboration } from '../../../shared/collab/model';
import type { Draft, Section } from '../../../shared/model/draft';
import type { Language } from '../../../shared/model/languages';
import { lazyPart } from '../ui/Lazy';
import { useToasts } from '../ui/Toasts';

// Loaded when first opened (see ui/Lazy.tsx).
const ContributorsDialog = lazyPart(() => import('./ContributorsDialog'), 'ContributorsDialog');

interface ContributorsButtonProps {
  draftId: string;
  collaboration: Collaboration | undefined;
  sections: readonly Pick<Section, 'id' | 'kind' | 'norm' | 'heading'>[];
  language: Language;
  onSaved(collaboration: Collaboration | undefined): void;
}

export function ContributorsButton({ draftId, collaboration, sections, language, onSaved }: ContributorsButtonProps) {
  const { t } = useTranslation('draft');
  const toasts = useToasts();
  const [open, setOpen] = useState(false);
  const count = collaboration?.contributors.length ?? 0;
  return (
    <>
      <button
        type="button"
        className="button button-small contributors-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {count > 0 ? t('contribution.buttonCount', { number: count }) : t('contribution.button')}
      </button>
      {open && (
        <ContributorsDialog
          draftId={draftId}
          collaboration={collaboration}
          sections={sections}
          language={language}
          onClose={() => setOpen(false)}
          onSaved={(draft: Draft, sent) => {
            setOpen(false);
            onSaved(draft.collaboration);
            if (!sent) return toasts.show({ message: t('contribution.saved') });
            const parts = [];
            if (sent.files.length > 0) parts.push(t('contribution.sent', { number: sent.files.length }));
            if (sent.skipped.length > 0) parts.push(t('contribution.skipped', { names: sent.skipped.join(', ') }));
            toasts.show({ message: parts.join(' ') });
          }}
        />
      )}
    </>
  );
}
