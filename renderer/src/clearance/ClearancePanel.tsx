// The draft's clearance: its path of steps, and per section (in document order) who cleared it at
// each step and when, with "Clear at <step>" and the clearance sheet as a .docx for the file.
// Every change is saved at once through the edit guard (save-clearance.ts).
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clearance } from '../../../shared/collab/model';
import { clearanceOf, type PathResult } from '../../../shared/clearance/path';
import type { Draft } from '../../../shared/model/draft';
import { currentUiLanguage } from '../i18n/setup';
import { isDesktop, platform } from '../platform';
import { draftFileName } from '../platform/file-name';
import { useServices } from '../services/context';
import { normTag, sectionTitle } from '../templates/section-names';
import { Modal } from '../ui/Modal';
import { CLEAR_ERROR_KEYS, PATH_ERROR_KEYS, useStepName } from './labels';
import { PathEditor } from './PathEditor';
import { ClearanceFailure, changePath, clearSectionAt } from './save-clearance';
import { sheetRows, sheetTexts } from './sheet-texts';
import { SheetSection } from './SheetSection';

interface ClearancePanelProps {
  /** The draft as on screen when the panel opened (all typing saved). */
  draft: Draft;
  onClose(): void;
  onChanged(clearance: Clearance): void;
}

export function ClearancePanel({ draft, onClose, onChanged }: ClearancePanelProps) {
  const services = useServices();
  const { t, i18n } = useTranslation(['draft', 'files']);
  const stepName = useStepName();
  const id = useId();
  const [clearance, setClearance] = useState(() => clearanceOf(draft));
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const current = useMemo(() => ({ ...draft, clearance }), [draft, clearance]);
  const rows = useMemo(() => sheetRows(current, t, stepName), [current, t, stepName]);

  const saved = (next: Clearance, done: string) => {
    setClearance(next);
    onChanged(next);
    setMessage(done);
    setProblem('');
  };

  function failure(error: unknown, step = ''): string {
    if (!(error instanceof ClearanceFailure)) return t('clearance.error.failed');
    if (error.kind === 'unsaved') return t('clearance.error.unsaved');
    if (error.kind === 'conflict') return t('clearance.error.conflict');
    const reason = error.reason;
    if (reason && reason in PATH_ERROR_KEYS)
      return t(PATH_ERROR_KEYS[reason as keyof typeof PATH_ERROR_KEYS], { step });
    if (reason && reason in CLEAR_ERROR_KEYS) return t(CLEAR_ERROR_KEYS[reason as keyof typeof CLEAR_ERROR_KEYS]);
    return t('clearance.error.failed');
  }

  async function editPath(edit: (c: Clearance) => PathResult, step?: string): Promise<string | null> {
    try {
      saved(await changePath(services, draft.id, edit), t('clearance.path.saved'));
      return null;
    } catch (error) {
      return failure(error, step);
    }
  }

  async function clear(sectionId: string, stepId: string, by: string): Promise<string | null> {
    const section = draft.sections.find((s) => s.id === sectionId);
    const row = rows.find((r) => r.sectionId === sectionId);
    const step = row?.steps.find((s) => s.stepId === stepId)?.step ?? stepId;
    if (!section || !row) return t('clearance.error.failed');
    const versionName = t('clearance.versionName', {
      section: normTag(section, t) || sectionTitle(section, t, draft.language),
      step,
      name: by.trim(),
    });
    try {
      const result = await clearSectionAt(services, draft.id, { sectionId, stepId, by, versionName });
      saved(
        result.clearance,
        t('clearance.done', { section: row.section, step, name: result.record.by, version: versionName }),
      );
      return null;
    } catch (error) {
      return failure(error);
    }
  }

  async function download() {
    setProblem('');
    try {
      const { clearanceSheetDocx } = await import('../../../shared/docx/clearance-sheet');
      const language = currentUiLanguage();
      const bytes = await clearanceSheetDocx(rows, sheetTexts(current, t, i18n.language), language);
      const fileName = draftFileName(
        { title: t('clearance.sheet.fileTitle', { title: draft.fields.title }), submitter: draft.fields.submitter },
        'docx',
        t('files:defaultName'),
      );
      const result = await platform.saveFile({
        suggestedName: fileName,
        filters: [{ name: t('files:filter.docx'), extensions: ['docx'] }],
        data: bytes,
      });
      if (result.saved)
        setMessage(
          t(isDesktop ? 'clearance.sheet.saved' : 'clearance.sheet.downloaded', { fileName: result.fileName }),
        );
    } catch (error) {
      setProblem(t('clearance.sheet.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  return (
    <Modal titleId={`${id}-title`} onClose={onClose} className="clearance-dialog">
      <div className="clearance-panel">
        <div className="clearance-head">
          <h2 id={`${id}-title`} className="modal-title">
            {t('clearance.heading', { title: draft.fields.title })}
          </h2>
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.close')}
          </button>
        </div>
        <p className="visually-hidden" role="status" aria-live="polite">
          {message}
        </p>
        {message && <p className="clearance-message">{message}</p>}
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <p className="field-hint">{t('clearance.intro')}</p>
        <PathEditor clearance={clearance} onEdit={editPath} />
        <section className="clearance-sheet" aria-labelledby={`${id}-sheet`}>
          <div className="clearance-head">
            <h3 id={`${id}-sheet`}>{t('clearance.sheet.heading')}</h3>
            <button type="button" className="button button-small" onClick={() => void download()}>
              {t('clearance.sheet.download')}
            </button>
          </div>
          {rows.map((row) => (
            <SheetSection key={row.sectionId} row={row} onClear={(stepId, by) => clear(row.sectionId, stepId, by)} />
          ))}
        </section>
      </div>
    </Modal>
  );
}
