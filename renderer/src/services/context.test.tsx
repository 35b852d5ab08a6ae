// @vitest-environment jsdom
// The app's database and stores exist once, built by the app root and handed down: importing a
// screen, a hook or a helper builds none of them (before, importing any of 25 modules built the
// whole set, and tests of one module got the app's real database with it).
import type * as DexieModule from 'dexie';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ServicesProvider, useServices, type Services } from './context';

const built = vi.hoisted(() => ({ databases: 0 }));

vi.mock('dexie', async (importOriginal) => {
  const actual = await importOriginal<typeof DexieModule>();
  class CountedDexie extends actual.Dexie {
    constructor(...args: ConstructorParameters<typeof actual.Dexie>) {
      super(...args);
      built.databases += 1;
    }
  }
  return { ...actual, default: CountedDexie, Dexie: CountedDexie };
});
// The browser's platform is chosen from globals the test page does not have. The menu's inbox
// listens from the start, so that a command sent before the first render is not lost.
vi.mock('../platform', () => ({ platform: { onMenuCommand: () => () => undefined }, isDesktop: false }));

describe('services', () => {
  it('are not built by importing any module of the app', async () => {
    // Everything but the entry (which builds them on purpose) and the workers (their own entries).
    const modules = import.meta.glob([
      '../**/*.{ts,tsx}',
      '!../**/*.test.{ts,tsx}',
      '!../main.tsx',
      '!../**/*.worker.ts',
      '!../**/testing.ts',
      '!../**/testing/**',
    ]);
    expect(Object.keys(modules).length).toBeGreaterThan(200);
    for (const load of Object.values(modules)) await load();
    expect(built.databases).toBe(0);
  }, 60_000); // Imports the whole renderer (Lexical, React, every screen) once, on a busy machine.

  it('are built by the app root, on a database of the caller’s choice', async () => {
    const { createServices } = await import('../create-services');
    const { DrafterDb } = await import('../storage/db');
    const db = new DrafterDb('services-test');
    const before = built.databases;
    const services = createServices(db);
    expect(services.db).toBe(db);
    expect(services.repository).toBeDefined();
    // The one other database is the rescue store's, kept apart from the drafts' schema.
    expect(built.databases - before).toBe(1);
  });

  it('reach a component through the provider', () => {
    const fake = { autosaver: { dirty: false } } as unknown as Services;
    function Probe() {
      return <span>{useServices() === fake ? 'given' : 'other'}</span>;
    }
    expect(
      renderToStaticMarkup(
        <ServicesProvider services={fake}>
          <Probe />
        </ServicesProvider>,
      ),
    ).toBe('<span>given</span>');
    expect(() => renderToStaticMarkup(<Probe />)).toThrow('outside <ServicesProvider>');
  });
});
