// Every UI string exists, non-empty, in all six UN languages; English is the source.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/model/languages';

const root = join(import.meta.dirname, '..', '..', 'locales');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  return out;
}

function load(language: string, namespace: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(root, language, `${namespace}.json`), 'utf8')));
}

/** The plural forms CLDR requires for each language (what i18next asks for). */
function pluralForms(language: string): string[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice();
}

const namespaces = readdirSync(join(root, 'en')).map((f) => f.replace(/\.json$/, ''));

const NUMBER_PLACEHOLDERS = new Set(['{{count}}', '{{formatted}}']);

function placeholdersOf(text: string): string[] {
  return (text.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((p) => p.replace(/\s/g, ''));
}

/**
 * Texts that are rightly the same as English: the product's name, other products' names, and
 * words spelt the same in that language. Anything else identical to English is a leftover.
 */
const SAME_IN_TRANSLATION = new Set([
  '*:Norms Drafter',
  '*:Markdown',
  '*:PDF',
  'fr:Date',
  'fr:Section',
  'fr:Services',
  'fr:Attribution',
  'fr:Versions',
  'fr:{{count}} page',
  'fr:{{count}} pages',
  'es:Zoom',
]);

describe('locales', () => {
  it('has the six UN languages', () => {
    expect(readdirSync(root).sort()).toEqual([...LANGUAGES].sort());
  });

  for (const namespace of namespaces) {
    const english = load('en', namespace);
    const baseKeys = new Set([...english.keys()].map((k) => k.replace(PLURAL_SUFFIX, '')));
    const pluralBases = new Set(
      [...english.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')),
    );

    for (const language of LANGUAGES) {
      it(`${language}/${namespace}.json has every key, none empty`, () => {
        const messages = load(language, namespace);
        const missing: string[] = [];
        for (const key of baseKeys) {
          if (pluralBases.has(key)) {
            for (const form of pluralForms(language))
              if (!messages.get(`${key}_${form}`)?.trim()) missing.push(`${key}_${form}`);
          } else if (!messages.get(key)?.trim()) missing.push(key);
        }
        expect(missing).toEqual([]);
      });

      if (language === 'en') continue;
      it(`${language}/${namespace}.json keeps every {{placeholder}} of English`, () => {
        const messages = load(language, namespace);
        const wrong: string[] = [];
        for (const [key, text] of english) {
          const base = key.replace(PLURAL_SUFFIX, '');
          const plural = pluralBases.has(base);
          // A plural form may say its number in words ("one draft", Arabic "مسودتان"): the count
          // and its formatted form may then be left out. Every other placeholder must stay.
          const placeholders = placeholdersOf(text).filter((p) => !(plural && NUMBER_PLACEHOLDERS.has(p)));
          const candidates = plural
            ? pluralForms(language).map((f) => messages.get(`${base}_${f}`) ?? '')
            : [messages.get(key) ?? ''];
          for (const candidate of candidates)
            for (const p of placeholders) if (!placeholdersOf(candidate).includes(p)) wrong.push(`${key}: ${p}`);
        }
        expect(wrong).toEqual([]);
      });

      it(`${language}/${namespace}.json names no {{placeholder}} that English lacks`, () => {
        const known = new Set([...english.values()].flatMap(placeholdersOf));
        const unknown = [...load(language, namespace)].flatMap(([key, text]) =>
          placeholdersOf(text)
            .filter((p) => !known.has(p) && p !== '{{count}}')
            .map((p) => `${key}: ${p}`),
        );
        expect(unknown).toEqual([]);
      });

      if (language === 'ru')
        it(`ru/${namespace}.json writes е for ё, as United Nations Russian texts do`, () => {
          expect([...load('ru', namespace)].filter(([, text]) => /[ёЁ]/.test(text)).map(([key]) => key)).toEqual([]);
        });

      it(`${language}/${namespace}.json leaves no English text untranslated`, () => {
        const messages = load(language, namespace);
        const leftovers = [...english]
          .filter(
            ([key, text]) => messages.get(key) === text && /\p{L}{2}/u.test(text.replace(/\{\{?\s*\w+\s*\}?\}/g, '')),
          )
          .filter(
            ([, text]) => !SAME_IN_TRANSLATION.has(`${language}:${text}`) && !SAME_IN_TRANSLATION.has(`*:${text}`),
          )
          .map(([key]) => key);
        expect(leftovers).toEqual([]);
      });
    }
  }
});
