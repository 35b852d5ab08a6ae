// Choosing the returned files, several at once: on the desktop through the bridge's open dialog,
// in the browser through a file input. A file too large to be a contribution is named and left out.
import { BRIDGE_LIMITS } from '../../../shared/bridge/schemas';
import { MAX_NORMDRAFT_BYTES } from '../../../shared/format/normdraft';
import { platform } from '../platform';
import type { PickedFile } from './collect';

export const CONTRIBUTION_EXTENSIONS = ['normdraft', 'docx'];

/** The .normdraft limit; a returned Word file is no larger than the draft it was made from. */
export const MAX_CONTRIBUTION_BYTES = MAX_NORMDRAFT_BYTES;

/** Most returned files one dialog takes (the bridge's limit); more are added with another. */
export const MAX_PICKED_FILES = BRIDGE_LIMITS.maxOpenFiles;

export interface Picked {
  files: PickedFile[];
  /** Names of files left out as too large. */
  tooLarge: string[];
  /** More files were chosen than one dialog may hand over: none was read. */
  tooMany?: boolean;
}

export async function pickWithBridge(filterName: string): Promise<Picked> {
  const result = await platform.openFiles({
    filters: [{ name: filterName, extensions: CONTRIBUTION_EXTENSIONS }],
    maxBytes: MAX_CONTRIBUTION_BYTES,
    maxFiles: MAX_PICKED_FILES,
  });
  if (result.opened) return { files: result.files, tooLarge: result.tooLarge };
  return { files: [], tooLarge: [], tooMany: result.reason === 'too-many' };
}

export async function readInputFiles(list: FileList | null): Promise<Picked> {
  const files: PickedFile[] = [];
  const tooLarge: string[] = [];
  if (list && list.length > MAX_PICKED_FILES) return { files, tooLarge, tooMany: true };
  for (const file of list ? [...list] : []) {
    if (file.size > MAX_CONTRIBUTION_BYTES) tooLarge.push(file.name);
    else files.push({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
  }
  return { files, tooLarge };
}
