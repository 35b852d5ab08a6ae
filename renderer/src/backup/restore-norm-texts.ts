// The user's official norm texts from a rescue file: put back only where the user has none now,
// so that restoring an older file never replaces a text provided since.
import type { LibraryNormText } from '../../../shared/backup/library-bundle';
import type { NormTextStore } from '../language/norm-texts';

export async function restoreNormTexts(texts: readonly LibraryNormText[], store: NormTextStore): Promise<number> {
  let restored = 0;
  for (const { language, norm, text } of texts) {
    if ((await store.get(language, norm)) !== null) continue;
    // A text the store refuses (e.g. the English one) is skipped, like any it would refuse typed.
    if (
      await store.save(language, norm, text).then(
        () => true,
        () => false,
      )
    )
      restored++;
  }
  return restored;
}
