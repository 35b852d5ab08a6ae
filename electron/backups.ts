// Backups outside the browser storage: every changed draft as a .normdraft file in
// <userData>/backups/<draft id>/<UTC time>.normdraft (the folder named by ./backup-folders.ts),
// written atomically (temp file, fsync, rename, fsync of the folder), readable by the user alone,
// and rotated. The renderer sends drafts; main trusts nothing it sends: the id is checked against a strict alphabet (and no
// device name) and must match the file's own draft, the file must parse as a draft, and no path
// is ever built from anything else. What it may cost is capped (./backups-limits.ts): writes per
// minute per draft and overall, and the folder's total size. Parsing runs in a worker thread
// (./backup-inspector.ts), never on main's event loop; results are remembered per file, as
// backup files never change once written.
import { lstat, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { DraftBackups, ReadBackupResult, WriteBackupResult } from '../shared/bridge/api';
import { backupDraftIdSchema } from '../shared/bridge/schemas';
import { MAX_NORMDRAFT_BYTES } from '../shared/format/normdraft';
import { backupFolderName, draftIdOfBackupFolder } from './backup-folders';
import type { BackupInspector, BackupSummary } from './backup-inspect';
import {
  DEFAULT_BACKUP_LIMITS,
  filesToMakeRoom,
  MinuteWindow,
  type BackupLimits,
  type StoredBackup,
} from './backups-limits';
import {
  backupFileName,
  backupsToKeep,
  DEFAULT_ROTATION,
  parseBackupFileName,
  type RotationPolicy,
} from './backups-rotation';
import { readFileLimited, writeFileAtomic } from './files';

const isDraftId = (id: string) => backupDraftIdSchema.safeParse(id).success;
/** A write left unfinished by a crash leaves a temp file; removed once clearly abandoned. */
const STALE_TEMP_MS = 60 * 60_000;
/** Readable backups tried per draft when listing, if the newest cannot be read. */
const TITLE_TRIES = 3;
/** Folders only the user may enter (Windows ignores the mode). */
const PRIVATE_DIR_MODE = 0o700;

export interface BackupStoreOptions {
  /** Parses backup files: a worker thread in the app (WorkerBackupInspector). */
  inspector: BackupInspector;
  now?(): number;
  limits?: BackupLimits;
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
  private readonly limits: BackupLimits;
  private readonly recentWrites: MinuteWindow;
  /** Summaries of files already inspected, by "<draft id>/<file>". */
  private readonly summaries = new Map<string, BackupSummary | null>();
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    root: string,
    private readonly options: BackupStoreOptions,
  ) {
    this.root = resolve(root);
    this.now = options.now ?? Date.now;
    this.writeFile = options.writeFile ?? writeFileAtomic;
    this.limits = options.limits ?? DEFAULT_BACKUP_LIMITS;
    this.recentWrites = new MinuteWindow(this.limits.writesPerMinute);
  }

  /** The draft's folder, or null for an id that could name anything but a folder inside root. */
  private async draftDir(draftId: string, create: boolean): Promise<string | null> {
    if (!isDraftId(draftId)) return null;
    const dir = join(this.root, backupFolderName(draftId));
    if (!dir.startsWith(this.root + sep)) return null;
    if (create) await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
    const info = await lstat(dir).catch(() => null);
    // A link planted in the folder could point anywhere: only a real directory is used.
    return info?.isDirectory() && !info.isSymbolicLink() ? dir : null;
  }

  /** One write at a time: the limits, the folder's size and the file names see every earlier write. */
  write(draftId: string, data: Uint8Array): Promise<WriteBackupResult> {
    const run = this.writing.then(() => this.writeNow(draftId, data));
    this.writing = run.catch(() => undefined);
    return run;
  }

  private async writeNow(draftId: string, data: Uint8Array): Promise<WriteBackupResult> {
    if (!isDraftId(draftId) || data.byteLength > MAX_NORMDRAFT_BYTES) return { written: false, reason: 'invalid' };
    const now = this.now();
    const last = this.lastWrite.get(draftId);
    // Limits first: a refused call costs no parsing.
    if (last !== undefined && now - last < (this.options.minIntervalMs ?? 20_000))
      return { written: false, reason: 'too-soon' };
    if (!this.recentWrites.take(now)) return { written: false, reason: 'too-soon' };
    const summary = await this.options.inspector.inspect(data);
    if (summary?.draftId !== draftId) return { written: false, reason: 'invalid' };
    // Never replace backups that hold text by an empty draft: an emptied or reset storage
    // must not wipe the copies meant to recover it.
    if (summary.words === 0 && (await this.newestWords(draftId)) > 0) return { written: false, reason: 'would-empty' };
    if (!(await this.makeRoom(data.byteLength)))
      return { written: false, reason: 'folder-full', maxTotalBytes: this.limits.maxTotalBytes };
    const dir = await this.draftDir(draftId, true);
    if (!dir) return { written: false, reason: 'invalid' };
    const existing = new Set(await readdir(dir));
    let counter = 0;
    while (existing.has(backupFileName(now, counter))) counter++;
    const file = backupFileName(now, counter);
    await this.writeFile(join(dir, file), data);
    this.summaries.set(`${draftId}/${file}`, summary);
    this.lastWrite.set(draftId, now);
    await this.rotate(draftId, dir);
    return { written: true, file };
  }

  /** Every draft with backups, each with its files newest first and the title of the newest readable one. */
  async list(): Promise<DraftBackups[]> {
    const entries = await readdir(this.root, { withFileTypes: true }).catch(() => []);
    const out: DraftBackups[] = [];
    for (const entry of entries) {
      const draftId = draftIdOfBackupFolder(entry.name);
      if (!entry.isDirectory() || draftId === null || !isDraftId(draftId)) continue;
      const files = await this.files(join(this.root, entry.name));
      if (files.length === 0) continue;
      let title = '';
      for (const file of files.slice(0, TITLE_TRIES)) {
        const summary = await this.summary(draftId, file.file).catch(() => null);
        if (summary) {
          title = summary.title;
          break;
        }
      }
      out.push({ draftId, title, files });
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

  /** The file's summary (inspected once, off main's event loop), or null when it is not a readable backup of this draft. */
  private async summary(draftId: string, file: string): Promise<BackupSummary | null> {
    const key = `${draftId}/${file}`;
    if (this.summaries.has(key)) return this.summaries.get(key) ?? null;
    const read = await this.read(draftId, file);
    if (!read.found) return null;
    // A failed inspection (the worker died) propagates and is not remembered: it says nothing about the file.
    const summary = await this.options.inspector.inspect(read.data);
    const valid = summary?.draftId === draftId ? summary : null;
    this.summaries.set(key, valid);
    return valid;
  }

  private async newestWords(draftId: string): Promise<number> {
    const dir = await this.draftDir(draftId, false);
    if (!dir) return 0;
    for (const file of await this.files(dir)) {
      const summary = await this.summary(draftId, file.file);
      if (summary) return summary.words;
    }
    return 0;
  }

  /** Deletes the oldest backups (never a draft's newest) until `incoming` bytes fit; false when they cannot. */
  private async makeRoom(incoming: number): Promise<boolean> {
    const all: StoredBackup[] = [];
    for (const entry of await readdir(this.root, { withFileTypes: true }).catch(() => [])) {
      const draftId = draftIdOfBackupFolder(entry.name);
      if (!entry.isDirectory() || draftId === null || !isDraftId(draftId)) continue;
      for (const file of await this.files(join(this.root, entry.name))) all.push({ draftId, ...file });
    }
    const remove = filesToMakeRoom(all, incoming, this.limits.maxTotalBytes);
    if (!remove) return false;
    for (const file of remove) await this.remove(file.draftId, file.file);
    return true;
  }

  private async remove(draftId: string, file: string): Promise<void> {
    await rm(join(this.root, backupFolderName(draftId), file), { force: true });
    this.summaries.delete(`${draftId}/${file}`);
  }

  private async rotate(draftId: string, dir: string): Promise<void> {
    const now = this.now();
    const files = await this.files(dir);
    const keep = backupsToKeep(files, now, this.options.rotation ?? DEFAULT_ROTATION);
    for (const file of files) if (!keep.has(file.file)) await this.remove(draftId, file.file);
    for (const name of await readdir(dir)) {
      if (!name.startsWith('.') || !name.endsWith('.tmp')) continue;
      const info = await stat(join(dir, name)).catch(() => null);
      // File times are real times, whatever clock this store was given.
      if (info && Date.now() - info.mtimeMs > STALE_TEMP_MS) await rm(join(dir, name), { force: true });
    }
  }
}
