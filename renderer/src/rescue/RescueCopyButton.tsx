// "Save a copy as file": the words the user must not lose, as a plain text file (it opens
// anywhere, and the plain-text import reads it back), saved or downloaded like any other file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/model/draft';
import { draftFileName } from '../platform/file-name';
import { isDesktop, platform } from '../platform';
import { useToasts } from '../ui/Toasts';
import { rescueFileText } from './rescue-text';

export interface RescueCopy {
  draft: Pick<Draft, 'fields'>;
  sections: { name: string; text: string }[];
}

export function RescueCopyButton({ copy, className = 'button' }: { copy: () => RescueCopy; className?: string }) {
  const { t } = useTranslation(['safety', 'files']);
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    try {
      const { draft, sections } = copy();
      const data = new TextEncoder().encode(rescueFileText(draft, sections));
      const suggestedName = draftFileName(draft.fields, 'txt', t('files:defaultName'));
      const result = await platform.saveFile({
        suggestedName,
        filters: [{ name: t('rescue.fileFilter'), extensions: ['txt'] }],
        data,
      });
      if (result.saved)
        toasts.show({
          message: t(isDesktop ? 'rescue.copySaved' : 'rescue.copyDownloaded', { fileName: result.fileName }),
        });
    } catch {
      toasts.show({ message: t('rescue.copyFailed') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className={className} disabled={busy} onClick={() => void save()}>
      {t('rescue.saveCopy')}
    </button>
  );
}
