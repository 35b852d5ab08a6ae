// Download all drafts in one file, and restore from such a file (or from one .normdraft, or a
// rescue file, whose official norm texts are put back where the user has none).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileFormatError } from '../../../shared/format/file-format-error';
import { formatNumber } from '../ui/format';
import { downloadLibrary, libraryEntries, restoreFromFile } from './library-file';
import { useServices } from '../services/context';

export function LibraryFileSection({ onRestored }: { onRestored(): void }) {
  const { autosaver, db, normTexts, repository, versions } = useServices();
  const { t, i18n } = useTranslation('safety');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const problem = (error: FileFormatError) => {
    switch (error.code) {
      case 'too-large':
        return t('backups.problem.tooLarge');
      case 'not-json':
        return t('backups.problem.notJson');
      case 'wrong-format':
        return t('backups.problem.wrongFormat');
      case 'unsupported-version':
        return t('backups.problem.unsupportedVersion');
      case 'invalid':
        return t('backups.problem.invalid');
    }
  };

  async function download() {
    setBusy(true);
    try {
      const all = await db.drafts.toCollection().primaryKeys();
      const trashed = new Set(await db.drafts.orderBy('deletedAt').primaryKeys());
      const { entries, unsavedTitles } = await libraryEntries({ autosaver, repository }, trashed, all);
      const name = await downloadLibrary(entries, t('backups.fileFilter'));
      // Said plainly: this file holds text the browser's storage does not have.
      const unsaved =
        unsavedTitles.length > 0
          ? ` ${t('rescue.includesUnsaved', { sections: unsavedTitles.map((title) => `“${title}”`).join(', ') })}`
          : '';
      if (name) setMessage({ text: t('backups.downloaded', { name }) + unsaved, error: false });
    } catch {
      setMessage({ text: t('backups.downloadFailed'), error: true });
    }
    setBusy(false);
  }

  async function restore() {
    setBusy(true);
    try {
      const result = await restoreFromFile(t('backups.fileFilter'), { repository, versions, normTexts });
      if (result.kind === 'too-large') setMessage({ text: t('backups.tooLarge'), error: true });
      if (result.kind === 'restored') {
        const n = (list: string[]) => formatNumber(list.length, i18n.language);
        setMessage({
          text: t('backups.report', {
            added: n(result.report.added),
            replaced: n(result.report.replaced),
            unchanged: n(result.report.unchanged),
          }),
          error: false,
        });
        onRestored();
      }
    } catch (error) {
      setMessage({
        text:
          error instanceof FileFormatError
            ? t('backups.badFile', { reason: problem(error) })
            : t('backups.restoreFailed'),
        error: true,
      });
    }
    setBusy(false);
  }

  return (
    <section className="backup-section" aria-labelledby="library-file-heading">
      <h2 id="library-file-heading">{t('backups.fileHeading')}</h2>
      <p>{t('backups.fileIntro')}</p>
      <div className="notice-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void download()}>
          {t('backups.download')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void restore()}>
          {t('backups.restoreFile')}
        </button>
      </div>
      <p className={message?.error ? 'form-error' : 'backup-message'} role="status" aria-live="polite">
        {message?.text ?? ''}
      </p>
    </section>
  );
}
