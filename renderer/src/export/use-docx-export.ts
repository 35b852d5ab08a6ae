// The export itself, as the dialog drives it: remember the choices, take the draft as on screen, write
// the DOCX in a web worker with progress, then hand the bytes to the save dialog or the download.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocxExportOptions } from '../../../shared/docx';
import type { Draft } from '../../../shared/model/draft';
import type { Template } from '../../../shared/templates';
import { draftInFrame } from '../../../shared/templates/frame';
import { templateTexts } from '../templates/template-texts';
import { draftFileName, forReviewFileName } from '../platform/file-name';
import { completeLiveDraft, UnsavedTextError, type LiveDraft } from '../storage/live-draft';
import { isDesktop, platform } from '../platform';
import { useUnsavedNote } from '../rescue/RefusedOutput';
import { useToasts } from '../ui/Toasts';
import { rememberExportOptions } from './remembered-options';
import { ExportFailure } from './run-export';
import { writeDocx } from './write-docx';
import { useServices } from '../services/context';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'exporting'; fraction: number }
  | { kind: 'failed'; message: string }
  /** Some text on screen cannot be written as it is: nothing was exported. */
  | { kind: 'refused'; live: LiveDraft };

export interface DocxExport {
  state: ExportState;
  /**
   * Resolves true once the file was saved or downloaded (the dialog can close). With `frame`, the
   * draft is written in that template's sections; the stored draft is not changed.
   */
  start(options: DocxExportOptions, frame?: Template): Promise<boolean>;
  cancel(): void;
}

/**
 * `forReview`: the file for reviewers (comments, tracked changes); `internal`: the delegation's own
 * copy with its private content. Each is named as such.
 */
export function useDocxExport(
  draftId: string,
  { forReview = false, internal = false }: { forReview?: boolean; internal?: boolean } = {},
): DocxExport {
  const { autosaver, repository, normTexts } = useServices();
  const { t } = useTranslation('export');
  const toasts = useToasts();
  const unsavedNote = useUnsavedNote();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(
    async (options: DocxExportOptions, frame?: Template) => {
      if (running.current) return false;
      const controller = new AbortController();
      running.current = controller;
      setState({ kind: 'exporting', fraction: 0 });
      const fail = (message: string) => {
        setState({ kind: 'failed', message });
        return false;
      };
      try {
        // Remembering the choices must not stand in the way of the export itself.
        await rememberExportOptions(repository, draftId, options).catch(() => undefined);
        let live: LiveDraft;
        try {
          live = await completeLiveDraft(draftId, { autosaver, repository });
        } catch (error) {
          if (error instanceof UnsavedTextError) {
            setState({ kind: 'refused', live: error.live });
            return false;
          }
          return fail(t('error.read'));
        }
        let draft: Draft;
        try {
          draft = frame ? draftInFrame(live.draft, frame, templateTexts(live.draft.language)) : live.draft;
        } catch {
          return fail(t('dialog.frame.failed'));
        }
        let bytes: Uint8Array;
        try {
          const onProgress = (fraction: number) => setState({ kind: 'exporting', fraction });
          bytes = await writeDocx(normTexts, draft, options, {
            onProgress,
            signal: controller.signal,
            forReview,
            internal,
          });
        } catch (error) {
          if (error instanceof ExportFailure && error.kind === 'cancelled') return false;
          return fail(
            error instanceof ExportFailure && error.kind === 'failed'
              ? t('error.failed', { message: error.message })
              : t('error.stopped'),
          );
        }
        const plain = draftFileName(draft.fields, 'docx', t('files:defaultName'));
        const fileName = forReview
          ? forReviewFileName(plain, t('forReview.fileSuffix'))
          : internal
            ? forReviewFileName(plain, t('internal.fileSuffix'))
            : plain;
        try {
          const result = await platform.saveFile({
            suggestedName: fileName,
            filters: [{ name: t('files:filter.docx'), extensions: ['docx'] }],
            data: bytes,
          });
          setState({ kind: 'idle' });
          if (!result.saved) return false;
          toasts.show({
            message:
              t(isDesktop ? 'success.saved' : 'success.downloaded', { fileName: result.fileName }) + unsavedNote(live),
          });
          return true;
        } catch (error) {
          return fail(t('error.write', { message: error instanceof Error ? error.message : String(error) }));
        }
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [autosaver, repository, normTexts, draftId, forReview, internal, t, toasts, unsavedNote],
  );

  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState({ kind: 'idle' });
  }, []);

  return { state, start, cancel };
}
