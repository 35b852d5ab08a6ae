import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { directionOf, isLanguage, LANGUAGES, type Language } from '../../../shared/model/languages';
import { platform } from '../platform';
import { chooseUiLanguage } from './choice';
import { languageResources, loadLanguage } from './resources';

const STORAGE_KEY = 'drafter.uiLanguage';

/** localStorage can be blocked (privacy settings, locked-down profiles): then nothing is remembered. */
function readSaved(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function save(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across restarts; the switch itself still works.
  }
}

/** The saved choice, else the system language when it is one of the six, else English. */
export function initialUiLanguage(): Language {
  return chooseUiLanguage(readSaved(), navigator.languages ?? [navigator.language]);
}

export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/** The native menu (desktop) follows the UI language; the web build has none. */
function tellMainProcess(language: Language): void {
  platform.setUiLanguage(language).catch(() => {
    // The menu stays in its previous language; nothing the user can act on.
  });
}

/** The UI language now in use (one of the six). */
export function currentUiLanguage(): Language {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(language) ? language : 'en';
}

/** Switches the whole UI at once; the choice is remembered and the native menu follows. */
export async function changeUiLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

export async function initI18n(): Promise<void> {
  const language = initialUiLanguage();
  // Only the UI language's texts are loaded at start; others when first needed (loadLanguage).
  // Every language has every key (test/unit/locales.test.ts), so no fallback language is loaded.
  const texts = await languageResources(language);
  await i18next.use(initReactI18next).init({
    resources: { [language]: texts },
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(texts),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLanguage(language);
  tellMainProcess(language);
  i18next.on('languageChanged', (next) => {
    if (!isLanguage(next)) return;
    save(next);
    applyDocumentLanguage(next);
    tellMainProcess(next);
  });
}
