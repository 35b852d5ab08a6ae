// Native menu labels in the six UI languages, bundled from locales/<lang>/menu.json.
// Typing each file as the English one makes a missing key a compile error.
import ar from '../locales/ar/menu.json';
import en from '../locales/en/menu.json';
import es from '../locales/es/menu.json';
import fr from '../locales/fr/menu.json';
import ru from '../locales/ru/menu.json';
import zh from '../locales/zh/menu.json';
import { isLanguage, type Language } from '../shared/model/languages';

export type MenuLabels = typeof en;

export const MENU_LABELS: Readonly<Record<Language, MenuLabels>> = { ar, zh, en, fr, ru, es };

/** The first of the system's preferred languages that the app speaks, else English. */
export function menuLanguageFor(systemLocales: readonly string[]): Language {
  for (const locale of systemLocales) {
    const base = locale.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
