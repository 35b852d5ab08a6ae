import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('leaves the old file untouched when the write fails', async () => {
    const target = join(dir, 'taken');
    mkdirSync(target);
    await expect(nodeIo.writeFileAtomic(target, new Uint8Array([1]))).rejects.toThrow(/^cannot write .*taken: is a directory$/);
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('refuses to read a file over the size limit', async () => {
    const file = join(dir, 'big.normdraft');
    writeFileSync(file, Buffer.alloc(2 * 1024 * 1024));
    await expect(nodeIo.readFile(file, 1024 * 1024)).rejects.toThrow('big.normdraft: the file is too large (2.0 MB; at most 1 MB)');
    expect((await nodeIo.readFile(file)).byteLength).toBe(2 * 1024 * 1024);
  });
});
