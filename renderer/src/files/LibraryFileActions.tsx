// "Open draft file…" and "Import a document…" where the library offers them: beside "New draft",
// and in the empty library's first steps.
import { useTranslation } from 'react-i18next';
import { appCommands } from './commands';
import './files.css';

export function LibraryFileActions() {
  const { t } = useTranslation('files');
  return (
    <div className="file-actions library-file-actions" role="group" aria-label={t('actions.groupLabel')}>
      <button type="button" className="button" onClick={() => appCommands.dispatch('open-draft-file')}>
        {t('actions.open')}
      </button>
      <button type="button" className="button" onClick={() => appCommands.dispatch('import-file')}>
        {t('actions.import')}
      </button>
    </div>
  );
}
