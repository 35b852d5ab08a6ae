// File access for the main process: atomic writes (temp file, fsync, rename) and size-limited
// reads that check the size before reading a byte. Every file written is readable by the user
// alone (mode 0600; Windows ignores the mode).
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Drafts are often unpublished positions: other accounts on the machine may not read them. */
export const PRIVATE_FILE_MODE = 0o600;

export type LimitedRead = { tooLarge: true } | { tooLarge: false; data: Uint8Array };

export interface FileAccess {
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>;
  readFileLimited(path: string, maxBytes: number): Promise<LimitedRead>;
}

// Makes the rename itself durable; not possible (nor needed) on Windows.
async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on directories; the file itself is already synced.
  }
}

/** Readers see either the old file or the complete new one, never a half-written file. */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(target));
}

/** The same, synchronously: for the small files written while a window is closing. */
export function writeFileAtomicSync(target: string, data: Uint8Array): void {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    try {
      let written = 0;
      while (written < data.length) written += writeSync(fd, data, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Reads a regular file unless it is larger than maxBytes, checked before and while reading. */
export async function readFileLimited(path: string, maxBytes: number): Promise<LimitedRead> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Error(`${basename(path)} is not a regular file`);
    if (info.size > maxBytes) return { tooLarge: true };
    // The file may grow between stat and read: read one byte past its size to notice.
    const buffer = new Uint8Array(info.size + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) return { tooLarge: true };
    if (filled > info.size) throw new Error(`${basename(path)} changed while it was being read`);
    return { tooLarge: false, data: buffer.slice(0, filled) };
  } finally {
    await handle.close();
  }
}

export const nodeFileAccess: FileAccess = { writeFileAtomic, readFileLimited };
