// "Change template…" in the draft's header, opening the dialog that moves the draft onto another
// template. The screen reloads the draft afterwards, with a short report of what happened.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeTemplateReport, Template } from '../../../shared/templates';
import { uiLocale } from '../ui/format';
import { lazyPart } from '../ui/Lazy';

// Loaded when first opened (see ui/Lazy.tsx).
const ChangeTemplateDialog = lazyPart(() => import('./ChangeTemplateDialog'), 'ChangeTemplateDialog');

interface ChangeTemplateButtonProps {
  draftId: string;
  templateId: string;
  /** Called once the draft is stored in its new shape, with a message saying what changed. */
  onChanged(message: string): void;
}

export function ChangeTemplateButton({ draftId, templateId, onChanged }: ChangeTemplateButtonProps) {
  const { t, i18n } = useTranslation(['draft', 'templates']);
  const [open, setOpen] = useState(false);

  const report = (template: Template, result: ChangeTemplateReport) => {
    const done = t('changeTemplate.done', {
      name: t(template.nameKey, { ns: 'templates' }),
      kept: result.kept,
      added: result.added,
    });
    if (result.moved.length === 0) return done;
    const sections = new Intl.ListFormat(uiLocale(i18n.language), { type: 'conjunction' }).format(
      result.moved.map((heading) => t('changeTemplate.quoted', { heading })),
    );
    return `${done} ${t('changeTemplate.moved', { sections })}`;
  };

  return (
    <>
      <button
        type="button"
        className="button button-small change-template-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('changeTemplate.open')}
      </button>
      {open && (
        <ChangeTemplateDialog
          draftId={draftId}
          currentTemplateId={templateId}
          onClose={() => setOpen(false)}
          onChanged={(template, result) => {
            setOpen(false);
            onChanged(report(template, result));
          }}
        />
      )}
    </>
  );
}
