// Changing a draft's document language after it was created. Only the language changes: no
// text, heading or sub-heading is translated or rewritten.
import { isLanguage, type Language } from '../../../shared/model/languages';
import type { DrafterDb } from '../storage/db';

export class DraftLanguageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DraftLanguageError';
  }
}

export async function changeDraftLanguage(
  db: DrafterDb,
  draftId: string,
  language: Language,
  now: number,
): Promise<void> {
  if (!isLanguage(language)) throw new DraftLanguageError(`Not a document language: ${String(language)}`);
  await db.transaction('rw', db.drafts, async () => {
    const row = await db.drafts.get(draftId);
    if (!row || row.deletedAt !== null) throw new DraftLanguageError(`No draft ${draftId} in the library`);
    if (row.language === language) return;
    await db.drafts.put({ ...row, language, updatedAt: now });
  });
}
