// Changing an open draft's template, in the order that keeps work safe: typing still pending is
// written and the draft is kept as a version first; only then is it rearranged, in one write.
import type { Draft } from '../../../shared/model/draft';
import {
  changeTemplate,
  TemplateChangeError,
  type ChangeTemplateReport,
  type Template,
  type Translate,
} from '../../../shared/templates';
import { StorageError } from '../storage/errors';
import type { DraftReplacer } from '../storage/repository';

export interface ChangeTemplateDeps {
  /** Writes pending typing, then keeps the draft as a version (the 'template' reason). */
  snapshot(draftId: string): Promise<unknown>;
  /** True while some typing is still not on disk (a failed save or a conflict between windows). */
  unsaved(): boolean;
  /** The window's edit guard: the draft is replaced, and kept as a version, in one write. */
  repository: DraftReplacer;
  now(): number;
  newId(): string;
  /** Template texts (headings, boilerplate) in a document language. */
  templateTexts(language: Draft['language']): Translate;
}

/** Why a template change did not happen; in each case the draft was left as it was. */
export type ChangeTemplateProblem = 'unsaved' | 'elsewhere' | 'invalid' | 'storage';

export class ChangeTemplateFailure extends Error {
  constructor(
    readonly problem: ChangeTemplateProblem,
    options?: ErrorOptions,
  ) {
    super(`The template was not changed (${problem})`, options);
    this.name = 'ChangeTemplateFailure';
  }
}

function problemOf(error: unknown): ChangeTemplateProblem {
  if (error instanceof TemplateChangeError) return 'invalid';
  // Another window changed the draft since this one read it: its edit guard refused the change.
  return error instanceof StorageError && error.code === 'conflict' ? 'elsewhere' : 'storage';
}

export async function changeDraftTemplate(
  draftId: string,
  target: Template,
  deps: ChangeTemplateDeps,
): Promise<ChangeTemplateReport> {
  try {
    await deps.snapshot(draftId);
  } catch (error) {
    throw new ChangeTemplateFailure('storage', { cause: error });
  }
  // Rearranging the stored draft would leave the unsaved text on screen with nowhere to go.
  if (deps.unsaved()) throw new ChangeTemplateFailure('unsaved');
  let report: ChangeTemplateReport | undefined;
  try {
    await deps.repository.replaceDraft(
      draftId,
      (current) => {
        const changed = changeTemplate(current, target, {
          now: deps.now(),
          newId: deps.newId,
          translate: deps.templateTexts(current.language),
        });
        report = changed.report;
        return changed.draft;
      },
      { reason: 'template' },
    );
  } catch (error) {
    throw new ChangeTemplateFailure(problemOf(error), { cause: error });
  }
  return report!;
}
