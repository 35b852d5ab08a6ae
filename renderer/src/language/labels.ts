// Literal i18n keys (namespace `language`) for sentences that name a document language. Each
// language gets its own sentence rather than a {{language}} placeholder, because the name takes
// a different grammatical form in each (Russian "на французском языке", Arabic "باللغة الفرنسية").
import type { Language } from '../../../shared/model/languages';

/** Document languages for which the official norm text is not shipped. */
export type OtherLanguage = Exclude<Language, 'en'>;

export const DOCUMENT_LANGUAGE_KEYS = {
  missing: {
    ar: 'normText.missing.ar',
    zh: 'normText.missing.zh',
    fr: 'normText.missing.fr',
    ru: 'normText.missing.ru',
    es: 'normText.missing.es',
  },
  provided: {
    ar: 'normText.provided.ar',
    zh: 'normText.provided.zh',
    fr: 'normText.provided.fr',
    ru: 'normText.provided.ru',
    es: 'normText.provided.es',
  },
  add: {
    ar: 'normText.add.ar',
    zh: 'normText.add.zh',
    fr: 'normText.add.fr',
    ru: 'normText.add.ru',
    es: 'normText.add.es',
  },
  field: {
    ar: 'normText.field.ar',
    zh: 'normText.field.zh',
    fr: 'normText.field.fr',
    ru: 'normText.field.ru',
    es: 'normText.field.es',
  },
} as const satisfies Record<string, Record<OtherLanguage, string>>;
