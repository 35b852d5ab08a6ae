// "Export to Word": the options (remembered for this draft), then the export with its progress.
// The fields stay on screen but locked while the worker writes the file, so the dialog keeps its
// size and the user sees what is being applied. With `forReview`, the same dialog writes the file
// sent out for review (comments and tracked changes), and says it is not the one to submit; with
// `internal`, the delegation's own copy (points of contact, "Internal" on every page).
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocxExportOptions } from '../../../shared/docx';
import type { Draft } from '../../../shared/model/draft';
import { RefusedOutput } from '../rescue/RefusedOutput';
import { Modal } from '../ui/Modal';
import { ExportFields } from './ExportFields';
import { FrameChoice } from './FrameChoice';
import { draftInFrame } from '../../../shared/templates/frame';
import { templateById } from '../templates/registry';
import { templateTexts } from '../templates/template-texts';
import { loadExportOptions } from './remembered-options';
import { useDocxExport } from './use-docx-export';
import './export.css';
import { useServices } from '../services/context';

export function ExportDialog({
  draftId,
  onClose,
  forReview = false,
  internal = false,
}: {
  draftId: string;
  onClose(): void;
  forReview?: boolean;
  internal?: boolean;
}) {
  const { repository } = useServices();
  const { t } = useTranslation('export');
  const id = useId();
  const [options, setOptions] = useState<DocxExportOptions | null>(null);
  const [draft, setDraft] = useState<Draft | undefined>();
  // The template the file is written in: the draft's own unless another is chosen.
  const [frameId, setFrameId] = useState<string | undefined>();
  const frame = frameId !== undefined && frameId !== draft?.templateId ? templateById(frameId) : undefined;
  // What the export will hold, to name the sections it leaves out.
  const shown = useMemo(() => {
    if (!draft || !frame) return draft;
    try {
      return draftInFrame(draft, frame, templateTexts(draft.language));
    } catch {
      return draft;
    }
  }, [draft, frame]);
  const exporter = useDocxExport(draftId, { forReview, internal });
  const { state } = exporter;
  const exporting = state.kind === 'exporting';

  useEffect(() => {
    let cancelled = false;
    void Promise.all([loadExportOptions(repository, draftId), repository.get(draftId).catch(() => undefined)]).then(
      ([loaded, stored]) => {
        if (cancelled) return;
        setDraft(stored?.draft);
        setOptions(loaded);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [repository, draftId]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!options || exporting) return;
    if (await exporter.start(options, frame)) onClose();
  }

  const close = () => {
    exporter.cancel();
    onClose();
  };
  const percent = exporting ? Math.round(state.fraction * 100) : 0;

  return (
    <Modal titleId={`${id}-title`} describedBy={`${id}-intro`} onClose={close} className="export-dialog">
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={exporting || undefined}>
        <h2 id={`${id}-title`} className="modal-title">
          {forReview ? t('forReview.title') : internal ? t('internal.title') : t('dialog.title')}
        </h2>
        <p id={`${id}-intro`} className="field-hint">
          {forReview ? t('forReview.intro') : internal ? t('internal.intro') : t('dialog.intro')}
        </p>
        {options ? (
          <fieldset className="export-options" disabled={exporting}>
            {!forReview && draft && (
              <FrameChoice ownTemplateId={draft.templateId} value={frameId ?? draft.templateId} onChange={setFrameId} />
            )}
            <ExportFields
              options={options}
              submitter={draft?.fields.submitter ?? ''}
              sections={shown?.sections ?? []}
              documentLanguage={draft?.language ?? 'en'}
              forReview={forReview}
              previousEdition={draft?.edition?.previousTitle}
              onChange={setOptions}
            />
          </fieldset>
        ) : (
          <p className="loading">{t('dialog.loading')}</p>
        )}
        <p className="field-hint">{t('dialog.remembered')}</p>
        {exporting && (
          <div className="export-progress" role="status">
            <span id={`${id}-progress`}>{t('progress.label')}</span>
            <progress aria-labelledby={`${id}-progress`} max={100} value={percent} />
            <span className="export-percent">{t('progress.percent', { percent })}</span>
          </div>
        )}
        {state.kind === 'failed' && (
          <p className="form-error" role="alert">
            {state.message}
          </p>
        )}
        {state.kind === 'refused' && <RefusedOutput live={state.live} />}
        <div className="form-actions">
          <button type="button" className="button" onClick={close}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!options || exporting}>
            {exporting
              ? t('dialog.exporting')
              : forReview
                ? t('forReview.export')
                : internal
                  ? t('internal.export')
                  : t('dialog.export')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
