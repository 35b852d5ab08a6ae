// The command line's only contact with the machine. Commands receive a CliIo, so tests can run
// them in-process and capture their output; nodeIo is the real one.
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';

export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  /** Refuses (before reading) a file larger than maxBytes. */
  readFile(path: string, maxBytes?: number): Promise<Uint8Array>;
  /** Writes to a temporary file next to `path`, flushes it, then renames: never a partial file. */
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>;
  readDir(path: string): Promise<string[]>;
}

/** A failure the user can act on; `exitCode` 1 = bad input, 2 = wrong usage. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

function fsMessage(error: unknown, path: string): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return `${path}: no such file or directory`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied`;
  if (code === 'EISDIR') return `${path}: is a directory`;
  if (code === 'ENOTDIR') return `${path}: a parent is not a directory`;
  return `${path}: ${error instanceof Error ? error.message : String(error)}`;
}

async function readFileChecked(path: string, maxBytes?: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (maxBytes !== undefined && info.size > maxBytes) {
      throw new CliError(
        `${path}: the file is too large (${(info.size / (1024 * 1024)).toFixed(1)} MB; at most ${maxBytes / (1024 * 1024)} MB)`,
      );
    }
    return new Uint8Array(await handle.readFile());
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${fsMessage(error, path)}`);
  } finally {
    await handle?.close();
  }
}

async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle;
  try {
    if ((await stat(target).catch(() => null))?.isDirectory())
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    // Readable by the user alone (drafts are often unpublished positions); Windows ignores it.
    handle = await open(temp, 'wx', 0o600);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined); // e.g. ENOTDIR: there is no temp file to remove
    throw new CliError(`cannot write ${fsMessage(error, path)}`);
  }
}

export const nodeIo: CliIo = {
  stdout: (line) => void process.stdout.write(`${line}\n`),
  stderr: (line) => void process.stderr.write(`${line}\n`),
  readFile: readFileChecked,
  writeFileAtomic,
  readDir: async (path) => {
    try {
      return await readdir(path);
    } catch (error) {
      throw new CliError(`cannot list ${fsMessage(error, path)}`);
    }
  },
};
