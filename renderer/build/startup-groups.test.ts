import { describe, expect, it } from 'vitest';
import { startupGroups } from './startup-groups';

// A module graph as the bundler sees it: each module's static imports (dynamic ones are not
// followed: they load later).
const GRAPH: Record<string, string[]> = {
  '/app/renderer/src/main.tsx': ['/app/renderer/src/storage/db.ts', '/app/renderer/src/i18n/setup.ts'],
  '/app/renderer/src/storage/db.ts': ['/app/node_modules/dexie/dist/dexie.mjs'],
  '/app/node_modules/dexie/dist/dexie.mjs': [],
  '/app/renderer/src/i18n/setup.ts': [],
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

function chunkNames(): Map<string, string | null> {
  const [group] = startupGroups();
  const test = group!.test as (id: string) => boolean;
  const name = group!.name as (id: string, context: unknown) => string | null;
  const context = { getModuleInfo: (id: string) => ({ importedIds: GRAPH[id] ?? [] }) };
  const captured = Object.keys(GRAPH).filter((id) => test(id));
  return new Map(captured.map((id) => [id, name(id, context)]));
}

describe('start-up chunks grouped by load step', () => {
  it('puts what main.tsx imports in the first step, React in the second, the screens in the third', () => {
    const names = chunkNames();
    expect(names.get('/app/renderer/src/storage/db.ts')).toBe('startup');
    expect(names.get('/app/node_modules/dexie/dist/dexie.mjs')).toBe('startup');
    expect(names.get('/app/renderer/src/i18n/setup.ts')).toBe('startup');
    expect(names.get('/app/node_modules/react-dom/client.js')).toBe('startup-react');
    expect(names.get('/app/renderer/src/draft/DraftScreen.tsx')).toBe('startup-screens');
    // Shared with a later screen, it is still loaded at start: with the step that first needs it.
    expect(names.get('/app/renderer/src/ui/format.ts')).toBe('startup-screens');
  });

  it('leaves each step’s own module, and what only later screens use, to the bundler', () => {
    const names = chunkNames();
    for (const root of ['main.tsx', 'react-runtime.ts', 'first-screen.tsx'])
      expect(names.get(`/app/renderer/src/${root}`)).toBeNull();
    expect(names.get('/app/renderer/src/trash/TrashScreen.tsx')).toBeNull();
    expect(names.get('/app/renderer/src/trash/trash.ts')).toBeNull();
  });
});
