import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { NormTextStore } from '../language/norm-texts';
import { DrafterDb } from '../storage/db';
import { restoreNormTexts } from './restore-norm-texts';

const dbs: DrafterDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('restoreNormTexts', () => {
  it('puts back the texts the user has none of, and never replaces one provided since', async () => {
    const db = new DrafterDb(`norm-texts-${Math.random()}`);
    dbs.push(db);
    const store = new NormTextStore(db, () => 1);
    await store.save('fr', 'a', 'Texte saisi depuis.');
    const restored = await restoreNormTexts(
      [
        { language: 'fr', norm: 'a', text: 'Texte ancien.' },
        { language: 'fr', norm: 'e', text: 'Les États devraient respecter les droits de l’homme.' },
        { language: 'es', norm: 'g', text: 'Los Estados deberían proteger su infraestructura crítica.' },
      ],
      store,
    );
    expect(restored).toBe(2);
    expect(await store.forLanguage('fr')).toEqual({
      a: 'Texte saisi depuis.',
      e: 'Les États devraient respecter les droits de l’homme.',
    });
    expect(await store.forLanguage('es')).toEqual({ g: 'Los Estados deberían proteger su infraestructura crítica.' });
  });
});
