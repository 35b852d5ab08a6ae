import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { officialNorm } from '../../../shared/norms/official';
import { DrafterDb, SCHEMA } from '../storage/db';
import { cleanNormText, MAX_NORM_TEXT_CHARS, NormTextError, NormTextStore } from './norm-texts';

// Invented stand-ins: tests never carry real official translations.
const FRENCH_G = 'Texte officiel de la norme g en français,\n  tel que la délégation d’Examplia l’a collé.';
const SPANISH_G = 'Texto oficial de la norma g en español, tal como lo pegó la delegación.';

let counter = 0;
const opened: Dexie[] = [];
function freshDb(): DrafterDb {
  const db = new DrafterDb(`norm-texts-${(counter += 1)}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('official norm texts the user provides', () => {
  it('keeps a pasted French text for every later French draft, and only for French', async () => {
    const store = new NormTextStore(freshDb(), () => 42);
    expect(await store.get('fr', 'g')).toBeNull();
    expect(await store.save('fr', 'g', FRENCH_G)).toBe(
      'Texte officiel de la norme g en français, tel que la délégation d’Examplia l’a collé.',
    );
    await store.save('es', 'g', SPANISH_G);
    expect(await store.forLanguage('fr')).toEqual({
      g: 'Texte officiel de la norme g en français, tel que la délégation d’Examplia l’a collé.',
    });
    expect(Object.keys(await store.forLanguage('ru'))).toEqual([]);
    expect(await store.get('es', 'g')).toBe(SPANISH_G);
  });

  it('replaces a text pasted again and forgets a removed one', async () => {
    const store = new NormTextStore(freshDb());
    await store.save('ar', 'a', 'نص أول');
    await store.save('ar', 'a', 'نص ثانٍ');
    expect(await store.get('ar', 'a')).toBe('نص ثانٍ');
    await store.remove('ar', 'a');
    expect(await store.get('ar', 'a')).toBeNull();
  });

  it('refuses empty, overlong and English texts, and English as a language, changing nothing', async () => {
    const db = freshDb();
    const store = new NormTextStore(db);
    await store.save('ru', 'c', 'Официальный текст нормы c');
    const attempts: [Parameters<NormTextStore['save']>, string][] = [
      [['ru', 'c', ' \n\t '], 'empty'],
      [['ru', 'c', 'я'.repeat(MAX_NORM_TEXT_CHARS + 1)], 'too-long'],
      [['ru', 'c', officialNorm('c').officialTextEn], 'english'],
      [['en', 'c', 'Any text'], 'not-needed'],
    ];
    for (const [args, problem] of attempts) {
      await expect(store.save(...args)).rejects.toMatchObject({ problem });
      await expect(store.save(...args)).rejects.toBeInstanceOf(NormTextError);
    }
    expect(await store.get('ru', 'c')).toBe('Официальный текст нормы c');
    expect(await db.normTexts.count()).toBe(1);
  });

  it('drops control characters and keeps every word as pasted', () => {
    expect(cleanNormText('zh', 'k', '\u0007各国不应\r\n开展活动。 ')).toEqual({
      ok: true,
      text: '各国不应 开展活动。',
    });
  });
});

describe('database upgrade from version 1 (before norm texts)', () => {
  it('keeps the drafts and sections of a version 1 database and adds an empty norm-text table', async () => {
    const name = `norm-texts-upgrade-${(counter += 1)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA[1]);
    await v1.table('drafts').put({ id: 'd1', title: 'Non-paper of Examplia', updatedAt: 5 });
    await v1.table('sections').put({ draftId: 'd1', id: 'norm-g', terms: ['examplia'] });
    v1.close();

    const db = new DrafterDb(name);
    opened.push(db);
    expect(await db.drafts.get('d1')).toMatchObject({ fields: { title: 'Non-paper of Examplia' } });
    expect(await db.sections.where('terms').startsWith('exam').count()).toBe(1);
    expect(await db.normTexts.count()).toBe(0);
    expect(db.verno).toBeGreaterThanOrEqual(2);
    await new NormTextStore(db).save('fr', 'g', FRENCH_G);
    expect(await db.normTexts.count()).toBe(1);
  });

  it('keeps the norm texts of a version 2 database through later upgrades', async () => {
    const name = `norm-texts-upgrade-${(counter += 1)}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA[2]);
    await v2.table('normTexts').put({ language: 'es', norm: 'k', text: SPANISH_G, updatedAt: 3 });
    v2.close();

    const db = new DrafterDb(name);
    opened.push(db);
    expect(await new NormTextStore(db).forLanguage('es')).toEqual({ k: SPANISH_G });
  });
});
