// Choosing the returned files: on the desktop through the bridge's open dialog (one file each
// time), in the browser through a file input that takes several at once.
import { MAX_NORMDRAFT_BYTES } from '../../../shared/format/normdraft';
import { platform } from '../platform';
import type { PickedFile } from './collect';

export const CONTRIBUTION_EXTENSIONS = ['normdraft', 'docx'];

/** The .normdraft limit; a returned Word file is no larger than the draft it was made from. */
export const MAX_CONTRIBUTION_BYTES = MAX_NORMDRAFT_BYTES;

export interface Picked {
  files: PickedFile[];
  /** Names of files left out as too large. */
  tooLarge: string[];
  /** The desktop dialog refused a file as too large without naming it. */
  refused?: boolean;
}

export async function pickWithBridge(filterName: string): Promise<Picked> {
  const result = await platform.openFile({
    filters: [{ name: filterName, extensions: CONTRIBUTION_EXTENSIONS }],
    maxBytes: MAX_CONTRIBUTION_BYTES,
  });
  if (result.opened) return { files: [{ name: result.name, data: result.data }], tooLarge: [] };
  return { files: [], tooLarge: [], refused: result.reason === 'too-large' };
}

export async function readInputFiles(list: FileList | null): Promise<Picked> {
  const files: PickedFile[] = [];
  const tooLarge: string[] = [];
  for (const file of list ? [...list] : []) {
    if (file.size > MAX_CONTRIBUTION_BYTES) tooLarge.push(file.name);
    else files.push({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
  }
  return { files, tooLarge };
}
