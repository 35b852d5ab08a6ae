// Every earlier schema version upgrades to the current one with all drafts, sections and other
// rows unchanged but for the drafts' details, which move into `fields` (in drafts and versions),
// and a version of each draft kept from before the upgrade. The databases are
// JSON dumps in test/fixtures/db/v<N>.json, loaded with that version's own schema; adding a
// schema version means adding the dump of the one before it.
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { draftSchema } from '../../../shared/model/schema';
import { DrafterDb, SCHEMA, type DraftRow, type SectionRow } from './db';
import { rowsToDraft } from './summary';
import { liftDetailsIntoFields } from '../../../shared/model/legacy-details';

interface Dump {
  schemaVersion: number;
  tables: Record<string, Record<string, unknown>[]>;
}

const versions = Object.keys(SCHEMA)
  .map(Number)
  .sort((a, b) => a - b);
const latest = versions.at(-1)!;
const fixtureDir = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'db');
const open: Dexie[] = [];

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

/** Creates a database exactly as version `n` of the app left it, holding the dump's rows. */
async function createOld(name: string, dump: Dump): Promise<void> {
  const old = new Dexie(name);
  for (const v of versions.filter((v) => v <= dump.schemaVersion))
    old.version(v).stores(SCHEMA[v as keyof typeof SCHEMA]);
  await old.open();
  for (const [table, rows] of Object.entries(dump.tables)) await old.table(table).bulkAdd(rows);
  old.close();
}

const byKey = (rows: Record<string, unknown>[]) =>
  [...rows].sort((a, b) =>
    JSON.stringify([a.draftId, a.id, a.language, a.norm]).localeCompare(
      JSON.stringify([b.draftId, b.id, b.language, b.norm]),
    ),
  );

describe('schema upgrades', () => {
  it('has a fixture database for every earlier schema version', () => {
    const missing = versions.filter((v) => v < latest && !existsSync(join(fixtureDir, `v${v}.json`)));
    expect(missing, 'add test/fixtures/db/v<N>.json for each earlier version').toEqual([]);
  });

  for (const from of versions.filter((v) => v < latest)) {
    it(`upgrades a version ${from} database to version ${latest} with every row unchanged but the details moved into fields`, async () => {
      const dump = JSON.parse(readFileSync(join(fixtureDir, `v${from}.json`), 'utf8')) as Dump;
      expect(dump.schemaVersion).toBe(from);
      const name = `upgrade-from-${from}-${Math.random()}`;
      await createOld(name, dump);

      const db = new DrafterDb(name);
      open.push(db);
      await db.open();
      expect(db.verno).toBe(latest);
      for (const [table, rows] of Object.entries(dump.tables)) {
        const upgraded =
          table === 'drafts'
            ? rows.map(liftDetailsIntoFields)
            : table === 'versionData'
              ? rows.map((row) => ({ ...row, draft: liftDetailsIntoFields(row.draft) }))
              : rows;
        // The upgrade's own snapshots are checked below.
        const snapshots = new Set((await db.versions.toArray()).filter((v) => v.reason === 'upgrade').map((v) => v.id));
        const stored = ((await db.table(table).toArray()) as Record<string, unknown>[]).filter(
          (row) => !(table.startsWith('version') && snapshots.has(row.id as string)),
        );
        expect(stored.length, table).toBe(rows.length);
        expect(byKey(stored), table).toEqual(byKey(upgraded as Record<string, unknown>[]));
      }
      // The details a user typed are where the app now reads them.
      const first = (await db.drafts.toArray()).find((row) => row.id === 'np-001')!;
      expect(first.fields).toMatchObject({
        submitter: 'Republic of Examplia',
        forum: 'OEWG on ICTs, 2025 session',
        date: '2025-09-05',
      });
      expect(first).not.toHaveProperty('submitter');
      for (const data of await db.versionData.toArray()) expect(draftSchema.safeParse(data.draft).success).toBe(true);

      // The drafts as they were before the upgrade, one version each, valid and complete.
      const drafts = dump.tables.drafts as unknown as DraftRow[];
      const kept = (await db.versions.toArray()).filter((v) => v.reason === 'upgrade');
      expect(kept.map((v) => v.draftId).sort()).toEqual(drafts.map((d) => d.id).sort());
      for (const version of kept) {
        expect(version.reason).toBe('upgrade');
        const row = drafts.find((d) => d.id === version.draftId)!;
        const sections = (dump.tables.sections as unknown as SectionRow[]).filter((s) => s.draftId === row.id);
        const data = await db.versionData.get(version.id);
        expect(data?.draft).toEqual(liftDetailsIntoFields(rowsToDraft(row, sections)));
        expect(draftSchema.safeParse(data?.draft).success).toBe(true);
      }

      // Opening again (already current) takes no second snapshot.
      db.close();
      await db.open();
      expect((await db.versions.toArray()).filter((v) => v.reason === 'upgrade')).toHaveLength(drafts.length);
    });
  }

  it('a new database starts empty, with no upgrade snapshot', async () => {
    const db = new DrafterDb(`fresh-${Math.random()}`);
    open.push(db);
    await db.open();
    expect(await db.versions.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
  });
});
