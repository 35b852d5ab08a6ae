// Choosing returned files: on the desktop one at a time through the bridge's dialog, in the
// browser several at once; a file too large to be a contribution is named and left out.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenFileRequest, OpenFileResult } from '../../../shared/bridge/api';
import { MAX_CONTRIBUTION_BYTES, pickWithBridge, readInputFiles } from './pick-files';

const bridge = vi.hoisted(() => ({ openFile: vi.fn<(request: OpenFileRequest) => Promise<OpenFileResult>>() }));
vi.mock('../platform', () => ({ platform: bridge, isDesktop: true }));

beforeEach(() => bridge.openFile.mockReset());

describe('choosing contribution files', () => {
  it('asks the desktop bridge for a .normdraft or .docx file within the size limit', async () => {
    bridge.openFile.mockResolvedValue({ opened: true, name: 'cert.normdraft', data: new Uint8Array([1]) });
    expect(await pickWithBridge('Contribution files')).toEqual({
      files: [{ name: 'cert.normdraft', data: new Uint8Array([1]) }],
      tooLarge: [],
    });
    expect(bridge.openFile).toHaveBeenCalledWith({
      filters: [{ name: 'Contribution files', extensions: ['normdraft', 'docx'] }],
      maxBytes: MAX_CONTRIBUTION_BYTES,
    });
  });

  it('takes nothing when the dialog is cancelled, and says when the file was too large', async () => {
    bridge.openFile.mockResolvedValue({ opened: false, reason: 'cancelled' });
    expect(await pickWithBridge('Contribution files')).toEqual({ files: [], tooLarge: [], refused: false });
    bridge.openFile.mockResolvedValue({ opened: false, reason: 'too-large' });
    expect(await pickWithBridge('Contribution files')).toEqual({ files: [], tooLarge: [], refused: true });
  });

  it('reads every file chosen in the browser, leaving out one that is too large', async () => {
    const small = new File(['{}'], 'justice.normdraft');
    const huge = { name: 'huge.docx', size: MAX_CONTRIBUTION_BYTES + 1 } as File;
    const picked = await readInputFiles([small, huge] as unknown as FileList);
    expect(picked.files.map((f) => [f.name, f.data.byteLength])).toEqual([['justice.normdraft', 2]]);
    expect(picked.tooLarge).toEqual(['huge.docx']);
  });
});
