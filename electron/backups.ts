// Backups outside the browser storage: every changed draft as a .normdraft file in
// <userData>/backups/<draft id>/<UTC time>.normdraft, written atomically (temp file, fsync,
// rename, fsync of the folder) and rotated. The renderer sends drafts; main trusts nothing it
// sends: the id is checked against a strict alphabet and must match the file's own draft, the
// file must parse as a draft, and no path is ever built from anything else.
import { lstat, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { DraftBackups, ReadBackupResult, WriteBackupResult } from '../shared/bridge/api';
import { MAX_NORMDRAFT_BYTES, parseNormdraftBytes } from '../shared/format/normdraft';
import { draftWordCount } from '../shared/model/words';
import { backupFileName, backupsToKeep, DEFAULT_ROTATION, parseBackupFileName, type RotationPolicy } from './backups-rotation';
import { readFileLimited, writeFileAtomic } from './files';

const DRAFT_ID = /^[A-Za-z0-9_-]{1,128}$/;
/** A write left unfinished by a crash leaves a temp file; removed once clearly abandoned. */
const STALE_TEMP_MS = 60 * 60_000;
/** Readable backups tried per draft when listing, if the newest cannot be read. */
const TITLE_TRIES = 3;

export interface BackupStoreOptions {
  now?(): number;
  rotation?: RotationPolicy;
  /** Shortest time between two backups of one draft (the renderer waits 30 s; this is a floor). */
  minIntervalMs?: number;
  /** Replaceable in tests to simulate a crash in the middle of a write. */
  writeFile?(path: string, data: Uint8Array): Promise<void>;
}

export class BackupStore {
  private readonly root: string;
  private readonly lastWrite = new Map<string, number>();
  private readonly now: () => number;
  private readonly writeFile: (path: string, data: Uint8Array) => Promise<void>;

  constructor(
    root: string,
    private readonly options: BackupStoreOptions = {},
  ) {
    this.root = resolve(root);
    this.now = options.now ?? Date.now;
    this.writeFile = options.writeFile ?? writeFileAtomic;
  }

  /** The draft's folder, or null for an id that could name anything but a folder inside root. */
  private async draftDir(draftId: string, create: boolean): Promise<string | null> {
    if (!DRAFT_ID.test(draftId)) return null;
    const dir = join(this.root, draftId);
    if (!dir.startsWith(this.root + sep)) return null;
    if (create) await mkdir(dir, { recursive: true });
    const info = await lstat(dir).catch(() => null);
    // A link planted in the folder could point anywhere: only a real directory is used.
    return info?.isDirectory() && !info.isSymbolicLink() ? dir : null;
  }

  async write(draftId: string, data: Uint8Array): Promise<WriteBackupResult> {
    let words: number;
    try {
      const draft = parseNormdraftBytes(data);
      if (draft.id !== draftId) return { written: false, reason: 'invalid' };
      words = draftWordCount(draft);
    } catch {
      return { written: false, reason: 'invalid' };
    }
    if (!DRAFT_ID.test(draftId)) return { written: false, reason: 'invalid' };
    const now = this.now();
    const last = this.lastWrite.get(draftId);
    if (last !== undefined && now - last < (this.options.minIntervalMs ?? 20_000)) return { written: false, reason: 'too-soon' };
    // Never replace backups that hold text by an empty draft: an emptied or reset storage
    // must not wipe the copies meant to recover it.
    if (words === 0 && (await this.newestWords(draftId)) > 0) return { written: false, reason: 'would-empty' };
    const dir = await this.draftDir(draftId, true);
    if (!dir) return { written: false, reason: 'invalid' };
    const existing = new Set(await readdir(dir));
    let counter = 0;
    while (existing.has(backupFileName(now, counter))) counter++;
    const file = backupFileName(now, counter);
    await this.writeFile(join(dir, file), data);
    this.lastWrite.set(draftId, now);
    await this.rotate(dir);
    return { written: true, file };
  }

  /** Every draft with backups, each with its files newest first and the title of the newest readable one. */
  async list(): Promise<DraftBackups[]> {
    const entries = await readdir(this.root, { withFileTypes: true }).catch(() => []);
    const out: DraftBackups[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory() || !DRAFT_ID.test(entry.name)) continue;
      const files = await this.files(join(this.root, entry.name));
      if (files.length === 0) continue;
      let title = '';
      for (const file of files.slice(0, TITLE_TRIES)) {
        const draft = await this.parse(entry.name, file.file);
        if (draft) {
          title = draft.title;
          break;
        }
      }
      out.push({ draftId: entry.name, title, files });
    }
    return out.sort((a, b) => (b.files[0]?.savedAt ?? 0) - (a.files[0]?.savedAt ?? 0));
  }

  async read(draftId: string, file: string): Promise<ReadBackupResult> {
    if (parseBackupFileName(file) === null) return { found: false };
    const dir = await this.draftDir(draftId, false);
    if (!dir) return { found: false };
    const info = await lstat(join(dir, file)).catch(() => null);
    if (!info?.isFile()) return { found: false };
    try {
      const result = await readFileLimited(join(dir, file), MAX_NORMDRAFT_BYTES);
      return result.tooLarge ? { found: false } : { found: true, data: result.data };
    } catch {
      return { found: false };
    }
  }

  private async files(dir: string): Promise<{ file: string; savedAt: number; bytes: number }[]> {
    const names = await readdir(dir).catch(() => [] as string[]);
    const out: { file: string; savedAt: number; bytes: number }[] = [];
    for (const name of names) {
      const savedAt = parseBackupFileName(name);
      if (savedAt === null) continue;
      // lstat: a link named like a backup is not followed.
      const info = await lstat(join(dir, name)).catch(() => null);
      if (info?.isFile()) out.push({ file: name, savedAt, bytes: info.size });
    }
    return out.sort((a, b) => b.savedAt - a.savedAt || (a.file < b.file ? 1 : -1));
  }

  private async parse(draftId: string, file: string) {
    const read = await this.read(draftId, file);
    if (!read.found) return null;
    try {
      return parseNormdraftBytes(read.data);
    } catch {
      return null;
    }
  }

  private async newestWords(draftId: string): Promise<number> {
    const dir = await this.draftDir(draftId, false);
    if (!dir) return 0;
    for (const file of await this.files(dir)) {
      const draft = await this.parse(draftId, file.file);
      if (draft) return draftWordCount(draft);
    }
    return 0;
  }

  private async rotate(dir: string): Promise<void> {
    const now = this.now();
    const files = await this.files(dir);
    const keep = backupsToKeep(files, now, this.options.rotation ?? DEFAULT_ROTATION);
    for (const file of files) if (!keep.has(file.file)) await rm(join(dir, file.file), { force: true });
    for (const name of await readdir(dir)) {
      if (!name.startsWith('.') || !name.endsWith('.tmp')) continue;
      const info = await stat(join(dir, name)).catch(() => null);
      // File times are real times, whatever clock this store was given.
      if (info && Date.now() - info.mtimeMs > STALE_TEMP_MS) await rm(join(dir, name), { force: true });
    }
  }
}
