import { describe, expect, it } from 'vitest';
import { startupGroups } from './startup-groups';

// A module graph as the bundler sees it: each module's static imports (dynamic ones are not
// followed: they load later).
const GRAPH: Record<string, string[]> = {
  '/app/renderer/src/main.tsx': ['/app/renderer/src/language/document-typeface.ts'],
  '/app/renderer/src/language/document-typeface.ts': [],
  '/app/renderer/src/start-storage.ts': ['/app/renderer/src/storage/db.ts'],
  '/app/renderer/src/storage/db.ts': ['/app/node_modules/dexie/dist/dexie.mjs', '/app/shared/model/languages.ts'],
  '/app/node_modules/dexie/dist/dexie.mjs': [],
  '/app/shared/model/languages.ts': [],
  '/app/renderer/src/start-texts.ts': ['/app/renderer/src/i18n/setup.ts'],
  '/app/renderer/src/i18n/setup.ts': ['/app/shared/model/languages.ts'],
  '/app/renderer/src/react-runtime.ts': ['/app/node_modules/react-dom/client.js'],
  '/app/node_modules/react-dom/client.js': [],
  '/app/renderer/src/first-screen.tsx': [
    '/app/renderer/src/draft/DraftScreen.tsx',
    '/app/renderer/src/storage/db.ts',
    '/app/node_modules/react-dom/client.js',
  ],
  '/app/renderer/src/draft/DraftScreen.tsx': ['/app/renderer/src/ui/format.ts'],
  '/app/renderer/src/ui/format.ts': [],
  // A screen loaded when first used, sharing the number formatter with the first screen.
  '/app/renderer/src/trash/TrashScreen.tsx': ['/app/renderer/src/ui/format.ts', '/app/renderer/src/trash/trash.ts'],
  '/app/renderer/src/trash/trash.ts': [],
};

/** The chunk each module goes to: the first group (by priority) whose name is not null, as the bundler does. */
function chunkNames(): Map<string, string | null> {
  const groups = [...startupGroups()].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
  const context = { getModuleInfo: (id: string) => ({ importedIds: GRAPH[id] ?? [] }) };
  const ids = Object.keys(GRAPH);
  for (const group of groups) for (const id of ids) (group.test as (id: string) => boolean)(id);
  return new Map(
    ids.map((id) => {
      for (const group of groups) {
        const name = (group.name as (id: string, context: unknown) => string | null)(id, context);
        if (name) return [id, name];
      }
      return [id, null];
    }),
  );
}

describe('start-up chunks grouped by load step', () => {
  it('puts storage, the UI texts, React and the screens each in the chunk of the step that first needs them', () => {
    const names = chunkNames();
    expect(names.get('/app/renderer/src/language/document-typeface.ts')).toBe('startup');
    expect(names.get('/app/renderer/src/start-storage.ts')).toBe('startup-storage');
    expect(names.get('/app/renderer/src/storage/db.ts')).toBe('startup-storage');
    expect(names.get('/app/node_modules/dexie/dist/dexie.mjs')).toBe('startup-storage');
    // The texts need it too, but storage loads first.
    expect(names.get('/app/shared/model/languages.ts')).toBe('startup-storage');
    expect(names.get('/app/renderer/src/start-texts.ts')).toBe('startup-texts');
    expect(names.get('/app/renderer/src/i18n/setup.ts')).toBe('startup-texts');
    expect(names.get('/app/node_modules/react-dom/client.js')).toBe('startup-react');
    expect(names.get('/app/renderer/src/draft/DraftScreen.tsx')).toBe('startup-screens');
    // The screens import storage too: it stays in storage's chunk, not taken along into theirs.
    expect(names.get('/app/renderer/src/first-screen.tsx')).toBe('startup-screens');
    // Shared with a later screen, it is still loaded at start: with the step that first needs it.
    expect(names.get('/app/renderer/src/ui/format.ts')).toBe('startup-screens');
  });

  it('gives the earlier step the higher priority, so that its chunk takes its modules first', () => {
    const priorities = startupGroups().map((group) => group.priority ?? 0);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it('leaves the entry, and what only later screens use, to the bundler', () => {
    const names = chunkNames();
    expect(names.get('/app/renderer/src/main.tsx')).toBeNull();
    expect(names.get('/app/renderer/src/trash/TrashScreen.tsx')).toBeNull();
    expect(names.get('/app/renderer/src/trash/trash.ts')).toBeNull();
  });
});
