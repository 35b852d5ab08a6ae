// The import flow: pick a file, import it in a web worker (progress, cancel), then hold the result
// for the report screen, where blocks can still be moved. The draft is written to the library only
// when the user confirms with "Open the draft"; a failed or cancelled import writes nothing.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
// The limits only, not the importer: that is loaded in the worker.
import { SIZE_LIMITS } from '../../../shared/import/detect';
import type { TrackedChangesChoice } from '../../../shared/import/docx/tracked-changes';
import { platform } from '../platform';
import { IMPORT_ERROR_KEYS } from './labels';
import { moveUnplacedBlock, type ImportOutcome } from './move-block';
import { ImportFailure, importInWorker } from './run-import';
import { startImportWorker } from './start-worker';
import { useServices } from '../services/context';

export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

export type ImportStage =
  | { kind: 'choose'; notice?: { text: string; tone: 'error' | 'info' } }
  | { kind: 'running'; fraction: number }
  | { kind: 'report'; outcome: ImportOutcome; saveError?: string };

export function useImport() {
  const { repository } = useServices();
  const { t } = useTranslation(['import', 'files']);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [templateId, setTemplateId] = useState('');
  const [stage, setStage] = useState<ImportStage>({ kind: 'choose' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const pick = useCallback(async () => {
    try {
      const extensions = ['docx', 'pdf', 'md', 'markdown', 'txt'];
      const result = await platform.openFile({
        filters: [{ name: t('files:filter.import'), extensions }],
        maxBytes: Math.max(SIZE_LIMITS.docx, SIZE_LIMITS.pdf),
      });
      if (result.opened) {
        setFile({ name: result.name, bytes: result.data });
        setStage({ kind: 'choose' });
      } else if (result.reason === 'too-large') {
        setStage({
          kind: 'choose',
          notice: {
            tone: 'error',
            text: t('error.picker-too-large', { limit: Math.max(SIZE_LIMITS.docx, SIZE_LIMITS.pdf) / (1024 * 1024) }),
          },
        });
      }
    } catch {
      setStage({ kind: 'choose', notice: { tone: 'error', text: t('error.picker-failed') } });
    }
  }, [t]);

  const run = useCallback(
    async (trackedChanges: TrackedChangesChoice) => {
      if (!file || running.current) return;
      const controller = new AbortController();
      running.current = controller;
      setStage({ kind: 'running', fraction: 0 });
      try {
        const request = {
          type: 'import' as const,
          name: file.name,
          bytes: file.bytes,
          templateId: templateId || undefined,
          trackedChanges,
          now: Date.now(),
        };
        const outcome = await importInWorker(request, startImportWorker, {
          signal: controller.signal,
          onProgress: (fraction) => setStage({ kind: 'running', fraction }),
        });
        setStage({ kind: 'report', outcome });
      } catch (error) {
        const failure = error instanceof ImportFailure ? error : new ImportFailure('stopped');
        if (failure.code === 'cancelled')
          setStage({ kind: 'choose', notice: { tone: 'info', text: t('progress.cancelled') } });
        else {
          setStage({
            kind: 'choose',
            notice: { tone: 'error', text: t(IMPORT_ERROR_KEYS[failure.code], failure.params) },
          });
        }
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [file, templateId, t],
  );

  const start = useCallback(() => run('accept'), [run]);
  /** Imports the same file again, taking or leaving its tracked changes (the report offers the other choice). */
  const importAgain = useCallback((trackedChanges: TrackedChangesChoice) => run(trackedChanges), [run]);

  const cancel = useCallback(() => running.current?.abort(), []);

  const move = useCallback((position: number, targetId: string) => {
    setStage((current) =>
      current.kind === 'report'
        ? { kind: 'report', outcome: moveUnplacedBlock(current.outcome, position, targetId) }
        : current,
    );
  }, []);

  /** Adds the imported draft to the library; returns its id, or null when storage refused it. */
  const save = useCallback(async (): Promise<string | null> => {
    if (stage.kind !== 'report') return null;
    try {
      await repository.add(stage.outcome.draft);
      return stage.outcome.draft.id;
    } catch {
      setStage({ ...stage, saveError: t('error.storage') });
      return null;
    }
  }, [repository, stage, t]);

  return { file, templateId, setTemplateId, stage, pick, start, importAgain, cancel, move, save };
}
