// Browser equivalents of the desktop bridge: downloads for saving, <input type=file> for opening.
import type { DrafterApi, FileFilter, OpenFileResult, OpenFilesResult } from '../../../shared/bridge/api';

function accept(filters: FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
}

function pickFiles(filters: FileFilter[], multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept(filters);
    input.multiple = multiple;
    input.addEventListener('change', () => resolve(input.files ? [...input.files] : []), { once: true });
    input.addEventListener('cancel', () => resolve([]), { once: true });
    input.click();
  });
}

export function createWebApi(version: string): DrafterApi {
  return {
    async getAppInfo() {
      return { name: 'Norms Drafter', version, platform: 'web' };
    },
    async saveFile({ suggestedName, data }) {
      const blob = new Blob([data as Uint8Array<ArrayBuffer>]);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = suggestedName;
      a.rel = 'noopener';
      document.body.append(a);
      a.click();
      a.remove();
      // Revoke later: Chromium reads the blob asynchronously after click().
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { saved: true, fileName: suggestedName };
    },
    async openFile({ filters, maxBytes }): Promise<OpenFileResult> {
      const [file] = await pickFiles(filters, false);
      if (!file) return { opened: false, reason: 'cancelled' };
      if (file.size > maxBytes) return { opened: false, reason: 'too-large' };
      return { opened: true, name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
    },
    async openFiles({ filters, maxBytes, maxFiles }): Promise<OpenFilesResult> {
      const chosen = await pickFiles(filters, true);
      if (chosen.length === 0) return { opened: false, reason: 'cancelled' };
      if (chosen.length > maxFiles) return { opened: false, reason: 'too-many' };
      const files: { name: string; data: Uint8Array }[] = [];
      const tooLarge: string[] = [];
      for (const file of chosen) {
        if (file.size > maxBytes) tooLarge.push(file.name);
        else files.push({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
      }
      return { opened: true, files, tooLarge };
    },
    async openExternal(url) {
      const { safeUrl } = await import('../../../shared/security/links');
      const safe = safeUrl(url);
      if (!safe) return false;
      window.open(safe, '_blank', 'noopener,noreferrer');
      return true;
    },
    async setUiLanguage() {},
    // No folder outside the browser storage here: "Download all drafts" takes the place of backups.
    async listBackups() {
      return [];
    },
    async writeBackup() {
      return { written: false, reason: 'unavailable' };
    },
    async readBackup() {
      return { found: false };
    },
    onMenuCommand() {
      return () => {};
    },
    // No main process to close the page: beforeunload and pagehide flush (app/lifecycle.ts).
    onFlushRequest() {
      return () => {};
    },
  };
}
