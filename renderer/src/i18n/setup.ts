import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { directionOf, isLanguage, type Language } from '../../../shared/model/languages';
import { loadResources, NAMESPACES } from './resources';

const STORAGE_KEY = 'drafter.uiLanguage';

/** The saved choice, else the system language when it is one of the six, else English. */
export function initialUiLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(saved)) return saved;
  for (const candidate of navigator.languages ?? [navigator.language]) {
    const base = candidate.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export async function initI18n(): Promise<void> {
  const language = initialUiLanguage();
  await i18next.use(initReactI18next).init({
    resources: loadResources(),
    lng: language,
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLanguage(language);
  i18next.on('languageChanged', (next) => {
    if (isLanguage(next)) {
      localStorage.setItem(STORAGE_KEY, next);
      applyDocumentLanguage(next);
    }
  });
}
