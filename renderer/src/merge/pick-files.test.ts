// Choosing returned files, several at once on the desktop and in the browser; a file too large to
// be a contribution is named and left out, and too many files at once are refused as a whole.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenFilesRequest, OpenFilesResult } from '../../../shared/bridge/api';
import { MAX_CONTRIBUTION_BYTES, MAX_PICKED_FILES, pickWithBridge, readInputFiles } from './pick-files';

const bridge = vi.hoisted(() => ({ openFiles: vi.fn<(request: OpenFilesRequest) => Promise<OpenFilesResult>>() }));
vi.mock('../platform', () => ({ platform: bridge, isDesktop: true }));

beforeEach(() => bridge.openFiles.mockReset());

describe('choosing contribution files', () => {
  it('asks the desktop bridge for several .normdraft or .docx files within the size limit', async () => {
    bridge.openFiles.mockResolvedValue({
      opened: true,
      files: [
        { name: 'cert.normdraft', data: new Uint8Array([1]) },
        { name: 'justice.docx', data: new Uint8Array([2, 3]) },
      ],
      tooLarge: ['scan.docx'],
    });
    expect(await pickWithBridge('Contribution files')).toEqual({
      files: [
        { name: 'cert.normdraft', data: new Uint8Array([1]) },
        { name: 'justice.docx', data: new Uint8Array([2, 3]) },
      ],
      tooLarge: ['scan.docx'],
    });
    expect(bridge.openFiles).toHaveBeenCalledWith({
      filters: [{ name: 'Contribution files', extensions: ['normdraft', 'docx'] }],
      maxBytes: MAX_CONTRIBUTION_BYTES,
      maxFiles: MAX_PICKED_FILES,
    });
  });

  it('takes nothing when the dialog is cancelled, and says when too many files were chosen', async () => {
    bridge.openFiles.mockResolvedValue({ opened: false, reason: 'cancelled' });
    expect(await pickWithBridge('Contribution files')).toEqual({ files: [], tooLarge: [], tooMany: false });
    bridge.openFiles.mockResolvedValue({ opened: false, reason: 'too-many' });
    expect(await pickWithBridge('Contribution files')).toEqual({ files: [], tooLarge: [], tooMany: true });
  });

  it('reads every file chosen in the browser, leaving out one that is too large', async () => {
    const small = new File(['{}'], 'justice.normdraft');
    const huge = { name: 'huge.docx', size: MAX_CONTRIBUTION_BYTES + 1 } as File;
    const picked = await readInputFiles([small, huge] as unknown as FileList);
    expect(picked.files.map((f) => [f.name, f.data.byteLength])).toEqual([['justice.normdraft', 2]]);
    expect(picked.tooLarge).toEqual(['huge.docx']);
  });

  it('reads none of the files chosen in the browser when there are more than one dialog takes', async () => {
    const many = Array.from({ length: MAX_PICKED_FILES + 1 }, (_, i) => new File(['{}'], `c${i}.normdraft`));
    expect(await readInputFiles(many as unknown as FileList)).toEqual({ files: [], tooLarge: [], tooMany: true });
  });
});
