// Creating a draft from a template: headings and boilerplate in the document's language.
import i18next from 'i18next';
import { createDraft, type CreateDraftParams, type Template } from '../../../shared/templates';
import { newId } from '../storage/new-id';
import { loadLanguage } from '../i18n/resources';
import type { DraftRepository } from '../storage/repository';

export async function createFromTemplate(
  repository: Pick<DraftRepository, 'add'>,
  template: Template,
  params: CreateDraftParams,
): Promise<string> {
  await loadLanguage(params.language);
  const inDocumentLanguage = i18next.getFixedT(params.language, 'templates');
  const draft = createDraft(template, params, { now: Date.now(), newId, translate: (key) => inDocumentLanguage(key) });
  await repository.add(draft);
  return draft.id;
}
