// What main needs to know about a backup file: whose draft it is, its title and whether it holds
// text. Reading a .normdraft file strictly parses and validates up to 32 MB of JSON, which would
// stall main's event loop (every window's IPC, menus, dialogs) for a noticeable time; so main
// runs this in a worker thread (./backup-inspect.worker.ts, through ./backup-inspector.ts).
import { parseNormdraftBytes } from '../shared/format/normdraft';
import { draftWordCount } from '../shared/model/words';

export interface BackupSummary {
  draftId: string;
  title: string;
  words: number;
}

/** The file's summary, or null when it is not a readable draft. */
export function inspectBackup(data: Uint8Array): BackupSummary | null {
  try {
    const draft = parseNormdraftBytes(data);
    return { draftId: draft.id, title: draft.fields.title, words: draftWordCount(draft) };
  } catch {
    return null;
  }
}

/** How the backup store has files inspected: in a worker thread in the app. */
export interface BackupInspector {
  /** Resolves null for a file that is not a readable draft; rejects when inspection itself failed. */
  inspect(data: Uint8Array): Promise<BackupSummary | null>;
}
