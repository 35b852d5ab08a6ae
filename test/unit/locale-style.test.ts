// How the translations read to a United Nations reviser: citation style, numbers that agree
// with their noun, French typography, one term for one thing, and the disclaimer's government
// slot that has to fit whatever name the user types.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/model/languages';
import { paragraphLetter } from '../../shared/norms/letters';
import { officialNorm } from '../../shared/norms/official';
import { MAX_TITLE_LENGTH } from '../../renderer/src/storage/repository';
import { MAX_VERSION_NAME } from '../../renderer/src/versions/store';

const root = join(import.meta.dirname, '..', '..', 'locales');
const namespaces = readdirSync(join(root, 'en')).map((f) => f.replace(/\.json$/, ''));

function json(language: string, namespace: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, language, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
}

function values(
  language: string,
  namespace: string,
  prefix = '',
  value: unknown = json(language, namespace),
): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => values(language, namespace, prefix ? `${prefix}.${k}` : k, v));
}

function message(language: string, namespace: string, key: string): string {
  const found = values(language, namespace).find(([k]) => k === key);
  if (!found) throw new Error(`${language}/${namespace}: no ${key}`);
  return found[1];
}

/** A translator with the real files of one language, as the app loads them. */
async function translator(language: Language, namespace: string): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { [language]: { [namespace]: json(language, namespace) } },
    ns: [namespace],
    defaultNS: namespace,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('norm tag in the outline', () => {
  const expected: Record<Exclude<Language, 'en'>, string> = {
    ar: 'القاعدة 7 (13 (ز))',
    es: 'Norma 7 (13 g))',
    fr: 'Norme 7 (13 g))',
    ru: 'Норма 7 (13 g))',
    zh: '规范7（第13(g)段）',
  };
  for (const [language, tag] of Object.entries(expected) as [Language, string][])
    it(`cites norm 7 in the United Nations style of ${language}`, async () => {
      const t = await translator(language, 'draft');
      expect(t('outline.normTag', { number: officialNorm('g').number, letter: paragraphLetter('g', language) })).toBe(
        tag,
      );
    });
});

describe('numbers inside sentences agree with their noun', () => {
  it('ar: the retry delay after a failed save is counted with the right form of “second”', async () => {
    const t = await translator('ar', 'draft');
    const retry = (count: number) => t('save.failed', { reason: 'X', count });
    expect(retry(1)).toContain('بعد ثانية واحدة.');
    expect(retry(2)).toContain('بعد ثانيتين.');
    expect(retry(5)).toContain('بعد 5 ثوانٍ.');
    expect(retry(30)).toContain('بعد 30 ثانية.');
  });

  it('every language says the retry delay with its number', async () => {
    for (const language of ['en', 'es', 'fr', 'ru', 'zh'] as const) {
      const t = await translator(language, 'draft');
      expect(t('save.failed', { reason: 'X', count: 12 })).toMatch(/12\s*(s|с|秒)/);
    }
  });

  it('ar: the length limits of titles and version names use the singular noun after hundreds', async () => {
    const title = await translator('ar', 'library');
    const versions = await translator('ar', 'safety');
    expect(title('rename.errors.tooLong', { max: MAX_TITLE_LENGTH })).toBe(
      `يجب ألا يتجاوز العنوان ${MAX_TITLE_LENGTH} حرف.`,
    );
    expect(versions('versions.nameTooLong', { max: MAX_VERSION_NAME })).toBe(
      `لا يجوز أن يتجاوز الاسم ${MAX_VERSION_NAME} حرف.`,
    );
  });

  it('es, fr: the restore report gives each count after a label, so “1” never meets a plural word', async () => {
    for (const language of ['es', 'fr'] as const) {
      const t = await translator(language, 'safety');
      const report = t('backups.report', { added: 1, replaced: 1, unchanged: 1 });
      expect(report, language).not.toMatch(/\d\s+\p{L}/u);
    }
    expect((await translator('es', 'safety'))('backups.report', { added: 1, replaced: 0, unchanged: 0 })).toContain(
      'añadidos: 1',
    );
    expect((await translator('fr', 'safety'))('backups.report', { added: 1, replaced: 0, unchanged: 0 })).toContain(
      'Projets ajoutés\u00a0: 1',
    );
  });
});

describe('French typography', () => {
  const french = namespaces.flatMap((namespace) =>
    values('fr', namespace).map(([key, text]) => [`${namespace}:${key}`, text] as const),
  );

  it('puts a non-breaking space before : ; ? ! and inside « »', () => {
    const breakable = french.filter(([, text]) => / [:;?!]|« | »/.test(text)).map(([key]) => key);
    expect(breakable).toEqual([]);
    const missing = french
      .filter(([, text]) => /[\p{L}\p{N})»}][;?!]|«[^\u00a0]|[^\u00a0]»/u.test(text))
      .map(([key]) => key);
    expect(missing).toEqual([]);
  });

  it('uses the narrow no-break space before ; ? ! and the no-break space before : and inside « »', () => {
    const wrong = french.filter(([, text]) => /\u00a0[;?!]|\u202f[:»]|«\u202f/.test(text)).map(([key]) => key);
    expect(wrong).toEqual([]);
  });

  it('writes the typographic apostrophe', () => {
    expect(french.filter(([, text]) => text.includes("'")).map(([key]) => key)).toEqual([]);
  });
});

