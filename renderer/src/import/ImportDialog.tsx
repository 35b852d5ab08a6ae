// "Import a document": choose a file and, if wanted, the template; the import runs in a web worker
// with a progress bar and a Cancel button; then the report, and "Open the draft" adds it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../app/route';
import { requestDetails } from '../app/details-request';
import { TEMPLATES } from '../templates/registry';
import { Modal } from '../ui/Modal';
import { useToasts } from '../ui/Toasts';
import { ImportProgress } from './ImportProgress';
import { ImportReportView } from './ImportReportView';
import { useImport } from './use-import';
import './import.css';

export function ImportDialog({ navigate, onClose }: { navigate(route: Route): void; onClose(): void }) {
  const { t } = useTranslation(['import', 'templates']);
  const id = useId();
  const toasts = useToasts();
  const flow = useImport();
  const { stage, file } = flow;

  const close = () => {
    flow.cancel();
    onClose();
  };
  async function open(withDetails = false) {
    if (stage.kind !== 'report') return;
    const draftId = await flow.save();
    if (!draftId) return;
    if (withDetails) requestDetails(draftId);
    toasts.show({ message: t('report.added', { title: stage.outcome.draft.fields.title }) });
    onClose();
    navigate({ screen: 'draft', draftId, sectionId: null });
  }

  if (stage.kind === 'report') {
    return (
      <Modal titleId={`${id}-title`} onClose={close} className="import-dialog">
        <div className="form">
          <ImportReportView
            outcome={stage.outcome}
            titleId={`${id}-title`}
            onMove={flow.move}
            onEnterDetails={() => void open(true)}
            onTrackedChanges={(choice) => void flow.importAgain(choice)}
          />
          {stage.saveError && (
            <p className="form-error" role="alert">
              {stage.saveError}
            </p>
          )}
          <div className="form-actions">
            <button type="button" className="button" onClick={close}>
              {t('report.discard')}
            </button>
            <button type="button" className="button button-primary" onClick={() => void open()}>
              {t('report.openDraft')}
            </button>
          </div>
        </div>
      </Modal>
    );
  }

  const running = stage.kind === 'running';
  return (
    <Modal titleId={`${id}-title`} describedBy={`${id}-intro`} onClose={close} className="import-dialog">
      <form
        className="form"
        noValidate
        aria-busy={running || undefined}
        onSubmit={(event) => {
          event.preventDefault();
          void flow.start();
        }}
      >
        <h2 id={`${id}-title`} className="modal-title">
          {t('dialog.title')}
        </h2>
        <p id={`${id}-intro`}>{t('dialog.intro')}</p>
        <fieldset className="import-choices" disabled={running}>
          <div className="field">
            <div className="import-file-row">
              <button type="button" className="button" onClick={() => void flow.pick()}>
                {t('dialog.chooseFile')}
              </button>
              <span className="import-file-name" aria-live="polite">
                {file ? t('dialog.fileChosen', { name: file.name }) : t('dialog.noFile')}
              </span>
            </div>
            <p className="field-hint">{t('dialog.formats')}</p>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-template`}>
              {t('dialog.templateLabel')}
            </label>
            <select id={`${id}-template`} value={flow.templateId} onChange={(e) => flow.setTemplateId(e.target.value)}>
              <option value="">{t('dialog.templateAuto')}</option>
              {TEMPLATES.map((template) => (
                <option key={template.id} value={template.id}>
                  {t(template.nameKey, { ns: 'templates' })}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        {running && file && <ImportProgress name={file.name} fraction={stage.fraction} />}
        {stage.kind === 'choose' && stage.notice && (
          <p
            className={stage.notice.tone === 'error' ? 'form-error' : 'form-notice'}
            role={stage.notice.tone === 'error' ? 'alert' : 'status'}
          >
            {stage.notice.text}
          </p>
        )}
        <div className="form-actions">
          {running ? (
            <button type="button" className="button" onClick={flow.cancel}>
              {t('dialog.cancel')}
            </button>
          ) : (
            <button type="button" className="button" onClick={close}>
              {t('dialog.close')}
            </button>
          )}
          <button type="submit" className="button button-primary" disabled={!file || running}>
            {t('dialog.start')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
