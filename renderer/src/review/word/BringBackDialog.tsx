// "Bring back reviewed Word file": choose the .docx that came back from review (the desktop's open
// dialog, the browser's file chooser), read it into the draft as comments and suggestions, and
// read what came back per section. A file that cannot be brought back says why, in the user's
// language, and changes nothing.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Draft } from '../../../../shared/model/draft';
import type { Language } from '../../../../shared/model/languages';
import { SIZE_LIMITS } from '../../../../shared/import/detect';
import { ReviewFileError, type ReviewBackReport } from '../../../../shared/review/bring-back';
import { platform } from '../../platform';
import { useServices } from '../../services/context';
import { StorageError } from '../../storage/errors';
import { newId } from '../../storage/new-id';
import { Modal } from '../../ui/Modal';
import { bringBackReviewed, TextNotSavedError, type ReviewReader, type ReviewedFile } from './bring-back-reviewed';
import { ReviewBackReportView } from './ReviewBackReportView';
import './review-word.css';

interface BringBackDialogProps {
  draftId: string;
  language: Language;
  onClose(): void;
  /** The stored draft changed: the screen reads it again. */
  onChanged(): void;
  /** The reader of reviewed files; tests give their own. */
  read?: ReviewReader;
}

type Stage =
  { kind: 'choosing' } | { kind: 'working' } | { kind: 'done'; report: ReviewBackReport; sections: Draft['sections'] };

/** Why the file was not brought back, in the user's words; nothing changed in any case. */
export function bringBackProblem(error: unknown, t: TFunction): string {
  if (error instanceof ReviewFileError) {
    switch (error.code) {
      case 'too-large':
        return t('reviewBack.error.tooLarge', { limit: SIZE_LIMITS.docx / (1024 * 1024) });
      case 'damaged':
        return t('reviewBack.error.damaged');
      case 'not-this-draft':
        return t('reviewBack.error.notThisDraft');
    }
  }
  if (error instanceof TextNotSavedError) return t('reviewBack.error.unsaved');
  if (error instanceof StorageError && error.code === 'conflict') return t('merge.failed.otherWindow');
  return t('merge.failed.other');
}

export function BringBackDialog({ draftId, language, onClose, onChanged, read }: BringBackDialogProps) {
  const { t } = useTranslation('draft');
  const services = useServices();
  const id = useId();
  const [stage, setStage] = useState<Stage>({ kind: 'choosing' });
  const [problem, setProblem] = useState('');

  const bringBack = async (file: ReviewedFile) => {
    setStage({ kind: 'working' });
    try {
      const result = await bringBackReviewed(
        services,
        draftId,
        file,
        { before: (fileName) => t('reviewBack.version', { fileName }) },
        { newId, now: Date.now() },
        read,
      );
      const sections = result.draft?.sections ?? (await services.repository.get(draftId))?.draft.sections ?? [];
      setStage({ kind: 'done', report: result.report, sections });
      if (result.draft) onChanged();
    } catch (error) {
      setStage({ kind: 'choosing' });
      setProblem(bringBackProblem(error, t));
    }
  };

  const choose = async () => {
    setProblem('');
    const picked = await platform.openFile({
      filters: [{ name: t('reviewBack.filter'), extensions: ['docx'] }],
      maxBytes: SIZE_LIMITS.docx,
    });
    if (picked.opened) await bringBack({ name: picked.name, data: picked.data });
    else if (picked.reason === 'too-large') setProblem(bringBackProblem(new ReviewFileError('too-large'), t));
  };

  return (
    <Modal titleId={`${id}-title`} describedBy={`${id}-intro`} onClose={onClose} className="review-back-dialog">
      <div className="form review-back-panel" aria-busy={stage.kind === 'working' || undefined}>
        <h2 id={`${id}-title`} className="modal-title">
          {t('reviewBack.heading')}
        </h2>
        {stage.kind === 'done' ? (
          <>
            <h3 className="review-back-subheading" role="status">
              {t('reviewBack.report.heading')}
            </h3>
            <ReviewBackReportView report={stage.report} sections={stage.sections} documentLanguage={language} />
            <div className="form-actions">
              <button type="button" className="button button-primary" onClick={onClose} autoFocus>
                {t('common:actions.close')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p id={`${id}-intro`}>{t('reviewBack.intro')}</p>
            {problem && (
              <p className="form-error" role="alert">
                {problem} {t('reviewBack.error.unchanged')}
              </p>
            )}
            {stage.kind === 'working' && (
              <p className="field-hint" role="status">
                {t('reviewBack.working')}
              </p>
            )}
            <div className="form-actions">
              <button type="button" className="button" onClick={onClose}>
                {t('common:actions.cancel')}
              </button>
              <button
                type="button"
                className="button button-primary"
                disabled={stage.kind === 'working'}
                onClick={() => void choose()}
              >
                {t('reviewBack.choose')}
              </button>
            </div>
          </>
        )}
      </div>
    </Modal>
  );
}
