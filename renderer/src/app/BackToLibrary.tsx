// The header link every screen but the library shows first.
import { useTranslation } from 'react-i18next';

export function BackToLibrary() {
  const { t } = useTranslation('draft');
  return (
    <a className="back-link" href="#/">
      <span className="back-arrow" aria-hidden="true" />
      {t('header.backToLibrary')}
    </a>
  );
}
