// Which UI language to start in: the user's saved choice, else the first of the system's
// preferred languages that is one of the six (by its base: "fr-CA" → French), else English.
import { isLanguage, type Language } from '../../../shared/model/languages';

export function chooseUiLanguage(saved: unknown, preferred: readonly string[]): Language {
  if (isLanguage(saved)) return saved;
  for (const candidate of preferred) {
    const base = candidate.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
