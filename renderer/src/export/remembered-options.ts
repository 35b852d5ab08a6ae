// The Export dialog's choices, remembered per draft in the draft's own row. What is stored is read
// leniently (a value from an older version, or damaged, falls back field by field to the default),
// and only clean options are written back.
import { parseExportOptions, type DocxExportOptions } from '../../../shared/docx/options';
import type { DraftRepository } from '../storage/repository';

type OptionsStore = Pick<DraftRepository, 'getExportOptions' | 'setExportOptions'>;

export async function loadExportOptions(repository: OptionsStore, draftId: string): Promise<DocxExportOptions> {
  try {
    return parseExportOptions(await repository.getExportOptions(draftId));
  } catch {
    // Unreadable storage should not block an export: the defaults are a sensible start.
    return parseExportOptions(undefined);
  }
}

export async function rememberExportOptions(
  repository: OptionsStore,
  draftId: string,
  options: DocxExportOptions,
): Promise<DocxExportOptions> {
  const clean = parseExportOptions(options);
  await repository.setExportOptions(draftId, clean);
  return clean;
}
