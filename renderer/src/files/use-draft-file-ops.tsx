// Saving a draft as a .normdraft file and opening one into the library, with the user told what
// happened: a toast on success, a dialog when something went wrong (and that nothing changed).
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  lineageForSave,
  MAX_NORMDRAFT_BYTES,
  readNormdraftBytes,
  serializeNormdraft,
} from '../../../shared/format/normdraft';
import type { Route } from '../app/route';
import { isDesktop, platform } from '../platform';
import { RefusedOutput, useUnsavedNote } from '../rescue/RefusedOutput';
import { useToasts } from '../ui/Toasts';
import { draftFileName } from '../platform/file-name';
import { addOpenedDraft } from './open-draft';
import type { ContributionTicket } from '../../../shared/collab/model';
import type { Draft } from '../../../shared/model/draft';
import { FILE_PROBLEM_KEYS, openProblem, saveProblem, tooLargeProblem, type FileProblem } from './problems';
import { ProblemDialog, type Problem } from './ProblemDialog';
import { completeLiveDraft, UnsavedTextError } from '../storage/live-draft';
import { useServices } from '../services/context';
import { newId } from '../storage/new-id';

export interface DraftFileOps {
  busy: boolean;
  run(): Promise<void>;
  /** The problem dialog, when there is one to show. */
  dialog: ReactNode;
}

function useProblem(): [ReactNode, (problem: Problem) => void] {
  const [problem, setProblem] = useState<Problem | null>(null);
  const dialog = problem ? <ProblemDialog problem={problem} onClose={() => setProblem(null)} /> : null;
  return [dialog, setProblem];
}

/** "Open draft file…": reads a .normdraft strictly and adds it (as a copy if already there), then shows it. */
export function useOpenDraftFile(navigate: (route: Route) => void): DraftFileOps {
  const { repository } = useServices();
  const { t } = useTranslation('files');
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const [dialog, show] = useProblem();
  const fail = useCallback(
    (p: FileProblem) =>
      show({
        title: t('error.openTitle'),
        message: t(FILE_PROBLEM_KEYS[p.code], p.params),
        note: t('error.unchanged'),
      }),
    [show, t],
  );

  const run = useCallback(async () => {
    if (busy) return;
    setBusy(true);
    try {
      const file = await platform.openFile({
        filters: [{ name: t('filter.normdraft'), extensions: ['normdraft'] }],
        maxBytes: MAX_NORMDRAFT_BYTES,
      });
      if (!file.opened) {
        if (file.reason === 'too-large') fail(tooLargeProblem());
        return;
      }
      const read = readNormdraftBytes(file.data);
      if (read.draft.contribution) {
        const contribution: Draft & { contribution: ContributionTicket } = {
          ...read.draft,
          contribution: read.draft.contribution,
        };
        const from = contribution.contribution.from.name;
        // Opening a contribution file is rare: its code loads then, not at start.
        const { openContribution } = await import('../contribution/open-contribution');
        const result = await openContribution(repository, contribution, { now: () => Date.now(), newId }, read.lineage);
        if (result.kind === 'returned') {
          toasts.show({
            message: () => t('contribution.returnedContribution', { name: result.from, title: result.leadTitle }),
          });
          return navigate({ screen: 'draft', draftId: result.leadId, sectionId: null });
        }
        if (result.kind === 'existing') {
          toasts.show({ message: () => t('contribution.alreadyHere', { title: result.title }) });
          return navigate({ screen: 'draft', draftId: result.id, sectionId: null });
        }
        const opened = t('contribution.openedContribution', { title: result.title, name: from });
        toasts.show({ message: result.leadHere ? `${opened} ${t('contribution.leadHere')}` : opened });
        return navigate({ screen: 'draft', draftId: result.id, sectionId: null });
      }
      const opened = await addOpenedDraft(
        repository,
        read.draft,
        { now: () => Date.now(), newId, copyTitle: (title) => t('copyTitle', { title }) },
        read.lineage,
      );
      toasts.show({
        message: opened.copied ? t('openedCopy', { title: opened.title }) : t('opened', { title: opened.title }),
      });
      navigate({ screen: 'draft', draftId: opened.id, sectionId: null });
    } catch (error) {
      fail(openProblem(error));
    } finally {
      setBusy(false);
    }
  }, [repository, busy, fail, navigate, t, toasts]);

  return { busy, run, dialog };
}

/** "Save draft file…": the draft as on screen, in the versioned .normdraft format. */
export function useSaveDraftFile(draftId: string): DraftFileOps {
  const { autosaver, repository } = useServices();
  const { t } = useTranslation('files');
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const [dialog, show] = useProblem();
  const unsavedNote = useUnsavedNote();

  const run = useCallback(async () => {
    if (busy) return;
    setBusy(true);
    try {
      const live = await completeLiveDraft(draftId, { autosaver, repository });
      const draft = live.draft;
      const data = new TextEncoder().encode(
        serializeNormdraft(draft, lineageForSave(draft, await repository.lineage(draftId))),
      );
      const suggestedName = draftFileName(draft.fields, 'normdraft', t('defaultName'));
      const result = await platform.saveFile({
        suggestedName,
        filters: [{ name: t('filter.normdraft'), extensions: ['normdraft'] }],
        data,
      });
      if (result.saved)
        toasts.show({
          message: t(isDesktop ? 'saved' : 'downloaded', { fileName: result.fileName }) + unsavedNote(live),
        });
    } catch (error) {
      if (error instanceof UnsavedTextError) {
        show({ title: t('error.saveTitle'), message: '', body: <RefusedOutput live={error.live} announce={false} /> });
        return;
      }
      const p = saveProblem(error);
      show({ title: t('error.saveTitle'), message: t(FILE_PROBLEM_KEYS[p.code], p.params) });
    } finally {
      setBusy(false);
    }
  }, [autosaver, repository, busy, draftId, show, t, toasts, unsavedNote]);

  return { busy, run, dialog };
}
