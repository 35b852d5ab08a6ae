// "Collect contributions": choose the returned files (several at once in the browser, one after
// another on the desktop), merge them, and read what happened. The draft is changed only by
// "Merge", between two named versions; a problem leaves it as it was.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../services/context';
import { isDesktop } from '../platform';
import { StorageError } from '../storage/errors';
import { newId } from '../storage/new-id';
import { FILE_PROBLEM_KEYS, openProblem } from '../files/problems';
import { Modal } from '../ui/Modal';
import type { Draft } from '../../../shared/model/draft';
import type { Language } from '../../../shared/model/languages';
import { collectContributions, UnsavedTextError, type CollectResult, type PickedFile } from './collect';
import { CONTRIBUTION_EXTENSIONS, MAX_PICKED_FILES, pickWithBridge, readInputFiles, type Picked } from './pick-files';
import { MergeReport } from './MergeReport';
import { wordProblemText } from './word-problems';
import { useJoinNames, useSectionNames } from './use-section-names';

interface CollectDialogProps {
  draftId: string;
  language: Language;
  onClose(): void;
  /** The stored draft changed: the screen reads it again. */
  onMerged(): void;
}

type Stage = { kind: 'choosing' } | { kind: 'merging' } | { kind: 'done'; result: CollectResult; draft: Draft | null };

export function CollectDialog({ draftId, language, onClose, onMerged }: CollectDialogProps) {
  const { t } = useTranslation('draft');
  const services = useServices();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [stage, setStage] = useState<Stage>({ kind: 'choosing' });
  const [problem, setProblem] = useState('');
  const sectionName = useSectionNames(language);
  const join = useJoinNames();

  const add = ({ files: picked, tooLarge, tooMany }: Picked) => {
    setFiles((current) => [...current, ...picked]);
    if (tooMany) setProblem(t('merge.collect.tooMany', { max: MAX_PICKED_FILES }));
    else setProblem(tooLarge.length > 0 ? t('merge.collect.tooLarge', { names: join(tooLarge) }) : '');
  };

  const choose = () => {
    if (isDesktop) void pickWithBridge(t('merge.collect.filter')).then(add);
    else input.current?.click();
  };

  const merge = async () => {
    setStage({ kind: 'merging' });
    setProblem('');
    try {
      const result = await collectContributions(
        services,
        draftId,
        files,
        {
          before: (list) => t('merge.version.before', { list }),
          merged: (list) => t('merge.version.merged', { list }),
          section: sectionName,
          join,
          unreadable: (error) => {
            const p = openProblem(error);
            return t(FILE_PROBLEM_KEYS[p.code], { ...p.params, ns: 'files' });
          },
          wordProblem: (error) => wordProblemText(error, t),
        },
        { now: Date.now(), newId },
      );
      const merged = result.outcome?.contributions.some((c) => c.status === 'merged') ?? false;
      setStage({ kind: 'done', result, draft: result.outcome?.draft ?? null });
      if (merged) onMerged();
    } catch (error) {
      setStage({ kind: 'choosing' });
      if (error instanceof UnsavedTextError) setProblem(t('merge.failed.unsaved'));
      else if (error instanceof StorageError && error.code === 'conflict') setProblem(t('merge.failed.otherWindow'));
      else setProblem(t('merge.failed.other'));
    }
  };

  return (
    <Modal titleId={`${id}-title`} onClose={onClose} className="merge-dialog">
      <div className="form merge-panel">
        <h2 id={`${id}-title`} className="modal-title">
          {t('merge.collect.heading')}
        </h2>
        {stage.kind === 'done' ? (
          <>
            <h3 className="merge-subheading" role="status">
              {t('merge.report.heading')}
            </h3>
            <MergeReport result={stage.result} sections={stage.draft?.sections ?? []} sectionName={sectionName} />
            {(stage.result.outcome?.applied ?? 0) + (stage.result.outcome?.conflicts ?? 0) > 0 && (
              <p className="field-hint">{t('merge.report.reviewHint')}</p>
            )}
            <div className="form-actions">
              <button type="button" className="button button-primary" onClick={onClose} autoFocus>
                {t('common:actions.close')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p>{t('merge.collect.intro')}</p>
            <input
              ref={input}
              type="file"
              multiple
              hidden
              accept={CONTRIBUTION_EXTENSIONS.map((e) => `.${e}`).join(',')}
              aria-label={t('merge.collect.choose')}
              data-testid="contribution-files"
              onChange={(event) => {
                const list = event.currentTarget.files;
                void readInputFiles(list).then(add);
                event.currentTarget.value = '';
              }}
            />
            <h3 className="merge-subheading">{t('merge.collect.chosen')}</h3>
            {files.length === 0 ? (
              <p className="field-hint">{t('merge.collect.none')}</p>
            ) : (
              <ul className="merge-files">
                {files.map((file, index) => (
                  <li key={index}>
                    <bdi>{file.name}</bdi>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('merge.collect.remove', { name: file.name })}
                      onClick={() => setFiles((current) => current.filter((_, at) => at !== index))}
                    >
                      {t('merge.collect.removeShort')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {problem && (
              <p className="form-error" role="alert">
                {problem}
              </p>
            )}
            <div className="form-actions">
              <button type="button" className="button" onClick={choose} disabled={stage.kind === 'merging'}>
                {t('merge.collect.choose')}
              </button>
              <button type="button" className="button" onClick={onClose}>
                {t('common:actions.cancel')}
              </button>
              <button
                type="button"
                className="button button-primary"
                disabled={files.length === 0 || stage.kind === 'merging'}
                onClick={() => void merge()}
              >
                {stage.kind === 'merging' ? t('merge.collect.merging') : t('merge.collect.run')}
              </button>
            </div>
          </>
        )}
      </div>
    </Modal>
  );
}