describe('Russian terms', () => {
  it('calls a point of contact «контактный пункт» wherever English says it', () => {
    const wrong = namespaces.flatMap((namespace) => {
      const russian = new Map(values('ru', namespace));
      return values('en', namespace)
        .filter(([, text]) => /points? of contact/i.test(text))
        .filter(([key]) => !/контактн\p{L}* пункт/iu.test(russian.get(key) ?? ''))
        .map(([key]) => `${namespace}:${key}`);
    });
    expect(wrong).toEqual([]);
    const contactPerson = namespaces.flatMap((namespace) =>
      values('ru', namespace).filter(([, text]) => /контактн\p{L}* лиц/iu.test(text)),
    );
    expect(contactPerson).toEqual([]);
  });
});

describe('the government named in a stakeholder disclaimer', () => {
  const fill = (language: string, government: string) =>
    message(language, 'templates', 'block.disclaimer')
      .replace('{submitter}', 'Examplia Civic Network')
      .replace('{government}', government);

  it('fits a name typed with its article in French and Spanish, and the default', () => {
    const french = fill('fr', 'le Gouvernement de la République d’Examplia');
    expect(french).toContain('par le Gouvernement de la République d’Examplia.');
    expect(fill('fr', message('fr', 'templates', 'block.anyGovernment'))).toContain(
      'adoptée par quelque gouvernement que ce soit.',
    );
    const spanish = fill('es', 'el Gobierno de la República de Examplia');
    expect(spanish).toContain('por el Gobierno de la República de Examplia.');
    expect(fill('es', message('es', 'templates', 'block.anyGovernment'))).toContain('adoptada por ningún gobierno.');
    for (const text of [french, spanish]) expect(text).not.toMatch(/\b(de|à|a) (le|les|el)\b/);
  });

  it('fits a name in the nominative in Russian, as the hint asks, and the default', () => {
    expect(fill('ru', 'Правительство Республики Экзамплия')).toMatch(
      /позицией, которую занимает Правительство Республики Экзамплия\.$/,
    );
    expect(fill('ru', message('ru', 'templates', 'block.anyGovernment'))).toMatch(
      /которую занимает какое-либо правительство\.$/,
    );
    expect(message('ru', 'library', 'newDraft.government.hint')).toContain('именительном падеже');
  });

  it('quotes in every hint the words that are inserted when the field is left empty', () => {
    for (const language of ['ar', 'en', 'es', 'fr', 'ru', 'zh']) {
      const inserted = message(language, 'templates', 'block.anyGovernment');
      expect(message(language, 'library', 'newDraft.government.hint'), language).toMatch(
        new RegExp(`[«“]\\u00a0?${inserted}\\u00a0?[»”]`),
      );
    }
  });
});

describe('Chinese terms', () => {
  const chinese = namespaces.flatMap((namespace) =>
    values('zh', namespace).map(([key, text]) => [`${namespace}:${key}`, text] as const),
  );

  it('uses one term each for document (文件), section (节), sub-heading (小标题) and contribution (提交材料)', () => {
    expect(chinese.filter(([, text]) => /文档|章节|副标题|来文/.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('writes numbers against the characters around them, without spaces', () => {
    // Digits inside a name ("UTF-8", "Word 97–2003") belong to the name, not to the sentence.
    const number = String.raw`(?:(?<![\p{L}\d–-])\d+|\{\{(?:count|formatted|max|number|norm|limit|levels|used|percent|quota|total|added|replaced|unchanged)\}\})`;
    const spaced = new RegExp(String.raw`\p{Script=Han} ${number}|${number} \p{Script=Han}`, 'u');
    expect(chinese.filter(([, text]) => spaced.test(text)).map(([key]) => key)).toEqual([]);
  });
});

describe('Arabic terms', () => {
  const arabic = namespaces.flatMap((namespace) =>
    values('ar', namespace).map(([key, text]) => [`${namespace}:${key}`, text] as const),
  );

  it('calls a document وثيقة and the title block خانة العنوان throughout', () => {
    expect(arabic.filter(([, text]) => /مستند|كتلة العنوان/.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('asks the guidance questions about the State, not in the second person plural', () => {
    expect(
      arabic.filter(([key, text]) => key.includes('guidance') && /تموه|تموها|تشاركون/.test(text)).map(([key]) => key),
    ).toEqual([]);
  });
});

describe('French terms', () => {
  it('uses one term for sub-heading (intertitre) and for status (état d’avancement)', () => {
    const french = namespaces.flatMap((namespace) =>
      values('fr', namespace).map(([key, text]) => [`${namespace}:${key}`, text] as const),
    );
    expect(french.filter(([, text]) => /sous-titre|statut/i.test(text)).map(([key]) => key)).toEqual([]);
  });
});
