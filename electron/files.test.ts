import type * as FsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileLimited, writeFileAtomic, writeFileAtomicSync } from './files';

// Record the order of file-system steps while still performing them for real.
const steps = vi.hoisted(() => [] as string[]);
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      steps.push(`open ${String(args[1])} ${String(args[0]).split('/').pop()}`);
      const record = <K extends 'writeFile' | 'sync' | 'close' | 'stat' | 'read'>(name: K) => {
        const original = handle[name].bind(handle) as (...a: unknown[]) => Promise<unknown>;
        Object.assign(handle, { [name]: (...a: unknown[]) => (steps.push(name), original(...a)) });
      };
      for (const name of ['writeFile', 'sync', 'close', 'stat', 'read'] as const) record(name);
      return handle;
    },
    rename: async (from: string, to: string) => {
      steps.push(`rename ${dirname(from) === dirname(to) ? 'same-folder' : 'other-folder'}`);
      return real.rename(from, to);
    },
  };
});

let folder = '';
beforeEach(async () => {
  steps.length = 0;
  folder = await mkdtemp(join(tmpdir(), 'drafter-files-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** Windows has no such permission bits: it reports every writable file as 0666. */
const PRIVATE = process.platform === 'win32' ? 0o666 : 0o600;
const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

describe('writeFileAtomic', () => {
  it('writes a temp file in the same folder, syncs it, then renames it over the target', async () => {
    const target = join(folder, 'Examplia.docx');
    await writeFile(target, 'old version');
    await writeFileAtomic(target, new TextEncoder().encode('new version'));
    expect(await readFile(target, 'utf8')).toBe('new version');
    expect(await readdir(folder)).toEqual(['Examplia.docx']);
    expect(steps.slice(0, 5)).toEqual([
      expect.stringMatching(/^open wx \.Examplia\.docx\.[0-9a-f]+\.tmp$/),
      'writeFile',
      'sync',
      'close',
      'rename same-folder',
    ]);
  });

  it('leaves the old file untouched and no temp file behind when the rename fails', async () => {
    const target = join(folder, 'occupied');
    await mkdir(join(target, 'child'), { recursive: true });
    await expect(writeFileAtomic(target, new Uint8Array([1, 2, 3]))).rejects.toThrow();
    expect((await readdir(folder)).sort()).toEqual(['occupied']);
  });

  it('has a synchronous twin that also leaves only the complete file', async () => {
    const target = join(folder, 'window-state.json');
    writeFileAtomicSync(target, new TextEncoder().encode('{"width":900}'));
    writeFileAtomicSync(target, new TextEncoder().encode('{"width":1000}'));
    expect(await readFile(target, 'utf8')).toBe('{"width":1000}');
    expect(await readdir(folder)).toEqual(['window-state.json']);
    expect(await modeOf(target)).toBe(PRIVATE);
  });

  it('writes files readable by the user alone, also when replacing a file others could read', async () => {
    const fresh = join(folder, 'Examplia non-paper.docx');
    await writeFileAtomic(fresh, new TextEncoder().encode('export'));
    expect(await modeOf(fresh)).toBe(PRIVATE);
    const shared = join(folder, 'shared.normdraft');
    await writeFile(shared, 'old', { mode: 0o644 });
    await writeFileAtomic(shared, new TextEncoder().encode('new'));
    expect(await modeOf(shared)).toBe(PRIVATE);
  });
});

describe('readFileLimited', () => {
  it('reads a file within the limit', async () => {
    const path = join(folder, 'draft.normdraft');
    await writeFile(path, 'Examplia');
    expect(await readFileLimited(path, 8)).toEqual({ tooLarge: false, data: new TextEncoder().encode('Examplia') });
  });

  it('refuses a larger file after checking its size, without reading it', async () => {
    const path = join(folder, 'big.docx');
    await writeFile(path, new Uint8Array(4096));
    expect(await readFileLimited(path, 4095)).toEqual({ tooLarge: true });
    expect(steps).toContain('stat');
    expect(steps).not.toContain('read');
  });

  it('refuses folders', async () => {
    await expect(readFileLimited(folder, 100)).rejects.toThrow();
  });
});
