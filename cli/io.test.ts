import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeIo } from './io';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'drafter-io-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('nodeIo', () => {
  it('replaces a file whole and leaves no temporary file behind', async () => {
    const file = join(dir, 'draft.normdraft');
    writeFileSync(file, 'old content');
    await nodeIo.writeFileAtomic(file, new TextEncoder().encode('new content'));
    expect(readFileSync(file, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['draft.normdraft']);
  });

  it('writes outputs readable by the user alone, also over a file others could read', async () => {
    // Windows has no such permission bits: it reports every writable file as 0666.
    const expected = process.platform === 'win32' ? 0o666 : 0o600;
    const fresh = join(dir, 'Examplia.docx');
    await nodeIo.writeFileAtomic(fresh, new Uint8Array([1]));
    expect(statSync(fresh).mode & 0o777).toBe(expected);
    const shared = join(dir, 'shared.normdraft');
    writeFileSync(shared, 'old', { mode: 0o644 });
    await nodeIo.writeFileAtomic(shared, new Uint8Array([2]));
    expect(statSync(shared).mode & 0o777).toBe(expected);
  });

  it('leaves the old file untouched when the write fails', async () => {
    const target = join(dir, 'taken');
    mkdirSync(target);
    await expect(nodeIo.writeFileAtomic(target, new Uint8Array([1]))).rejects.toThrow(
      /^cannot write .*taken: is a directory$/,
    );
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('refuses to read a file over the size limit', async () => {
    const file = join(dir, 'big.normdraft');
    writeFileSync(file, Buffer.alloc(2 * 1024 * 1024));
    await expect(nodeIo.readFile(file, 1024 * 1024)).rejects.toThrow(
      'big.normdraft: the file is too large (2.0 MB; at most 1 MB)',
    );
    expect((await nodeIo.readFile(file)).byteLength).toBe(2 * 1024 * 1024);
  });
});
