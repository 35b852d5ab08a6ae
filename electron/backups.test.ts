// The backup writer against a real temporary folder (node fs; no electron module involved).
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseNormdraft, serializeNormdraft } from '../shared/format/normdraft';
import type { Draft } from '../shared/model/draft';
import { paragraphState } from '../shared/model/empty';
import { sampleDraft, sampleNormSection } from '../test/fixtures/sample-draft';
import { BackupStore, type BackupStoreOptions } from './backups';
import { inProcessInspector } from './testing/inspectors';

const HOUR = 3_600_000;
let root: string;
let clock = Date.UTC(2026, 4, 12, 9);
const bytes = (draft: Draft) => new TextEncoder().encode(serializeNormdraft(draft));

function draft(id: string, text: string, title = 'National non-paper'): Draft {
  return sampleDraft({ id, title, updatedAt: clock, sections: [sampleNormSection(text)] });
}

const store = (options: Partial<BackupStoreOptions> = {}) =>
  new BackupStore(join(root, 'backups'), {
    inspector: inProcessInspector,
    now: () => clock,
    minIntervalMs: 30_000,
    ...options,
  });
const later = (ms = 31_000) => (clock += ms);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'drafter-backups-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('BackupStore', () => {
  it('writes each draft as a .normdraft file in its own folder and lists it', async () => {
    const backups = store();
    const result = await backups.write('d1', bytes(draft('d1', 'Examplia adopted a strategy.')));
    expect(result).toEqual({ written: true, file: '20260512T090000000Z.normdraft' });
    const text = await readFile(join(root, 'backups', 'd1', '20260512T090000000Z.normdraft'), 'utf8');
    expect(parseNormdraft(text).fields.title).toBe('National non-paper');
    expect(await backups.list()).toEqual([
      {
        draftId: 'd1',
        title: 'National non-paper',
        files: [{ file: result.written ? result.file : '', savedAt: clock, bytes: text.length }],
      },
    ]);
    const read = await backups.read('d1', '20260512T090000000Z.normdraft');
    expect(read.found && new TextDecoder().decode(read.data)).toBe(text);
  });

  it('writes one draft at most once per interval', async () => {
    const backups = store();
    await backups.write('d1', bytes(draft('d1', 'One.')));
    later(10_000);
    expect(await backups.write('d1', bytes(draft('d1', 'Two.')))).toEqual({ written: false, reason: 'too-soon' });
    expect((await backups.write('d2', bytes(draft('d2', 'Other draft.')))).written).toBe(true);
    later();
    expect((await backups.write('d1', bytes(draft('d1', 'Three.')))).written).toBe(true);
    expect((await backups.list()).find((d) => d.draftId === 'd1')?.files).toHaveLength(2);
  });

  it('keeps the latest backups and one a day, deleting the rest', async () => {
    const backups = store({ rotation: { keepLatest: 3, keepDailyDays: 30 } });
    for (let i = 0; i < 8; i++) {
      await backups.write('d1', bytes(draft('d1', `Edit ${i}.`)));
      later(6 * HOUR);
    }
    // 8 writes over two days (09:00 day 1 to 03:00 day 3): the latest 3 plus the last of day 1.
    const files = (await backups.list())[0]!.files;
    expect(files).toHaveLength(4);
    expect(await readdir(join(root, 'backups', 'd1'))).toHaveLength(4);
  });

  it('never writes an empty draft over backups that hold text', async () => {
    const backups = store();
    await backups.write('d1', bytes(draft('d1', 'Cleared paragraph worth keeping.')));
    later();
    expect(await backups.write('d1', bytes(draft('d1', '')))).toEqual({ written: false, reason: 'would-empty' });
    const [only] = await backups.list();
    expect(only?.files).toHaveLength(1);
    // A new draft with no text yet may be backed up.
    expect((await backups.write('d2', bytes(draft('d2', '')))).written).toBe(true);
  });

  it('when the stored backups cannot be inspected, an empty draft is not written over them', async () => {
    await store().write('d1', bytes(draft('d1', 'Text worth keeping.')));
    later();
    // Started again; the inspection of the stored backup fails (its worker dies), not the file.
    const failing = store({
      inspector: {
        inspect: async (data) => {
          if (new TextDecoder().decode(data).includes('Text worth keeping.'))
            throw new Error('Backup inspection failed: the worker stopped');
          return inProcessInspector.inspect(data);
        },
      },
    });
    await expect(failing.write('d1', bytes(draft('d1', '')))).rejects.toThrow(/inspection failed/);
    expect(await readdir(join(root, 'backups', 'd1'))).toHaveLength(1);
    // Listing still works; the title is simply unknown.
    expect(await failing.list()).toMatchObject([{ draftId: 'd1', title: '' }]);
  });

  it('refuses data that is not this draft, and ids or names that could leave the folder', async () => {
    const backups = store();
    expect(await backups.write('d1', new TextEncoder().encode('{"format":"norms-drafter"'))).toEqual({
      written: false,
      reason: 'invalid',
    });
    expect(await backups.write('d1', bytes(draft('d2', 'Another draft.')))).toEqual({
      written: false,
      reason: 'invalid',
    });
    for (const id of ['..', '../outside', 'a/b', 'a\\b', '', 'x'.repeat(129)]) {
      expect(await backups.write(id, bytes(draft('d1', 'Text.')))).toMatchObject({ written: false });
      expect(await backups.read(id, '20260512T090000000Z.normdraft')).toEqual({ found: false });
    }
    await backups.write('d1', bytes(draft('d1', 'Text.')));
    for (const name of ['../../etc/passwd', '..', '20260512T090000000Z.normdraft/../x', 'notes.txt'])
      expect(await backups.read('d1', name)).toEqual({ found: false });
    expect(await readdir(root)).toEqual(['backups']);
    expect(await readdir(join(root, 'backups'))).toEqual(['d1']);
  });

  it('does not follow a link planted in the backups folder', async () => {
    const outside = join(root, 'outside');
    await mkdir(outside);
    await mkdir(join(root, 'backups'), { recursive: true });
    await symlink(outside, join(root, 'backups', 'd1'));
    const backups = store();
    expect(await backups.write('d1', bytes(draft('d1', 'Text.')))).toEqual({ written: false, reason: 'invalid' });
    expect(await readdir(outside)).toEqual([]);
    await writeFile(join(outside, '20260512T090000000Z.normdraft'), serializeNormdraft(draft('d1', 'Planted.')));
    expect(await backups.read('d1', '20260512T090000000Z.normdraft')).toEqual({ found: false });
  });

  it('a crash in the middle of a write leaves the previous backup whole, and the half-written file ignored', async () => {
    const good = await store().write('d1', bytes(draft('d1', 'The good version.')));
    later();
    // The crash: the temp file is half written and never renamed.
    const crashing = store({
      writeFile: async (path: string, data: Uint8Array) => {
        const temp = join(path, '..', `.${path.split(/[\\/]/).pop()}.dead.tmp`);
        await writeFile(temp, data.slice(0, data.length / 2));
        throw new Error('power lost');
      },
    });
    await expect(crashing.write('d1', bytes(draft('d1', 'The version being written.')))).rejects.toThrow('power lost');
    const after = store();
    const [listed] = await after.list();
    expect(listed?.files.map((f) => f.file)).toEqual([good.written ? good.file : '']);
    const read = await after.read('d1', listed!.files[0]!.file);
    expect(read.found && parseNormdraft(new TextDecoder().decode(read.data)).sections[0]?.content).toEqual(
      paragraphState(['The good version.']),
    );
    // Once clearly abandoned, the temp file is cleared away by the next write.
    const [temp] = (await readdir(join(root, 'backups', 'd1'))).filter((n) => n.endsWith('.tmp'));
    const twoHoursAgo = new Date(Date.now() - 2 * HOUR);
    await utimes(join(root, 'backups', 'd1', temp!), twoHoursAgo, twoHoursAgo);
    later();
    await after.write('d1', bytes(draft('d1', 'Next.')));
    expect((await readdir(join(root, 'backups', 'd1'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  // Three real Node processes in turn, each compiling its TypeScript through tsx before writing.
  it('survives a real process being killed while writing: every backup file on disk parses', async () => {
    const dir = join(root, 'backups');
    const child = join(import.meta.dirname, 'backups-crash-child.ts');
    for (let run = 0; run < 3; run++) {
      await new Promise<void>((done, fail) => {
        const proc = spawn(process.execPath, ['--import', 'tsx', child, dir, String(run)], {
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let seen = 0;
        proc.stdout.on('data', (chunk: Buffer) => {
          // Kill it at a different point of its writing loop each run.
          seen += (chunk.toString().match(/w/g) ?? []).length;
          if (seen > run + 1) setTimeout(() => proc.kill('SIGKILL'), run * 7);
        });
        proc.on('exit', (_code, signal) =>
          signal === 'SIGKILL' ? done() : fail(new Error(`child ended without being killed (${signal})`)),
        );
      });
      const files = await readdir(join(dir, 'd1'));
      const backups = files.filter((n) => n.endsWith('.normdraft'));
      expect(backups.length).toBeGreaterThan(0);
      for (const name of backups) expect(parseNormdraft(await readFile(join(dir, 'd1', name), 'utf8')).id).toBe('d1');
    }
  }, 30_000);

  it('keeps drafts whose ids differ only in case in folders that differ on Windows and macOS too', async () => {
    const backups = store({ rotation: { keepLatest: 1, keepDailyDays: 0 } });
    await backups.write('Note-A', bytes(draft('Note-A', 'Capital text.')));
    for (let i = 0; i < 3; i++) {
      later();
      await backups.write('note-a', bytes(draft('note-a', `Small text ${i}.`)));
    }
    const folders = await readdir(join(root, 'backups'));
    expect(new Set(folders.map((name) => name.toLowerCase())).size).toBe(2);
    // Rotating one draft's backups never removes the other's.
    const listed = await backups.list();
    expect(listed.map((d) => d.draftId).sort()).toEqual(['Note-A', 'note-a']);
    const capital = listed.find((d) => d.draftId === 'Note-A')!;
    expect(capital.files).toHaveLength(1);
    const read = await backups.read('Note-A', capital.files[0]!.file);
    expect(read.found && parseNormdraft(new TextDecoder().decode(read.data)).id).toBe('Note-A');
  });

  it('refuses draft ids that would name a device on Windows', async () => {
    const backups = store();
    for (const id of ['CON', 'nul', 'Lpt1', 'com9']) {
      expect(await backups.write(id, bytes(draft(id, 'Text.')))).toEqual({ written: false, reason: 'invalid' });
    }
    expect(await readdir(root)).toEqual([]);
  });

  it('writes at most the limit per minute across all drafts, refusing the rest before parsing them', async () => {
    let inspected = 0;
    const backups = store({
      limits: { writesPerMinute: 3, maxTotalBytes: Infinity },
      inspector: { inspect: async (data) => (inspected++, inProcessInspector.inspect(data)) },
    });
    for (const id of ['d1', 'd2', 'd3'])
      expect((await backups.write(id, bytes(draft(id, 'Text.')))).written).toBe(true);
    later(1000);
    expect(await backups.write('d4', bytes(draft('d4', 'Text.')))).toEqual({ written: false, reason: 'too-soon' });
    expect(inspected).toBe(3);
    later(60_000);
    expect((await backups.write('d4', bytes(draft('d4', 'Text.')))).written).toBe(true);
  });

  it('keeps the folder under its size limit by removing the oldest backups, and refuses clearly beyond', async () => {
    const size = bytes(draft('d1', 'Examplia, edit 0.')).byteLength;
    const backups = store({ limits: { writesPerMinute: 100, maxTotalBytes: 3 * size + 10 } });
    for (let i = 0; i < 3; i++) {
      await backups.write('d1', bytes(draft('d1', `Examplia, edit ${i}.`)));
      later();
    }
    const before = (await backups.list())[0]!.files.map((f) => f.file);
    expect(before).toHaveLength(3);
    // A second draft: the oldest backup of d1 makes room for it.
    expect((await backups.write('d2', bytes(draft('d2', 'Examplia, note 1.')))).written).toBe(true);
    const listed = await backups.list();
    expect(listed.find((d) => d.draftId === 'd1')?.files.map((f) => f.file)).toEqual(before.slice(0, 2));
    later();
    await backups.write('d1', bytes(draft('d1', 'Examplia, edit 3.')));
    later();
    await backups.write('d2', bytes(draft('d2', 'Examplia, note 2.')));
    later();
    // Only each draft's newest is left to remove: a third draft does not fit and is refused.
    const third = await backups.write('d3', bytes(draft('d3', 'A third draft that does not fit.'.repeat(40))));
    expect(third).toEqual({ written: false, reason: 'folder-full', maxTotalBytes: 3 * size + 10 });
    expect(await readdir(join(root, 'backups'))).not.toContain('d3');
    const total = (await backups.list()).flatMap((d) => d.files).reduce((sum, f) => sum + f.bytes, 0);
    expect(total).toBeLessThanOrEqual(3 * size + 10);
    expect((await backups.list()).map((d) => d.draftId).sort()).toEqual(['d1', 'd2']);
  });

  it('creates the backup files and folders for the user alone', async () => {
    await store().write('d1', bytes(draft('d1', 'Text.')));
    const [name] = await readdir(join(root, 'backups', 'd1'));
    // Windows has no such permission bits (it reports 0666 and 0777).
    const windows = process.platform === 'win32';
    expect((await stat(join(root, 'backups', 'd1', name!))).mode & 0o777).toBe(windows ? 0o666 : 0o600);
    expect((await stat(join(root, 'backups', 'd1'))).mode & 0o777).toBe(windows ? 0o777 : 0o700);
  });
});
