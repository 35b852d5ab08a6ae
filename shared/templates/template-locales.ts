// The templates namespace of the locale files in the six languages, imported in one place: what
// goes into a document (norm titles, labels, annex words) is read from here in its language.
import ar from '../../locales/ar/templates.json';
import en from '../../locales/en/templates.json';
import es from '../../locales/es/templates.json';
import fr from '../../locales/fr/templates.json';
import ru from '../../locales/ru/templates.json';
import zh from '../../locales/zh/templates.json';
import type { Language } from '../model/languages';

export type TemplateLocale = typeof en;

export const TEMPLATE_LOCALES: Readonly<Record<Language, TemplateLocale>> = { ar, en, es, fr, ru, zh };
